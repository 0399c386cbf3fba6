package dev.assetstudio.app.details;

import dev.assetstudio.engine.AssetHealth;

/** The CSS class of each health state, so every view colours health the same way. */
public final class HealthStyles {
    public static final String HEALTHY = "as-health-healthy";
    public static final String WARNING = "as-health-warning";
    public static final String DEGRADED = "as-health-degraded";
    public static final String UNKNOWN = "as-health-unknown";

    private HealthStyles() {}

    /** The class of {@code state}. */
    public static String of(AssetHealth.State state) {
        return switch (state) {
            case HEALTHY -> HEALTHY;
            case WARNING -> WARNING;
            case DEGRADED -> DEGRADED;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
