package dev.assetstudio.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link IOManager} knows when it stores an asset's output (Dagster's {@code OutputContext}).
 *
 * <pre>{@code
 * // in a test, as Dagster's build_output_context:
 * OutputContext out = OutputContext.builder()
 *     .assetKey(AssetKey.of("daily"))
 *     .partitionKey("2022-07-23")
 *     .build();
 * manager.handleOutput(out, List.of(1, 2));
 * }</pre>
 *
 * <p>An I/O manager may add materialization metadata (say, the path written) with {@link
 * #addOutputMetadata(Map)}; the engine records it with the materialization.
 */
public final class OutputContext {
    private final AssetKey assetKey;
    private final String partitionKey;
    private final List<String> assetPartitionKeys;
    private final String runId;
    private final String stepKey;
    private final Map<String, String> definitionMetadata;
    private final Map<String, Object> resources;
    private final RunLog log;
    private final PartitionsDefinition partitionsDefinition;
    private final OutputMetadata outputMetadata = new OutputMetadata();

    private OutputContext(Builder b) {
        this.assetKey = b.assetKey;
        this.partitionKey = b.partitionKey;
        this.assetPartitionKeys = ContextSupport.assetPartitionKeys(b.assetPartitionKeys, b.partitionKey);
        this.runId = b.runId;
        this.stepKey =
                b.stepKey != null ? b.stepKey : b.assetKey + (b.partitionKey != null ? "[" + b.partitionKey + "]" : "");
        this.definitionMetadata = b.definitionMetadata;
        this.resources = b.resources;
        this.log = b.log;
        this.partitionsDefinition = b.partitionsDefinition;
    }

    /** A builder with test-friendly defaults: key {@code asset}, run {@code test-run}, stderr log. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key of the asset whose output is stored. */
    public AssetKey assetKey() {
        return assetKey;
    }

    /** Whether the asset is partitioned. */
    public boolean hasAssetPartitions() {
        return ContextSupport.hasAssetPartitions(partitionsDefinition != null, assetPartitionKeys);
    }

    /** The partition being stored, or {@code null} for an unpartitioned asset. */
    public String partitionKey() {
        return partitionKey;
    }

    /** Whether exactly one named partition is being stored. */
    public boolean hasPartitionKey() {
        return partitionKey != null;
    }

    /** The partitions this output covers, empty for an unpartitioned asset. */
    public List<String> assetPartitionKeys() {
        return assetPartitionKeys;
    }

    /** The id of the run that produced the output. */
    public String runId() {
        return runId;
    }

    /** The producing step, {@code a/b[partition]} unless set explicitly. */
    public String stepKey() {
        return stepKey;
    }

    /** The asset's definition metadata, unmodifiable. */
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

    /** The step's log. */
    public RunLog log() {
        return log;
    }

    /** The asset's partitions definition, when known. */
    public Optional<PartitionsDefinition> partitionsDefinition() {
        return Optional.ofNullable(partitionsDefinition);
    }

    /** The key segments plus the partition key when there is one; a stable storage identity. */
    public List<String> assetIdentifier() {
        return ContextSupport.assetIdentifier(assetKey, partitionKey);
    }

    /** Adds one materialization metadata entry. */
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
        return "OutputContext[" + stepKey + ", run " + runId + "]";
    }

    /** Builds an {@link OutputContext}; setters are named as the accessors. */
    public static final class Builder {
        private AssetKey assetKey = AssetKey.of("asset");
        private String partitionKey;
        private List<String> assetPartitionKeys = List.of();
        private String runId = "test-run";
        private String stepKey;
        private Map<String, String> definitionMetadata = Map.of();
        private Map<String, Object> resources = Map.of();
        private RunLog log = RunLog.standardError();
        private PartitionsDefinition partitionsDefinition;

        private Builder() {}

        public Builder assetKey(AssetKey assetKey) {
            this.assetKey = Objects.requireNonNull(assetKey, "assetKey");
            return this;
        }

        /** The partition stored; {@code null} for none. */
        public Builder partitionKey(String partitionKey) {
            this.partitionKey = partitionKey;
            return this;
        }

        /** The partitions covered; defaults to the {@link #partitionKey(String)} alone. */
        public Builder assetPartitionKeys(List<String> keys) {
            this.assetPartitionKeys = Copies.list(keys, "partition key");
            return this;
        }

        public Builder runId(String runId) {
            this.runId = Objects.requireNonNull(runId, "runId");
            return this;
        }

        /** Overrides the default {@code a/b[partition]}. */
        public Builder stepKey(String stepKey) {
            this.stepKey = stepKey;
            return this;
        }

        public Builder resources(Map<String, ?> resources) {
            this.resources = Copies.map(resources, "resource");
            return this;
        }

        public Builder definitionMetadata(Map<String, String> metadata) {
            this.definitionMetadata = Copies.map(metadata, "definition metadata");
            return this;
        }

        public Builder log(RunLog log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        public Builder partitionsDefinition(PartitionsDefinition partitions) {
            this.partitionsDefinition = partitions;
            return this;
        }

        public OutputContext build() {
            return new OutputContext(this);
        }
    }
}
