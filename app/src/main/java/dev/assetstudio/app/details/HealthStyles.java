package dev.assetstudio.app.details;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.AssetHealth;

/** The CSS class of each health state, so every view colours health the same way. */
public final class HealthStyles {

    private HealthStyles() {}

    /** The class of {@code state}. */
    public static String of(AssetHealth.State state) {
        return switch (state) {
            case HEALTHY -> Styles.HEALTH_HEALTHY;
            case WARNING -> Styles.HEALTH_WARNING;
            case DEGRADED -> Styles.HEALTH_DEGRADED;
            case UNKNOWN -> Styles.HEALTH_UNKNOWN;
        };
    }
}
