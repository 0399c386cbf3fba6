package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.model.RunPlanningException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kahn's algorithm over the selected assets only (edges to unselected assets are read from
 * storage, not waited for); ties break by key so that plans are reproducible. The planner does not
 * use the project's graph, so that it works from the definitions alone.
 */
final class TopologicalOrder {
    private TopologicalOrder() {}

    static List<AssetDefinition> of(List<AssetDefinition> assets) {
        Map<AssetKey, AssetDefinition> byKey = new TreeMap<>();
        assets.forEach(a -> byKey.put(a.key(), a));
        Map<AssetKey, Integer> waiting = new HashMap<>();
        Map<AssetKey, List<AssetKey>> downstream = new HashMap<>();
        for (AssetDefinition a : byKey.values()) {
            int count = 0;
            for (AssetKey up : a.upstreamKeys()) {
                if (byKey.containsKey(up)) {
                    count++;
                    downstream.computeIfAbsent(up, k -> new ArrayList<>()).add(a.key());
                }
            }
            waiting.put(a.key(), count);
        }
        TreeSet<AssetKey> ready = new TreeSet<>();
        waiting.forEach((k, n) -> {
            if (n == 0) {
                ready.add(k);
            }
        });
        List<AssetDefinition> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            AssetKey next = ready.pollFirst();
            order.add(byKey.get(next));
            for (AssetKey d : downstream.getOrDefault(next, List.of())) {
                if (waiting.merge(d, -1, Integer::sum) == 0) {
                    ready.add(d);
                }
            }
        }
        if (order.size() != byKey.size()) {
            List<AssetKey> stuck =
                    byKey.keySet().stream().filter(k -> waiting.get(k) > 0).toList();
            throw new RunPlanningException("the selected assets " + stuck + " depend on each other in a cycle");
        }
        return order;
    }
}
