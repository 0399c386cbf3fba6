package dev.assetstudio.engine.graph;

import java.util.Objects;

/**
 * Whether an asset's latest materialization is up to date, and why not.
 *
 * @param state the verdict
 * @param reason the verdict in words, naming the first cause found, e.g. {@code "upstream a was
 *     materialized at 2024-05-01T10:00:00Z, after this asset (2024-05-01T09:00:00Z)"}
 */
public record AssetStaleness(State state, String reason) {
    public AssetStaleness {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** The verdicts. */
    public enum State {
        /** Never materialized. */
        MISSING,
        /** Materialized, and nothing it depends on changed since. */
        FRESH,
        /** Materialized, but an upstream asset or its code version changed since. */
        STALE,
        /** A source asset: produced elsewhere, never materialized here. */
        SOURCE
    }

    /** Never materialized. */
    public static AssetStaleness missing() {
        return new AssetStaleness(State.MISSING, "never materialized");
    }

    static AssetStaleness fresh() {
        return new AssetStaleness(State.FRESH, "up to date");
    }

    static AssetStaleness source() {
        return new AssetStaleness(State.SOURCE, "source asset, not materialized here");
    }

    static AssetStaleness stale(String reason) {
        return new AssetStaleness(State.STALE, reason);
    }

    public boolean isStale() {
        return state == State.STALE;
    }
}
