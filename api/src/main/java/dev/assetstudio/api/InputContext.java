package dev.assetstudio.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link IOManager} knows when it loads an upstream asset as an input (Dagster's {@code
 * InputContext}).
 *
 * <pre>{@code
 * // in a test, as Dagster's build_input_context:
 * OutputContext out = OutputContext.builder().assetKey(AssetKey.of("raw")).build();
 * manager.handleOutput(out, List.of(1, 2));
 * InputContext in = InputContext.builder().upstreamOutput(out).build();   // assetKey taken from out
 * Object value = manager.loadInput(in);
 * }</pre>
 *
 * <p>Partitions: {@link #partitionKey()} is the <em>downstream</em> step's partition, while {@link
 * #assetPartitionKeys()} are the <em>upstream</em> partitions to load. When the builder is given no
 * upstream partitions but the upstream is partitioned, the downstream partition is loaded (the same
 * partition mapping).
 */
public final class InputContext {
    private final AssetKey assetKey;
    private final OutputContext upstreamOutput;
    private final String partitionKey;
    private final List<String> assetPartitionKeys;
    private final String runId;
    private final Map<String, String> definitionMetadata;
    private final Map<String, Object> resources;
    private final RunLog log;
    private final Class<?> expectedType;

    private InputContext(Builder b) {
        this.assetKey = b.assetKey != null
                ? b.assetKey
                : b.upstreamOutput != null ? b.upstreamOutput.assetKey() : AssetKey.of("asset");
        this.partitionKey = b.partitionKey;
        this.runId = b.runId;
        this.resources = b.resources;
        this.log = b.log;
        this.expectedType = b.expectedType;
        this.upstreamOutput = b.upstreamOutput != null
                ? b.upstreamOutput
                : OutputContext.builder()
                        .assetKey(assetKey)
                        .runId(runId)
                        .assetPartitionKeys(b.assetPartitionKeys)
                        .resources(resources)
                        .log(log)
                        .build();
        this.assetPartitionKeys = upstreamOutput.hasAssetPartitions()
                ? ContextSupport.assetPartitionKeys(
                        b.assetPartitionKeys, partitionKey, upstreamOutput.assetPartitionKeys())
                : b.assetPartitionKeys;
        Map<String, String> merged = new LinkedHashMap<>(upstreamOutput.definitionMetadata());
        merged.putAll(b.definitionMetadata);
        this.definitionMetadata = Collections.unmodifiableMap(merged);
    }

    /** A builder with test-friendly defaults: run {@code test-run}, stderr log. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key of the upstream asset being loaded. */
    public AssetKey assetKey() {
        return assetKey;
    }

    /**
     * An output context of the upstream asset (key, partitions, definition metadata, resources), as
     * Dagster's {@code upstream_output}. Its {@code runId()} is the loading run's, so per-run managers
     * such as {@link InMemoryIOManager} find values stored earlier in the same run.
     */
    public OutputContext upstreamOutput() {
        return upstreamOutput;
    }

    /** Whether the upstream asset is partitioned. */
    public boolean hasAssetPartitions() {
        return ContextSupport.hasAssetPartitions(upstreamOutput.hasAssetPartitions(), assetPartitionKeys);
    }

    /** The downstream step's partition, or {@code null} when it has none. */
    public String partitionKey() {
        return partitionKey;
    }

    /** Whether the downstream step materializes one named partition. */
    public boolean hasPartitionKey() {
        return partitionKey != null;
    }

    /** The upstream partitions to load, empty for an unpartitioned upstream. */
    public List<String> assetPartitionKeys() {
        return assetPartitionKeys;
    }

    /** The id of the run loading the input (the producer's is {@code upstreamOutput().runId()}). */
    public String runId() {
        return runId;
    }

    /** The input's metadata ({@link In#metadata()}) over the upstream's definition metadata. */
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

    /** The loading step's log. */
    public RunLog log() {
        return log;
    }

    /** The declared type of the receiving parameter, {@code Object.class} when unknown. */
    public Class<?> expectedType() {
        return expectedType;
    }

    /**
     * The upstream key segments plus the partition loaded when exactly one is; fails when several
     * are, since several partitions have no single identity.
     */
    public List<String> assetIdentifier() {
        if (!hasAssetPartitions()) {
            return ContextSupport.assetIdentifier(assetKey, null);
        }
        if (assetPartitionKeys.size() != 1) {
            throw new IllegalStateException("input " + assetKey + " loads " + assetPartitionKeys.size()
                    + " partitions, so it has no single identifier; use assetPartitionKeys()");
        }
        return ContextSupport.assetIdentifier(assetKey, assetPartitionKeys.get(0));
    }

    @Override
    public String toString() {
        return "InputContext[" + assetKey + " " + assetPartitionKeys + ", run " + runId + "]";
    }

    /** Builds an {@link InputContext}; setters are named as the accessors. */
    public static final class Builder {
        private AssetKey assetKey;
        private OutputContext upstreamOutput;
        private String partitionKey;
        private List<String> assetPartitionKeys = List.of();
        private String runId = "test-run";
        private Map<String, String> definitionMetadata = Map.of();
        private Map<String, Object> resources = Map.of();
        private RunLog log = RunLog.standardError();
        private Class<?> expectedType = Object.class;

        private Builder() {}

        /** The upstream key; defaults to the {@link #upstreamOutput(OutputContext)}'s. */
        public Builder assetKey(AssetKey assetKey) {
            this.assetKey = Objects.requireNonNull(assetKey, "assetKey");
            return this;
        }

        public Builder upstreamOutput(OutputContext upstreamOutput) {
            this.upstreamOutput = Objects.requireNonNull(upstreamOutput, "upstreamOutput");
            return this;
        }

        /** The downstream step's partition; {@code null} for none. */
        public Builder partitionKey(String partitionKey) {
            this.partitionKey = partitionKey;
            return this;
        }

        /** The upstream partitions to load. */
        public Builder assetPartitionKeys(List<String> keys) {
            this.assetPartitionKeys = Copies.list(keys, "partition key");
            return this;
        }

        public Builder runId(String runId) {
            this.runId = Objects.requireNonNull(runId, "runId");
            return this;
        }

        /** The input's own metadata; the context shows it over the upstream's definition metadata. */
        public Builder definitionMetadata(Map<String, String> metadata) {
            this.definitionMetadata = Copies.map(metadata, "definition metadata");
            return this;
        }

        public Builder resources(Map<String, ?> resources) {
            this.resources = Copies.map(resources, "resource");
            return this;
        }

        public Builder log(RunLog log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        public Builder expectedType(Class<?> expectedType) {
            this.expectedType = Objects.requireNonNull(expectedType, "expectedType");
            return this;
        }

        public InputContext build() {
            return new InputContext(this);
        }
    }
}
