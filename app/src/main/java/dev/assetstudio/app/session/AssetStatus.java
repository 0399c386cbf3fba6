package dev.assetstudio.app.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the studio shows about an asset at a glance: a badge and the reason behind it.
 *
 * @param state the badge
 * @param reason in words, e.g. "upstream cereals was materialized after this asset"
 * @param lastMaterialized when it was last materialized, or {@code null} if never
 */
public record AssetStatus(State state, String reason, Instant lastMaterialized) {
    /** The badges, in the order the studio explains them. */
    public enum State {
        /** Never materialized. */
        MISSING,
        /** Up to date. */
        FRESH,
        /** Materialized, but something upstream or its code changed since. */
        STALE,
        /** Its latest step failed. */
        FAILED,
        /** A step of it is running now. */
        RUNNING,
        /** A source asset: loaded, never materialized here. */
        SOURCE
    }

    public AssetStatus {
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
    }

    public Optional<Instant> lastMaterializedAt() {
        return Optional.ofNullable(lastMaterialized);
    }

    /** The same status with another state and reason, keeping the materialization time. */
    public AssetStatus with(State newState, String newReason) {
        return new AssetStatus(newState, newReason, lastMaterialized);
    }
}
