package dev.assetstudio.engine.status;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an asset stands, in the words every surface prints: the CLI's {@code list}, the studio's
 * badges and details. Answered by {@link dev.assetstudio.engine.Project#statuses()}.
 *
 * <pre>{@code
 * AssetStatus s = project.status(AssetKey.of("dailySales"));
 * s.words();    // "partially materialized"
 * s.summary();  // "partially materialized · 9/14 partitions"
 * s.reason();   // "9 of 14 partitions are materialized"
 * }</pre>
 *
 * @param state the state
 * @param reason why, in words ("upstream cereals was materialized after this asset")
 * @param lastMaterialized when it (any partition) was last materialized, or {@code null} if never
 * @param partitions how many partitions are materialized and failed, or {@code null} when unpartitioned
 */
public record AssetStatus(State state, String reason, Instant lastMaterialized, PartitionCounts partitions) {

    /** The states, in the order the studio explains them. */
    public enum State {
        /** Never materialized. */
        MISSING("missing"),
        /** Materialized and up to date (every partition, for a partitioned asset). */
        FRESH("fresh"),
        /** Materialized, but something upstream or its code changed since. */
        STALE("stale"),
        /** Its latest step (of some partition) failed. */
        FAILED("failed"),
        /** A step of it is running now. */
        RUNNING("running"),
        /** Some of its partitions are materialized, not all. */
        PARTIAL("partially materialized"),
        /** A conditional asset that its latest run evaluated and did not materialize. */
        NOT_MATERIALIZED("not materialized in its last run"),
        /** A source asset: loaded, never materialized here. */
        SOURCE("source");

        private final String words;

        State(String words) {
            this.words = words;
        }

        /** The state in words, lower case: "partially materialized". */
        public String words() {
            return words;
        }

        /** The state in words with a capital, for badges: "Partially materialized". */
        public String title() {
            return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        }
    }

    /**
     * The partitions of a partitioned asset by their latest outcome.
     *
     * @param materialized partitions whose latest outcome is a materialization
     * @param failed partitions whose latest outcome is a failure
     * @param total partitions defined (up to now, for time partitions)
     */
    public record PartitionCounts(int materialized, int failed, int total) {
        /** "9/14 partitions". */
        public String words() {
            return materialized + "/" + total + (total == 1 ? " partition" : " partitions");
        }
    }

    public AssetStatus {
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
    }

    /** An unpartitioned status. */
    public AssetStatus(State state, String reason, Instant lastMaterialized) {
        this(state, reason, lastMaterialized, null);
    }

    /** The state in words: "stale", "partially materialized". */
    public String words() {
        return state.words();
    }

    /** The words and, for a partitioned asset, its partition count: "partially materialized · 9/14 partitions". */
    public String summary() {
        return partitions == null ? words() : words() + " · " + partitions.words();
    }

    public Optional<Instant> lastMaterializedAt() {
        return Optional.ofNullable(lastMaterialized);
    }

    public Optional<PartitionCounts> partitionCounts() {
        return Optional.ofNullable(partitions);
    }

    /** The same status with another state and reason, keeping the rest. */
    public AssetStatus with(State newState, String newReason) {
        return new AssetStatus(newState, newReason, lastMaterialized, partitions);
    }
}
