package dev.assetstudio.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an asset computation knows about the step it runs in: its key, run, partition, resources and
 * log, plus a place to add materialization metadata.
 *
 * <pre>{@code
 * @Asset(partitions = @DailyPartitions(start = "2022-01-01"))
 * public static List<String> dailyWeather(AssetContext context) {
 *     context.log().info("loading {}", context.partitionKey());
 *     context.addOutputMetadata("source", "api");
 *     ...
 * }
 *
 * // in a test, as Dagster's build_op_context:
 * var ctx = AssetContext.builder().partitionKey("2022-07-23").resources(Map.of("api", fake)).build();
 * }</pre>
 *
 * <p>The engine builds real contexts with the same builder and reads {@link #outputMetadata()} back
 * after the computation returns.
 */
public final class AssetContext {
    private final AssetKey assetKey;
    private final String runId;
    private final RunLog log;
    private final String partitionKey;
    private final List<String> assetPartitionKeys;
    private final Map<String, String> definitionMetadata;
    private final Map<String, Object> resources;
    private final PartitionsDefinition partitionsDefinition;
    private final OutputMetadata outputMetadata = new OutputMetadata();

    private AssetContext(Builder b) {
        this.assetKey = b.assetKey;
        this.runId = b.runId;
        this.log = b.log;
        this.partitionKey = b.partitionKey;
        this.assetPartitionKeys = ContextSupport.assetPartitionKeys(b.assetPartitionKeys, b.partitionKey);
        this.definitionMetadata = b.definitionMetadata;
        this.resources = b.resources;
        this.partitionsDefinition = b.partitionsDefinition;
    }

    /** A builder with test-friendly defaults: key {@code asset}, run {@code test-run}, stderr log. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key of the asset being computed. */
    public AssetKey assetKey() {
        return assetKey;
    }

    /** The id of the run this step belongs to. */
    public String runId() {
        return runId;
    }

    /** The step's log; its lines are kept in the run's history. */
    public RunLog log() {
        return log;
    }

    /** The partition this step materializes, or {@code null} when it materializes none or several. */
    public String partitionKey() {
        return partitionKey;
    }

    /** Whether this step materializes exactly one named partition. */
    public boolean hasPartitionKey() {
        return partitionKey != null;
    }

    /** The partitions this step materializes, empty for an unpartitioned asset. */
    public List<String> assetPartitionKeys() {
        return assetPartitionKeys;
    }

    /** Whether the asset is partitioned. */
    public boolean hasAssetPartitions() {
        return ContextSupport.hasAssetPartitions(partitionsDefinition != null, assetPartitionKeys);
    }

    /** The asset's partitions definition, when it is partitioned and the builder was told it. */
    public Optional<PartitionsDefinition> partitionsDefinition() {
        return Optional.ofNullable(partitionsDefinition);
    }

    /**
     * The time window of the partition this step materializes; empty when there is no single
     * partition, no time-based {@link #partitionsDefinition()}, or it was not given to the builder.
     */
    public Optional<TimeWindow> partitionTimeWindow() {
        if (partitionKey == null || partitionsDefinition == null) {
            return Optional.empty();
        }
        return partitionsDefinition.timeWindow(partitionKey);
    }

    /** The key segments plus the partition key when there is one; a stable storage identity. */
    public List<String> assetIdentifier() {
        return ContextSupport.assetIdentifier(assetKey, partitionKey);
    }

    /** The asset's definition metadata ({@link Meta}), unmodifiable. */
    public Map<String, String> definitionMetadata() {
        return definitionMetadata;
    }

    /** The definitions' resources by key, unmodifiable. */
    public Map<String, Object> resources() {
        return resources;
    }

    /** The resource {@code key} as a {@code type}; fails naming the key if absent or of another type. */
    public <T> T resource(String key, Class<T> type) {
        return Resources.get(resources, key, type);
    }

    /** Adds one materialization metadata entry; a repeated key replaces the earlier value. */
    public void addOutputMetadata(String key, Object value) {
        outputMetadata.add(key, value);
    }

    /** Adds several materialization metadata entries. */
    public void addOutputMetadata(Map<String, ?> metadata) {
        outputMetadata.addAll(metadata);
    }

    /** A snapshot of the metadata added so far, in insertion order. */
    public Map<String, Object> outputMetadata() {
        return outputMetadata.snapshot();
    }

    @Override
    public String toString() {
        return "AssetContext[" + String.join("/", assetIdentifier()) + ", run " + runId + "]";
    }

    /** Builds an {@link AssetContext}; setters are named as the accessors. */
    public static final class Builder {
        private AssetKey assetKey = AssetKey.of("asset");
        private String runId = "test-run";
        private RunLog log = RunLog.standardError();
        private String partitionKey;
        private List<String> assetPartitionKeys = List.of();
        private Map<String, String> definitionMetadata = Map.of();
        private Map<String, Object> resources = Map.of();
        private PartitionsDefinition partitionsDefinition;

        private Builder() {}

        public Builder assetKey(AssetKey assetKey) {
            this.assetKey = Objects.requireNonNull(assetKey, "assetKey");
            return this;
        }

        public Builder runId(String runId) {
            this.runId = Objects.requireNonNull(runId, "runId");
            return this;
        }

        public Builder log(RunLog log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /** The partition materialized; {@code null} for none. */
        public Builder partitionKey(String partitionKey) {
            this.partitionKey = partitionKey;
            return this;
        }

        /** The partitions materialized; defaults to the {@link #partitionKey(String)} alone. */
        public Builder assetPartitionKeys(List<String> keys) {
            this.assetPartitionKeys = Copies.list(keys, "partition key");
            return this;
        }

        public Builder definitionMetadata(Map<String, String> metadata) {
            this.definitionMetadata = Copies.map(metadata, "definition metadata");
            return this;
        }

        public Builder resources(Map<String, ?> resources) {
            this.resources = Copies.map(resources, "resource");
            return this;
        }

        public Builder partitionsDefinition(PartitionsDefinition partitions) {
            this.partitionsDefinition = partitions;
            return this;
        }

        public AssetContext build() {
            return new AssetContext(this);
        }
    }
}
