package dev.assetstudio.engine;

import java.util.List;
import java.util.Objects;

/**
 * How an asset is doing, as Dagster+'s asset health, computed by the engine so the CLI and the
 * studio say the same words ({@link Project#health}).
 *
 * <pre>{@code
 * AssetHealth h = project.health(AssetKey.of("orders"));
 * h.state();     // AssetHealth.State.DEGRADED
 * h.reasons();   // ["check ordersHaveIds failed (ERROR) in run 20240101-..."]
 * }</pre>
 *
 * <p>The state is the worst of: the last materialization attempt (failed: DEGRADED), the latest
 * result of each check (failed ERROR: DEGRADED, failed WARN: WARNING) and freshness (past warnAfter:
 * WARNING; past failAfter or a missed deadline: DEGRADED). An asset never materialized, with no
 * check results and no failed attempt is UNKNOWN; otherwise, with no reason against it, HEALTHY.
 *
 * @param state the state
 * @param reasons the sentences that explain it (for HEALTHY: what was looked at)
 */
public record AssetHealth(State state, List<String> reasons) {
    /** The four health states, best first. */
    public enum State {
        HEALTHY,
        WARNING,
        DEGRADED,
        UNKNOWN;

        /** The lower-case word used by the CLI and in selections ({@code status:degraded}). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Shorthands, so {@code AssetHealth.DEGRADED} reads as the state. */
    public static final State HEALTHY = State.HEALTHY;

    public static final State WARNING = State.WARNING;
    public static final State DEGRADED = State.DEGRADED;
    public static final State UNKNOWN = State.UNKNOWN;

    public AssetHealth {
        Objects.requireNonNull(state, "state");
        reasons = List.copyOf(reasons);
    }

    /** The first reason, or {@code ""}. */
    public String summary() {
        return reasons.isEmpty() ? "" : reasons.get(0);
    }
}
