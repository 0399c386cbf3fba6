package dev.assetstudio.app.theme;

import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The studio's look: one stylesheet ({@code studio.css}) plus {@code dark.css}, which only overrides the palette.
 *
 * <p>Install it on each scene; toggling then restyles every installed scene at once. The choice is remembered in
 * {@link Preferences} unless it came from the command line:
 *
 * <pre>{@code
 * Theme theme = Theme.fromPreferences();
 * theme.install(scene);
 * theme.toggle();
 * }</pre>
 */
public final class Theme {

    /** Stylesheet URL of the base theme (light palette and every rule). */
    public static final String STUDIO_CSS = stylesheet("studio.css");
    /** Stylesheet URL of the dark palette. */
    public static final String DARK_CSS = stylesheet("dark.css");

    private static final String PREF_DARK = "theme.dark";

    /**
     * Font families in order of preference; JavaFX CSS takes one family, so the first one installed is chosen
     * at runtime (like a CSS font stack).
     */
    private static final String[] FONT_STACK = {
        "Inter", "Segoe UI", "SF Pro Text", "Helvetica Neue", "Cantarell", "Noto Sans", "Ubuntu", "DejaVu Sans"
    };

    private final Preferences preferences;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private String fontFamily;
    private boolean remember = true;

    /** A theme that remembers its choice in {@code preferences} (tests pass a throwaway node). */
    public Theme(Preferences preferences) {
        this.preferences = Objects.requireNonNull(preferences);
        dark.set(preferences.getBoolean(PREF_DARK, false));
        dark.addListener((obs, was, isDark) -> {
            if (remember) {
                preferences.putBoolean(PREF_DARK, isDark);
            }
        });
    }

    /** The theme remembered for this user. */
    public static Theme fromPreferences() {
        return new Theme(Preferences.userNodeForPackage(Theme.class));
    }

    /** True when the dark palette is on. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    /** Switches the palette and remembers the choice. */
    public void setDark(boolean value) {
        dark.set(value);
    }

    /** Uses {@code value} for this session without remembering it (a {@code --theme} option). */
    public void overrideForSession(boolean value) {
        remember = false;
        try {
            dark.set(value);
        } finally {
            remember = true;
        }
    }

    public void toggle() {
        setDark(!isDark());
    }

    /** Styles {@code scene} now and whenever the theme changes. */
    public void install(Scene scene) {
        scene.getStylesheets().add(STUDIO_CSS);
        applyPalette(scene, isDark());
        dark.addListener((obs, was, isDark) -> applyPalette(scene, isDark));
        if (scene.getRoot() != null) {
            scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily() + "\";");
        }
    }

    /** The font family chosen from the stack for this machine. */
    public String fontFamily() {
        if (fontFamily == null) {
            fontFamily = pickFontFamily();
        }
        return fontFamily;
    }

    private static void applyPalette(Scene scene, boolean isDark) {
        if (isDark && !scene.getStylesheets().contains(DARK_CSS)) {
            scene.getStylesheets().add(DARK_CSS);
        } else if (!isDark) {
            scene.getStylesheets().remove(DARK_CSS);
        }
    }

    private static String pickFontFamily() {
        var installed = Font.getFamilies();
        for (String family : FONT_STACK) {
            if (installed.contains(family)) {
                return family;
            }
        }
        return Font.getDefault().getFamily();
    }

    private static String stylesheet(String name) {
        var url = Theme.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + name + " next to " + Theme.class.getName());
        }
        return url.toExternalForm();
    }
}
