package dev.assetstudio.engine.history;

import java.time.Duration;
import java.time.Instant;

/**
 * The latest outcome of one partition of an asset.
 *
 * @param partition the partition key
 * @param state materialized, or failed after its last materialization
 * @param time when that latest outcome happened
 * @param runId the run it happened in
 * @param duration how long the step took, or {@code null} if unknown (a failure without a recorded
 *     start)
 */
public record PartitionStatus(String partition, State state, Instant time, String runId, Duration duration) {

    /** What happened last to a partition. */
    public enum State {
        /** Its latest outcome is a materialization. */
        MATERIALIZED,
        /** A step for it failed after its latest materialization (or it was never materialized). */
        FAILED
    }
}
