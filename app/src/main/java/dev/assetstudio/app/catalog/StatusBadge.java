package dev.assetstudio.app.catalog;

import dev.assetstudio.app.session.AssetStatus;
import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import javafx.scene.layout.Region;

/** The icon, colour and words for each {@link AssetStatus.State}: never colour alone, always the icon too. */
public final class StatusBadge {

    private StatusBadge() {}

    /** An icon node for {@code state}, coloured by its status style class. */
    public static Region create(AssetStatus.State state, double size) {
        return Icons.create(icon(state), size, styleClass(state));
    }

    public static Icon icon(AssetStatus.State state) {
        return switch (state) {
            case MISSING -> Icon.MISSING;
            case FRESH -> Icon.FRESH;
            case STALE -> Icon.STALE;
            case FAILED -> Icon.FAILED;
            case RUNNING -> Icon.RUNNING;
            case SOURCE -> Icon.SOURCE;
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
        };
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
        };
    }
}
