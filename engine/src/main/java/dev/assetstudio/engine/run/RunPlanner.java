package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.io.InputPartitionMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Makes a {@link RunPlan} from an already-resolved selection: one step per selected asset (one per
 * partition for a partitioned asset), each with the steps it waits for, in topological order.
 *
 * <pre>{@code
 * RunPlan plan = new RunPlanner().plan(definitions, Set.of(AssetKey.of("daily")),
 *         RunRequest.builder().partitionRange("2022-07-01", "2022-07-03").build());
 * plan.stepKeys();   // [daily[2022-07-01], daily[2022-07-02], daily[2022-07-03]]
 * }</pre>
 *
 * <p>Every problem (unknown keys, missing or wrong config, partitions that do not fit) is found
 * before anything runs and reported together in one {@link RunPlanningException}. Source assets in
 * the selection are left out: they are never materialized.
 */
public final class RunPlanner {
    private final InputPartitionMapping partitionMapping;

    public RunPlanner() {
        this(new InputPartitionMapping());
    }

    public RunPlanner(InputPartitionMapping partitionMapping) {
        this.partitionMapping = partitionMapping;
    }

    /** Plans {@code selected}; the recorded selection text is the sorted keys. */
    public RunPlan plan(ProjectDefinitions definitions, Set<AssetKey> selected, RunRequest request) {
        String text = new TreeSet<>(selected).stream().map(AssetKey::toString).collect(Collectors.joining(","));
        return plan(definitions, selected, request, text);
    }

    /**
     * Plans {@code selected} under {@code request}.
     *
     * @param selectionText how the user wrote the selection, recorded with the run
     * @throws RunPlanningException listing every problem, one per line
     */
    public RunPlan plan(
            ProjectDefinitions definitions, Set<AssetKey> selected, RunRequest request, String selectionText) {
        List<String> problems = new ArrayList<>();
        List<AssetDefinition> assets = selectedAssets(definitions, selected, problems);
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems);
        }
        Map<AssetKey, Object> configs = ConfigResolver.resolve(assets, request, problems);
        Map<AssetKey, List<String>> partitions = new PartitionResolver(assets).resolve(request, problems);
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems);
        }
        List<AssetDefinition> ordered = TopologicalOrder.of(assets);
        return new RunPlan(steps(definitions, ordered, partitions, configs), selectionText);
    }

    /**
     * Plans the given partitions of each asset (a backfill, or its retry): {@code partitionsByAsset}
     * names every asset to run with its partition keys ({@code [null]} for an unpartitioned one), and
     * may give different partitions definitions different keys. The steps of one run wait for their
     * upstream steps in the same run, so upstream partitions are materialized first; upstream assets
     * not in the run are read from storage. Only {@code request}'s config is used.
     *
     * @throws RunPlanningException listing every problem (unknown keys, keys that are not partitions
     *     of their asset, missing config)
     */
    public RunPlan plan(
            ProjectDefinitions definitions,
            Map<AssetKey, List<String>> partitionsByAsset,
            RunRequest request,
            String selectionText) {
        List<String> problems = new ArrayList<>();
        List<AssetDefinition> assets = selectedAssets(definitions, partitionsByAsset.keySet(), problems);
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems);
        }
        Map<AssetKey, Object> configs = ConfigResolver.resolve(assets, request, problems);
        Map<AssetKey, List<String>> partitions = new LinkedHashMap<>();
        for (AssetDefinition def : assets) {
            List<String> keys = partitionsByAsset.get(def.key());
            if (def.partitions().isEmpty()) {
                partitions.put(def.key(), java.util.Collections.singletonList(null));
                continue;
            }
            List<String> valid = new ArrayList<>();
            for (String key : keys) {
                if (key == null || !def.partitions().get().contains(key)) {
                    problems.add("partition key " + key + " is not a partition of asset " + def.key());
                } else {
                    valid.add(key);
                }
            }
            if (valid.isEmpty() && problems.isEmpty()) {
                problems.add("no partition of asset " + def.key() + " to materialize");
            }
            partitions.put(def.key(), valid);
        }
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems);
        }
        List<AssetDefinition> ordered = TopologicalOrder.of(assets);
        return new RunPlan(steps(definitions, ordered, partitions, configs), selectionText);
    }

    private static List<AssetDefinition> selectedAssets(
            ProjectDefinitions definitions, Set<AssetKey> selected, List<String> problems) {
        if (selected.isEmpty()) {
            problems.add("the selection resolves to no asset: nothing to materialize");
            return List.of();
        }
        List<AssetDefinition> assets = new ArrayList<>();
        List<AssetKey> sources = new ArrayList<>();
        for (AssetKey key : new TreeSet<>(selected)) {
            AssetDefinition def = definitions.assets().get(key);
            if (def == null) {
                problems.add("no asset " + key + " in the project");
            } else if (def.source()) {
                sources.add(key);
            } else {
                assets.add(def);
            }
        }
        if (problems.isEmpty() && assets.isEmpty()) {
            problems.add("the selection holds only source assets " + sources + ", which are never materialized");
        }
        return assets;
    }

    private List<PlannedStep> steps(
            ProjectDefinitions definitions,
            List<AssetDefinition> ordered,
            Map<AssetKey, List<String>> partitions,
            Map<AssetKey, Object> configs) {
        Map<AssetKey, List<StepKey>> stepsOf = new LinkedHashMap<>();
        List<PlannedStep> steps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (AssetDefinition def : ordered) {
            List<StepKey> own = new ArrayList<>();
            for (String partition : partitions.get(def.key())) {
                StepKey key = StepKey.of(def.key(), partition);
                Set<StepKey> upstream = new LinkedHashSet<>();
                Map<AssetKey, List<String>> inputPartitions = new LinkedHashMap<>();
                for (AssetKey upKey : def.upstreamKeys()) {
                    AssetDefinition up = definitions.asset(upKey);
                    List<String> read;
                    try {
                        read = partitionMapping.upstreamPartitions(def, partition, up);
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                        continue;
                    }
                    List<StepKey> upSteps = stepsOf.getOrDefault(upKey, List.of());
                    if (up.partitioned()) {
                        Set<String> readSet = new LinkedHashSet<>(read);
                        for (StepKey s : upSteps) {
                            // an unpartitioned reader waits for every partition this run makes,
                            // and reads them even if they are newer than "now"
                            if (partition == null || readSet.contains(s.partition())) {
                                upstream.add(s);
                                readSet.add(s.partition());
                            }
                        }
                        inputPartitions.put(upKey, List.copyOf(readSet));
                    } else {
                        upstream.addAll(upSteps);
                    }
                }
                steps.add(new PlannedStep(key, def, List.copyOf(upstream), inputPartitions, configs.get(def.key())));
                own.add(key);
            }
            stepsOf.put(def.key(), own);
        }
        if (!problems.isEmpty()) {
            throw new RunPlanningException(List.copyOf(new LinkedHashSet<>(problems)));
        }
        return steps;
    }
}
