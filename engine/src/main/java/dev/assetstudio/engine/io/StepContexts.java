package dev.assetstudio.engine.io;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.InputContext;
import dev.assetstudio.api.OutputContext;
import dev.assetstudio.api.PathIOManager;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AssetInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the contexts handed to user code for one step, with the api's own builders (so that they
 * behave exactly as the ones users build in tests).
 *
 * @param runId the run
 * @param resources the resources user code sees
 * @param log the step's log
 */
public record StepContexts(String runId, Map<String, Object> resources, RunLog log) {
    /** The context of {@code asset}'s computation in {@code partition} ({@code null} if none). */
    public AssetContext assetContext(AssetDefinition asset, String partition) {
        return AssetContext.builder()
                .assetKey(asset.key())
                .runId(runId)
                .partitionKey(partition)
                .assetPartitionKeys(partition == null ? List.of() : List.of(partition))
                .definitionMetadata(asset.metadata())
                .resources(resources)
                .log(log)
                .partitionsDefinition(asset.partitions().orElse(null))
                .build();
    }

    /** The context for storing (or having stored) {@code asset}'s output of {@code partitions}. */
    public OutputContext outputContext(AssetDefinition asset, List<String> partitions) {
        String single = partitions.size() == 1 ? partitions.get(0) : null;
        return OutputContext.builder()
                .assetKey(asset.key())
                .partitionKey(single)
                .assetPartitionKeys(partitions)
                .runId(runId)
                .definitionMetadata(asset.metadata())
                .resources(resources)
                .log(log)
                .partitionsDefinition(asset.partitions().orElse(null))
                .build();
    }

    /**
     * The context for loading {@code upstream} as an input of a step in {@code partition}.
     *
     * @param input the downstream's input, or {@code null} when loading outside a step
     * @param upstreamPartitions the upstream partitions read; empty for an unpartitioned upstream
     */
    public InputContext inputContext(
            AssetDefinition upstream, AssetInput input, String partition, List<String> upstreamPartitions) {
        Map<String, String> metadata = new LinkedHashMap<>(upstream.metadata());
        if (upstream.partitioned() && partition == null) {
            // "a Map of all materialized partitions" (API.md): the reader asks for every key of
            // the upstream, so those never materialized are left out rather than an error,
            // unless the input's own metadata says otherwise
            metadata.put(PathIOManager.ALLOW_MISSING_PARTITIONS, "true");
        }
        if (input != null) {
            metadata.putAll(input.metadata());
        }
        return InputContext.builder()
                .assetKey(upstream.key())
                .upstreamOutput(outputContext(upstream, upstreamPartitions))
                .partitionKey(partition)
                .assetPartitionKeys(upstreamPartitions)
                .runId(runId)
                .definitionMetadata(metadata)
                .resources(resources)
                .log(log)
                .expectedType(input == null ? Object.class : input.type())
                .build();
    }
}
