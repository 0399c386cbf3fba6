package dev.assetstudio.app.graph;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The theme's looked-up colours ({@code -as-*}) for code that paints on a canvas, which CSS never
 * reaches. A hidden label in the scene carries every colour as one of its background fills; CSS resolves
 * them like any other rule, so the dark palette and later palette edits just work, and a change of
 * theme shows up as a new background, which {@link #onChange} reports.
 */
final class ThemeColors {

    /** The colours read, in the order of the probe's fills. */
    private static final String[] NAMES = {
        "-as-bg",
        "-as-surface",
        "-as-surface-alt",
        "-as-border",
        "-as-border-muted",
        "-as-text",
        "-as-text-muted",
        "-as-accent",
        "-as-accent-subtle",
        "-as-selection",
        "-as-status-fresh",
        "-as-status-stale",
        "-as-status-missing",
        "-as-status-failed",
        "-as-status-running",
        "-as-status-source"
    };

    private final Label probe = new Label();
    private final List<Color> colors = new ArrayList<>();
    private final List<Color> groups = new ArrayList<>();

    ThemeColors() {
        StringBuilder style = new StringBuilder("-fx-background-color: ");
        for (String name : NAMES) {
            style.append(name).append(", ");
        }
        for (int i = 0; i < Styles.GROUP_COLOR_COUNT; i++) {
            style.append("-as-group-").append(i).append(i + 1 < Styles.GROUP_COLOR_COUNT ? ", " : ";");
        }
        probe.setStyle(style.toString());
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMouseTransparent(true);
        read(probe.getBackground());
    }

    /** The node to put in the scene (hidden), so CSS reaches it. */
    Label probe() {
        return probe;
    }

    /** Calls {@code listener} whenever the palette changes (e.g. the dark theme is switched on). */
    void onChange(Runnable listener) {
        probe.backgroundProperty().addListener((obs, old, now) -> {
            read(now);
            listener.run();
        });
    }

    private void read(Background background) {
        colors.clear();
        groups.clear();
        List<BackgroundFill> fills = background == null ? List.of() : background.getFills();
        for (int i = 0; i < NAMES.length; i++) {
            colors.add(i < fills.size() ? color(fills.get(i).getFill()) : Color.GRAY);
        }
        for (int i = 0; i < Styles.GROUP_COLOR_COUNT; i++) {
            int f = NAMES.length + i;
            groups.add(f < fills.size() ? color(fills.get(f).getFill()) : Color.hsb(i * 30.0, 0.6, 0.8));
        }
    }

    private static Color color(Paint paint) {
        return paint instanceof Color c ? c : Color.GRAY;
    }

    /** The UI font family of the scene (the theme picks one per machine). */
    String fontFamily() {
        Font font = probe.getFont();
        return font == null ? Font.getDefault().getFamily() : font.getFamily();
    }

    Color bg() {
        return colors.get(0);
    }

    Color surface() {
        return colors.get(1);
    }

    Color surfaceAlt() {
        return colors.get(2);
    }

    Color border() {
        return colors.get(3);
    }

    Color borderMuted() {
        return colors.get(4);
    }

    Color text() {
        return colors.get(5);
    }

    Color textMuted() {
        return colors.get(6);
    }

    Color accent() {
        return colors.get(7);
    }

    Color accentSubtle() {
        return colors.get(8);
    }

    Color selection() {
        return colors.get(9);
    }

    /** Whether the palette is dark (its background darker than mid-grey). */
    boolean isDark() {
        return bg().getBrightness() < 0.5;
    }

    Color status(AssetStatus.State state) {
        return switch (state) {
            case FRESH -> colors.get(10);
            case STALE, PARTIAL -> colors.get(11);
            case MISSING, NOT_MATERIALIZED -> colors.get(12);
            case FAILED -> colors.get(13);
            case RUNNING -> colors.get(14);
            case SOURCE -> colors.get(15);
        };
    }

    Color group(int index) {
        return groups.get(Math.floorMod(index, groups.size()));
    }
}
