package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.model.StepKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a {@link RunPlan}.
 *
 * @param key the asset and partition it materializes
 * @param definition the asset's definition
 * @param upstream the steps of this plan that must end before this one starts
 * @param inputPartitions for each partitioned upstream asset (data inputs and deps), the upstream
 *     partition keys this step reads; absent for an unpartitioned upstream
 * @param config the bound {@code Config} record, or {@code null} when the asset takes none
 * @param checks the names of the asset checks run in this step (after the asset, or alone)
 * @param checksOnly true for a step that runs {@code checks} on the asset's stored value without
 *     materializing it (a {@code check:} or {@code checks:} selection)
 */
public record PlannedStep(
        StepKey key,
        AssetDefinition definition,
        List<StepKey> upstream,
        Map<AssetKey, List<String>> inputPartitions,
        Object config,
        List<String> checks,
        boolean checksOnly) {
    public PlannedStep {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(definition, "definition");
        upstream = List.copyOf(upstream);
        inputPartitions = Map.copyOf(inputPartitions);
        checks = List.copyOf(checks);
    }

    /** A step that materializes its asset and then runs every check of it. */
    public PlannedStep(
            StepKey key,
            AssetDefinition definition,
            List<StepKey> upstream,
            Map<AssetKey, List<String>> inputPartitions,
            Object config) {
        this(key, definition, upstream, inputPartitions, config, definition.checkNames(), false);
    }

    /** The upstream partitions this step reads of {@code upstreamKey}; empty if unpartitioned. */
    public List<String> partitionsOf(AssetKey upstreamKey) {
        return inputPartitions.getOrDefault(upstreamKey, List.of());
    }

    /** The bound config record, if the asset takes one. */
    public Optional<Object> boundConfig() {
        return Optional.ofNullable(config);
    }
}
