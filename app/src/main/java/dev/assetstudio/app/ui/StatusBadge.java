package dev.assetstudio.app.ui;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The icon, colour and words of each asset status and run status, for the catalog, the details tabs and the run
 * panel alike: never colour alone, always the icon too.
 */
public final class StatusBadge {
    /** The style class of a {@link #label} pill, styled by the details stylesheet. */
    public static final String PILL = Styles.BADGE;

    private static final double PILL_ICON_SIZE = 13;

    private StatusBadge() {}

    // ------------------------------------------------------------------ asset status

    /** An icon node for {@code state}, coloured by its status style class. */
    public static Region create(AssetStatus.State state, double size) {
        return Icons.create(icon(state), size, styleClass(state));
    }

    /** The icon and the word ("Fresh", "Missing", …) on a tinted pill. */
    public static Label label(AssetStatus.State state) {
        return pill(words(state), icon(state), styleClass(state));
    }

    public static Icon icon(AssetStatus.State state) {
        return switch (state) {
            case MISSING -> Icon.MISSING;
            case FRESH -> Icon.FRESH;
            case STALE -> Icon.STALE;
            case FAILED -> Icon.FAILED;
            case RUNNING -> Icon.RUNNING;
            case SOURCE -> Icon.SOURCE;
            case PARTIAL -> Icon.STALE;
            case NOT_MATERIALIZED -> Icon.MISSING;
        };
    }

    public static String styleClass(AssetStatus.State state) {
        return switch (state) {
            case MISSING -> Styles.STATUS_MISSING;
            case FRESH -> Styles.STATUS_FRESH;
            case STALE -> Styles.STATUS_STALE;
            case FAILED -> Styles.STATUS_FAILED;
            case RUNNING -> Styles.STATUS_RUNNING;
            case SOURCE -> Styles.STATUS_SOURCE;
            case PARTIAL -> Styles.STATUS_STALE;
            case NOT_MATERIALIZED -> Styles.STATUS_MISSING;
        };
    }

    /** The engine's words for the state, for badges: "Fresh", "Missing", "Partially materialized". */
    public static String words(AssetStatus.State state) {
        return state.title();
    }

    /** The state in words, for tooltips and screen readers. */
    public static String describe(AssetStatus.State state) {
        return switch (state) {
            case MISSING -> "Never materialized";
            case FRESH -> "Fresh";
            case STALE -> "Stale";
            case FAILED -> "Failed";
            case RUNNING -> "Running";
            case SOURCE -> "Source asset";
            case PARTIAL -> "Partially materialized";
            case NOT_MATERIALIZED -> "Not materialized in its last run";
        };
    }

    // ------------------------------------------------------------------ run status

    /** An icon node for {@code status}, coloured by its status style class. */
    public static Region create(RunStatus status, double size) {
        return Icons.create(icon(status), size, styleClass(status));
    }

    /** The icon and the words ("Succeeded", "Running", …) on a tinted pill. */
    public static Label label(RunStatus status) {
        return pill(words(status), icon(status), styleClass(status));
    }

    /** An interrupted run (the studio or the process went away) has the error icon, a failed one the failed icon. */
    public static Icon icon(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> Icon.FRESH;
            case FAILED -> Icon.FAILED;
            case INTERRUPTED -> Icon.ERROR;
            case STARTED -> Icon.RUNNING;
            case CANCELED -> Icon.CANCEL;
        };
    }

    public static String styleClass(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> Styles.STATUS_FRESH;
            case FAILED, INTERRUPTED -> Styles.STATUS_FAILED;
            case STARTED -> Styles.STATUS_RUNNING;
            case CANCELED -> Styles.STATUS_MISSING;
        };
    }

    /** A run status in words: "Succeeded", "Running" (for a started run); "" for none. */
    public static String words(RunStatus status) {
        if (status == null) {
            return "";
        }
        return status == RunStatus.STARTED ? "Running" : capitalized(status.name());
    }

    // ------------------------------------------------------------------ shared

    private static Label pill(String text, Icon icon, String statusStyle) {
        var label = new Label(text, Icons.create(icon, PILL_ICON_SIZE, statusStyle));
        label.getStyleClass().addAll(PILL, statusStyle);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static String capitalized(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
