package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits a selection whose assets have different partitions into runs the engine accepts: one run takes one
 * partition key or range, so the unpartitioned assets and each {@link PartitionsDefinition}'s assets go apart.
 *
 * <p>The parts are ordered in <em>stages</em> so that an asset never runs before a selected asset it depends on:
 * an asset's stage is the highest stage of its selected upstream assets, plus one where the upstream belongs to
 * another part. Stage {@code n + 1} starts once every run of stage {@code n} succeeded. A graph that goes
 * unpartitioned → daily → unpartitioned gives three stages, each unpartitioned stage a run of its own.
 *
 * <pre>{@code
 * List<RunSplit.Part> parts = RunSplit.of(project.select(selection), project::asset);
 * }</pre>
 */
public final class RunSplit {

    /**
     * The assets of one run.
     *
     * @param stage when it runs: after every part of a lower stage
     * @param partitions their partitions, or empty for unpartitioned assets
     * @param keys the assets, sorted
     */
    public record Part(int stage, Optional<PartitionsDefinition> partitions, Set<AssetKey> keys) {
        public Part {
            Objects.requireNonNull(partitions, "partitions");
            keys = Set.copyOf(keys);
        }

        /** The keys in order, e.g. for a selection text or a heading. */
        public List<AssetKey> sortedKeys() {
            return List.copyOf(new TreeSet<>(keys));
        }
    }

    private RunSplit() {}

    /**
     * The parts of {@code keys}, by stage and then unpartitioned first; a single part when they all share their
     * partitions (or have none).
     */
    public static List<Part> of(Collection<AssetKey> keys, Function<AssetKey, AssetDefinition> assets) {
        Set<AssetKey> selected = new TreeSet<>(keys);
        Map<AssetKey, Integer> stages = new HashMap<>();
        for (AssetKey key : selected) {
            stage(key, selected, assets, stages);
        }
        // (stage, partitions) → keys; LinkedHashMap over a sorted walk keeps the order reproducible.
        Map<Integer, Map<Optional<PartitionsDefinition>, Set<AssetKey>>> grouped = new java.util.TreeMap<>();
        for (AssetKey key : selected) {
            grouped.computeIfAbsent(stages.get(key), s -> new LinkedHashMap<>())
                    .computeIfAbsent(assets.apply(key).partitions(), p -> new TreeSet<>())
                    .add(key);
        }
        List<Part> parts = new ArrayList<>();
        grouped.forEach((stage, byPartitions) -> {
            byPartitions.entrySet().stream()
                    .sorted((a, b) ->
                            Boolean.compare(a.getKey().isPresent(), b.getKey().isPresent()))
                    .forEach(e -> parts.add(new Part(stage, e.getKey(), e.getValue())));
        });
        return parts;
    }

    private static int stage(
            AssetKey key,
            Set<AssetKey> selected,
            Function<AssetKey, AssetDefinition> assets,
            Map<AssetKey, Integer> stages) {
        Integer known = stages.get(key);
        if (known != null) {
            return known;
        }
        AssetDefinition asset = assets.apply(key);
        int stage = 0;
        // The asset graph is a DAG (the engine refuses cycles), so this recursion ends.
        for (AssetKey up : asset.upstreamKeys()) {
            if (selected.contains(up)) {
                boolean samePart = assets.apply(up).partitions().equals(asset.partitions());
                stage = Math.max(stage, stage(up, selected, assets, stages) + (samePart ? 0 : 1));
            }
        }
        stages.put(key, stage);
        return stage;
    }
}
