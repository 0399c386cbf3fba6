package dev.assetstudio.app.details;

import dev.assetstudio.app.session.AssetStatus;
import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.run.RunStatus;
import java.util.Locale;
import javafx.scene.control.Label;

/** Status badges: an icon and a word on a tinted pill, never colour alone. */
public final class Badges {
    private Badges() {}

    /** The badge of an asset status ("Fresh", "Stale", …). */
    public static Label of(AssetStatus.State state) {
        var icon =
                switch (state) {
                    case FRESH -> Icon.FRESH;
                    case STALE -> Icon.STALE;
                    case MISSING -> Icon.MISSING;
                    case FAILED -> Icon.FAILED;
                    case RUNNING -> Icon.RUNNING;
                    case SOURCE -> Icon.SOURCE;
                };
        var style =
                switch (state) {
                    case FRESH -> Styles.STATUS_FRESH;
                    case STALE -> Styles.STATUS_STALE;
                    case MISSING -> Styles.STATUS_MISSING;
                    case FAILED -> Styles.STATUS_FAILED;
                    case RUNNING -> Styles.STATUS_RUNNING;
                    case SOURCE -> Styles.STATUS_SOURCE;
                };
        return badge(words(state.name()), icon, style);
    }

    /** The badge of a run status ("Succeeded", "Failed", …). */
    public static Label of(RunStatus status) {
        var icon =
                switch (status) {
                    case SUCCEEDED -> Icon.FRESH;
                    case FAILED -> Icon.FAILED;
                    case STARTED -> Icon.RUNNING;
                    case CANCELED -> Icon.CANCEL;
                    case INTERRUPTED -> Icon.ERROR;
                };
        var style =
                switch (status) {
                    case SUCCEEDED -> Styles.STATUS_FRESH;
                    case FAILED, INTERRUPTED -> Styles.STATUS_FAILED;
                    case STARTED -> Styles.STATUS_RUNNING;
                    case CANCELED -> Styles.STATUS_MISSING;
                };
        return badge(status == RunStatus.STARTED ? "Running" : words(status.name()), icon, style);
    }

    private static Label badge(String text, Icon icon, String statusStyle) {
        var label = new Label(text, Icons.create(icon, 13, statusStyle));
        label.getStyleClass().addAll(DetailsStyles.BADGE, statusStyle);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
