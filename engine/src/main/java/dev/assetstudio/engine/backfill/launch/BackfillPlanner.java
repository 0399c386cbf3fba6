package dev.assetstudio.engine.backfill.launch;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.backfill.BackfillRequest;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides a backfill's targets: every selected asset (sources left out), each partitioned one over
 * the partitions its definition was given, or every partition up to now. Assets of different
 * partitions definitions and unpartitioned assets go into one run: a step waits for its upstream
 * steps in that run, so upstream partitions come first, and one run is as few as can be.
 */
final class BackfillPlanner {

    /**
     * The targets of a backfill.
     *
     * @param assets each asset with its partitions definition's name ({@code null}: unpartitioned)
     * @param partitions the keys per partitions definition name
     * @param partitionsByAsset what to run: each asset with its keys ({@code [null]} if unpartitioned)
     */
    record Targets(
            Map<AssetKey, String> assets,
            Map<String, List<String>> partitions,
            Map<AssetKey, List<String>> partitionsByAsset) {}

    private BackfillPlanner() {}

    static Targets plan(ProjectDefinitions definitions, Set<AssetKey> selected, BackfillRequest request, Instant now) {
        List<String> problems = new ArrayList<>();
        Map<PartitionsDefinition, String> names = new LinkedHashMap<>();
        Map<AssetKey, String> assets = new LinkedHashMap<>();
        Map<String, List<String>> partitions = new LinkedHashMap<>();
        Map<AssetKey, List<String>> byAsset = new LinkedHashMap<>();
        for (AssetKey key : new TreeSet<>(selected)) {
            AssetDefinition def = definitions.assets().get(key);
            if (def == null) {
                problems.add("no asset " + key + " in the project");
                continue;
            }
            if (def.source()) {
                continue;
            }
            if (def.partitions().isEmpty()) {
                assets.put(key, null);
                byAsset.put(key, Collections.singletonList(null));
                continue;
            }
            PartitionsDefinition p = def.partitions().get();
            String name = names.computeIfAbsent(p, d -> uniqueName(d, names.values()));
            if (!partitions.containsKey(name)) {
                List<String> keys = request.partitions(p).orElseGet(() -> p.keys(now));
                for (String k : keys) {
                    if (!p.contains(k, now)) {
                        problems.add("partition key " + k + " is not a partition of " + name + " (asset " + key + ")");
                    }
                }
                partitions.put(name, List.copyOf(keys));
            }
            assets.put(key, name);
            byAsset.put(key, partitions.get(name));
        }
        for (PartitionsDefinition narrowed : request.partitions().keySet()) {
            if (!names.containsKey(narrowed)) {
                problems.add("partitions " + narrowed.describe() + " were given, but no selected asset has them");
            }
        }
        if (problems.isEmpty() && assets.isEmpty()) {
            problems.add("the selection holds no asset to materialize");
        }
        if (problems.isEmpty()) {
            partitions.forEach((name, keys) -> {
                if (keys.isEmpty()) {
                    problems.add("no partition of " + name + " to materialize");
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems);
        }
        return new Targets(assets, partitions, byAsset);
    }

    /** What a retry of {@code targets} runs: each asset with the partitions to run again. */
    static Map<AssetKey, List<String>> byAsset(Collection<StepKey> targets) {
        Map<AssetKey, List<String>> byAsset = new LinkedHashMap<>();
        for (StepKey step : targets) {
            byAsset.computeIfAbsent(step.asset(), k -> new ArrayList<>()).add(step.partition());
        }
        return byAsset;
    }

    private static String uniqueName(PartitionsDefinition definition, Collection<String> taken) {
        String name = definition.describe();
        int n = 2;
        while (taken.contains(name)) {
            name = definition.describe() + " #" + n++;
        }
        return name;
    }
}
