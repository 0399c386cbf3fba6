package dev.assetstudio.engine.status;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.graph.AssetStaleness;
import dev.assetstudio.engine.history.PartitionStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that turn what history says into one {@link AssetStatus} per asset, in this order: a
 * source is a source; a running step wins; then a failure (of the asset, or of any partition's latest
 * step); then a conditional asset its last run did not materialize; then, for a partitioned asset,
 * none or only some partitions materialized; then staleness (missing, stale, fresh).
 */
public final class AssetStatuses {
    private AssetStatuses() {}

    /**
     * The status of each of {@code assets}, in their order.
     *
     * @param staleness by key, as {@link dev.assetstudio.engine.graph.Staleness} computes it
     * @param latestOutcomes the type of each asset's latest terminal step event
     * @param latestMaterializations each asset's newest materialization
     * @param partitionStatuses the latest outcome of each partition of a partitioned asset
     * @param running the assets with a step running now
     * @param now the present, for the partitions of time partitioned assets
     */
    public static Map<AssetKey, AssetStatus> of(
            Collection<AssetDefinition> assets,
            Map<AssetKey, AssetStaleness> staleness,
            Map<AssetKey, StepEventType> latestOutcomes,
            Map<AssetKey, Materialization> latestMaterializations,
            Function<AssetKey, Map<String, PartitionStatus>> partitionStatuses,
            Set<AssetKey> running,
            Instant now) {
        Map<AssetKey, AssetStatus> result = new LinkedHashMap<>();
        for (AssetDefinition def : assets) {
            Materialization last = latestMaterializations.get(def.key());
            Instant time = last == null ? null : last.timestamp();
            AssetStaleness stale = staleness.getOrDefault(def.key(), AssetStaleness.missing());
            AssetStatus.PartitionCounts counts = def.partitions().isPresent() && !def.source()
                    ? counts(def.partitions().get(), partitionStatuses.apply(def.key()), now)
                    : null;
            result.put(
                    def.key(),
                    status(def, stale, latestOutcomes.get(def.key()), time, counts, running.contains(def.key())));
        }
        return result;
    }

    private static AssetStatus status(
            AssetDefinition def,
            AssetStaleness stale,
            StepEventType outcome,
            Instant time,
            AssetStatus.PartitionCounts counts,
            boolean running) {
        if (def.source()) {
            return new AssetStatus(AssetStatus.State.SOURCE, stale.reason(), time, null);
        }
        if (running) {
            return new AssetStatus(AssetStatus.State.RUNNING, "a run is materializing it now", time, counts);
        }
        if (counts != null) {
            return partitioned(stale, outcome, time, counts);
        }
        if (outcome == StepEventType.FAILED) {
            return new AssetStatus(AssetStatus.State.FAILED, "its latest run failed", time, null);
        }
        if (outcome == StepEventType.NOT_MATERIALIZED) {
            return new AssetStatus(
                    AssetStatus.State.NOT_MATERIALIZED,
                    "its latest run evaluated it and it returned no value (a conditional asset)"
                            + (time == null ? "" : "; an earlier value is kept"),
                    time,
                    null);
        }
        return new AssetStatus(state(stale.state()), stale.reason(), time, null);
    }

    private static AssetStatus partitioned(
            AssetStaleness stale, StepEventType outcome, Instant time, AssetStatus.PartitionCounts counts) {
        if (counts.failed() > 0) {
            return new AssetStatus(
                    AssetStatus.State.FAILED,
                    counts.failed() + " of " + counts.total() + " partitions failed in their latest run",
                    time,
                    counts);
        }
        if (counts.materialized() == 0) {
            return outcome == StepEventType.NOT_MATERIALIZED
                    ? new AssetStatus(
                            AssetStatus.State.NOT_MATERIALIZED,
                            "its latest run evaluated it and it returned no value (a conditional asset)",
                            time,
                            counts)
                    : new AssetStatus(AssetStatus.State.MISSING, "no partition materialized yet", time, counts);
        }
        if (counts.materialized() < counts.total()) {
            return new AssetStatus(
                    AssetStatus.State.PARTIAL,
                    counts.materialized() + " of " + counts.total() + " partitions are materialized",
                    time,
                    counts);
        }
        return new AssetStatus(state(stale.state()), stale.reason(), time, counts);
    }

    private static AssetStatus.PartitionCounts counts(
            PartitionsDefinition partitions, Map<String, PartitionStatus> statuses, Instant now) {
        Set<String> keys = new java.util.HashSet<>(partitions.keys(now));
        int materialized = 0;
        int failed = 0;
        for (PartitionStatus s : statuses.values()) {
            if (!keys.contains(s.partition())) {
                continue; // a partition no longer defined does not count
            }
            if (s.state() == PartitionStatus.State.MATERIALIZED) {
                materialized++;
            } else {
                failed++;
            }
        }
        return new AssetStatus.PartitionCounts(materialized, failed, keys.size());
    }

    private static AssetStatus.State state(AssetStaleness.State state) {
        return switch (state) {
            case MISSING -> AssetStatus.State.MISSING;
            case FRESH -> AssetStatus.State.FRESH;
            case STALE -> AssetStatus.State.STALE;
            case SOURCE -> AssetStatus.State.SOURCE;
        };
    }
}
