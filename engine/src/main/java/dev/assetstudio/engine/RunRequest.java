package dev.assetstudio.engine;

import dev.assetstudio.api.AssetKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run is asked to do beyond its selection: the config of each asset that takes one, the
 * partition key or range to materialize, and where its steps execute when not where the project
 * runs them by default ({@link ProjectOptions#execution()}).
 *
 * <pre>{@code
 * RunRequest request = RunRequest.builder()
 *     .config("usesContext", Map.of("apiEndpoint", "https://example.com"))
 *     .partitionRange("2022-07-01", "2022-07-31")
 *     .build();
 * }</pre>
 *
 * <p>A request gives either one partition key or one range, not both. Config values are checked
 * against the asset's {@code Config} record when the run is planned, before anything runs.
 */
public final class RunRequest {
    private static final RunRequest EMPTY = builder().build();

    private final Map<AssetKey, Map<String, Object>> config;
    private final String partitionKey;
    private final PartitionRange partitionRange;
    private final Execution execution;

    private RunRequest(Builder b) {
        this.execution = b.execution;
        this.config = Collections.unmodifiableMap(new LinkedHashMap<>(b.config));
        this.partitionKey = b.partitionKey;
        this.partitionRange = b.partitionRange;
    }

    /** A request with no config and no partitions. */
    public static RunRequest empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The config fields by asset key, in the order given. */
    public Map<AssetKey, Map<String, Object>> config() {
        return config;
    }

    /** The config fields given for {@code key}, if any. */
    public Optional<Map<String, Object>> config(AssetKey key) {
        return Optional.ofNullable(config.get(key));
    }

    /** The single partition to materialize, if the request names one. */
    public Optional<String> partitionKey() {
        return Optional.ofNullable(partitionKey);
    }

    /** The partitions to materialize (a backfill), if the request names a range. */
    public Optional<PartitionRange> partitionRange() {
        return Optional.ofNullable(partitionRange);
    }

    /**
     * Where this run's steps execute instead of the project's default, if the request says: see
     * {@link Project#executions()} for what a project can offer.
     */
    public Optional<Execution> execution() {
        return Optional.ofNullable(execution);
    }

    /** This request with its steps executing on {@code execution} ({@code null}: the project's default). */
    public RunRequest withExecution(Execution execution) {
        Builder b = builder();
        b.config.putAll(config);
        b.partitionKey = partitionKey;
        b.partitionRange = partitionRange;
        b.execution = execution;
        return b.build();
    }

    @Override
    public String toString() {
        return "RunRequest[config=" + config.keySet() + ", partitionKey=" + partitionKey + ", partitionRange="
                + partitionRange + (execution == null ? "" : ", execution=" + execution) + "]";
    }

    /**
     * An inclusive range of partition keys.
     *
     * @param from the first key
     * @param to the last key, included
     */
    public record PartitionRange(String from, String to) {
        public PartitionRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String toString() {
            return from + "..." + to;
        }
    }

    /** Builds a {@link RunRequest}. */
    public static final class Builder {
        private final Map<AssetKey, Map<String, Object>> config = new LinkedHashMap<>();
        private String partitionKey;
        private PartitionRange partitionRange;
        private Execution execution;

        private Builder() {}

        /** Execute this run's steps on {@code execution} rather than the project's default; {@code null} for that default. */
        public Builder execution(Execution execution) {
            this.execution = execution;
            return this;
        }

        /** The config of the asset {@code assetKey} ({@code a/b} form); a repeated key replaces. */
        public Builder config(String assetKey, Map<String, ?> fields) {
            return config(AssetKey.parse(assetKey), fields);
        }

        /** The config of the asset {@code assetKey}; a repeated key replaces. */
        public Builder config(AssetKey assetKey, Map<String, ?> fields) {
            Objects.requireNonNull(fields, () -> "config fields of " + assetKey);
            // LinkedHashMap rather than Map.copyOf: keeps the order and allows null values, which
            // the binder reports as a problem naming the field instead of an NPE here
            config.put(assetKey, Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
            return this;
        }

        /** Materialize this one partition of every selected partitioned asset. */
        public Builder partitionKey(String partitionKey) {
            this.partitionKey = Objects.requireNonNull(partitionKey, "partitionKey");
            return this;
        }

        /** Materialize every partition from {@code from} to {@code to}, both included. */
        public Builder partitionRange(String from, String to) {
            this.partitionRange = new PartitionRange(from, to);
            return this;
        }

        /** The request; fails when both a partition key and a range were given. */
        public RunRequest build() {
            if (partitionKey != null && partitionRange != null) {
                throw new IllegalArgumentException("a run request takes a partition key or a partition range, not both"
                        + " (got " + partitionKey + " and " + partitionRange + ")");
            }
            return new RunRequest(this);
        }
    }
}
