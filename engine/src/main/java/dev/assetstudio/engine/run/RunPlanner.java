package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.io.InputPartitionMapping;
import dev.assetstudio.engine.model.CheckKey;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.model.StepKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        return plan(definitions, selected, Set.of(), request, selectionText);
    }

    /**
     * Plans {@code selected} and the asset checks {@code checks} under {@code request}. Selecting one
     * out of a multi-asset plans all of its outs (they share one step). A check of a selected asset
     * runs after it anyway; a check of an asset not selected gets a step of its own that runs it on
     * the stored value, per partition, without materializing anything.
     *
     * @param selectionText how the user wrote the selection, recorded with the run
     * @throws RunPlanningException listing every problem, one per line
     */
    public RunPlan plan(
            ProjectDefinitions definitions,
            Set<AssetKey> selected,
            Set<CheckKey> checks,
            RunRequest request,
            String selectionText) {
        List<String> problems = new ArrayList<>();
        Set<AssetKey> expanded = withSiblings(definitions, selected);
        Map<AssetKey, List<String>> checksAlone = checksAlone(definitions, expanded, checks, problems);
        List<AssetDefinition> assets =
                expanded.isEmpty() && !checks.isEmpty() ? List.of() : selectedAssets(definitions, expanded, problems);
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems);
        }
        List<AssetDefinition> checked =
                checksAlone.keySet().stream().map(definitions::asset).toList();
        Map<AssetKey, Map<String, Object>> used = new LinkedHashMap<>();
        Map<AssetKey, Object> configs = ConfigResolver.resolve(assets, request, problems, used);
        List<AssetDefinition> all = new ArrayList<>(assets);
        all.addAll(checked);
        Map<AssetKey, List<String>> partitions = new PartitionResolver(all).resolve(request, problems);
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems);
        }
        List<AssetDefinition> ordered = TopologicalOrder.of(assets);
        List<PlannedStep> steps = new ArrayList<>(steps(definitions, ordered, partitions, configs));
        for (AssetDefinition def : checked) {
            for (String partition : partitions.get(def.key())) {
                steps.add(new PlannedStep(
                        StepKey.of(def.key(), partition),
                        def,
                        List.of(),
                        Map.of(),
                        null,
                        checksAlone.get(def.key()),
                        true));
            }
        }
        return new RunPlan(steps, selectionText, used);
    }

    /** The selection with every sibling out of each selected multi-asset out. */
    private static Set<AssetKey> withSiblings(ProjectDefinitions definitions, Set<AssetKey> selected) {
        Set<AssetKey> expanded = new TreeSet<>(selected);
        for (AssetKey key : selected) {
            AssetDefinition def = definitions.assets().get(key);
            if (def != null) {
                def.multiAsset().ifPresent(m -> expanded.addAll(m.outs()));
            }
        }
        return expanded;
    }

    /** The selected checks whose asset is not materialized in the run, by asset, names sorted. */
    private static Map<AssetKey, List<String>> checksAlone(
            ProjectDefinitions definitions, Set<AssetKey> selected, Set<CheckKey> checks, List<String> problems) {
        Map<AssetKey, List<String>> alone = new TreeMap<>();
        for (CheckKey check : new TreeSet<>(checks)) {
            AssetDefinition def = definitions.assets().get(check.asset());
            if (def == null) {
                problems.add("no asset " + check.asset() + " in the project (check " + check + ")");
            } else if (def.check(check.name()).isEmpty()) {
                problems.add("asset " + check.asset() + " has no check " + check.name()
                        + (def.checks().isEmpty() ? " (it has no checks)" : " (its checks: " + def.checkNames() + ")"));
            } else if (!selected.contains(check.asset())) {
                alone.computeIfAbsent(check.asset(), k -> new ArrayList<>()).add(check.name());
            }
        }
        return alone;
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
        Map<AssetKey, Map<String, Object>> used = new LinkedHashMap<>();
        Map<AssetKey, Object> configs = ConfigResolver.resolve(assets, request, problems, used);
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
        return new RunPlan(steps(definitions, ordered, partitions, configs), selectionText, used);
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
