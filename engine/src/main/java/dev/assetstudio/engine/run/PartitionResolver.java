package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which partitions each selected asset materializes: {@code [null]} for an unpartitioned
 * asset, the request's key, or every key of the request's range.
 *
 * <p>A range whose ends are not keys of a time-partitioned asset (a daily range over a monthly
 * asset) is read as a time span: the span of the range in another selected asset that has both ends
 * as keys, and the asset gets every partition overlapping it. So a backfill of July's days plus
 * the monthly rollup plans 31 daily steps and one monthly step.
 */
final class PartitionResolver {
    private final List<AssetDefinition> assets;

    PartitionResolver(List<AssetDefinition> assets) {
        this.assets = assets;
    }

    Map<AssetKey, List<String>> resolve(RunRequest request, List<String> problems) {
        Map<AssetKey, List<String>> partitions = new LinkedHashMap<>();
        boolean anyPartitioned = false;
        for (AssetDefinition def : assets) {
            if (def.partitions().isEmpty()) {
                partitions.put(def.key(), Arrays.asList((String) null));
                continue;
            }
            anyPartitioned = true;
            partitions.put(def.key(), partitionsOf(def, def.partitions().get(), request, problems));
        }
        if (!anyPartitioned
                && (request.partitionKey().isPresent()
                        || request.partitionRange().isPresent())) {
            problems.add("the run request names partitions ("
                    + request.partitionKey()
                            .orElseGet(() -> request.partitionRange().get().toString())
                    + ") but no selected asset is partitioned");
        }
        return partitions;
    }

    private List<String> partitionsOf(
            AssetDefinition def, PartitionsDefinition partitions, RunRequest request, List<String> problems) {
        if (request.partitionKey().isPresent()) {
            String key = request.partitionKey().get();
            if (!partitions.contains(key)) {
                problems.add("partition key " + key + " is not a partition of asset " + def.key());
                return List.of();
            }
            return List.of(key);
        }
        if (request.partitionRange().isEmpty()) {
            problems.add("asset " + def.key() + " is partitioned: give a partition key or range");
            return List.of();
        }
        RunRequest.PartitionRange range = request.partitionRange().get();
        if (partitions.contains(range.from()) && partitions.contains(range.to())) {
            List<String> keys = partitions.keysBetween(range.from(), range.to());
            if (keys.isEmpty()) {
                problems.add("partition range " + range + " of asset " + def.key() + " is empty");
            }
            return keys;
        }
        Optional<List<String>> bySpan =
                partitions.isTimeBased() ? overlappingSpan(partitions, range) : Optional.empty();
        if (bySpan.isPresent() && !bySpan.get().isEmpty()) {
            return bySpan.get();
        }
        String missing = partitions.contains(range.from()) ? range.to() : range.from();
        problems.add("partition range " + range + " does not fit asset " + def.key() + ": " + missing
                + " is not one of its partitions");
        return List.of();
    }

    private Optional<List<String>> overlappingSpan(PartitionsDefinition partitions, RunRequest.PartitionRange range) {
        for (AssetDefinition other : assets) {
            Optional<PartitionsDefinition> p = other.partitions();
            if (p.isEmpty()
                    || !p.get().isTimeBased()
                    || !p.get().contains(range.from())
                    || !p.get().contains(range.to())) {
                continue;
            }
            var first = p.get().timeWindow(range.from()).orElseThrow();
            var last = p.get().timeWindow(range.to()).orElseThrow();
            List<String> keys = new ArrayList<>();
            for (String k : partitions.keys()) {
                partitions
                        .timeWindow(k)
                        .filter(w -> w.start().isBefore(last.end()) && w.end().isAfter(first.start()))
                        .ifPresent(w -> keys.add(k));
            }
            return Optional.of(keys);
        }
        return Optional.empty();
    }
}
