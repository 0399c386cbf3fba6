package dev.assetstudio.api;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps values in memory for the run that produced them; for tests and for intermediate values not
 * worth storing. The engine calls {@link #clearRun(String)} when a run ends, so nothing outlives its
 * run and a later run cannot read stale values.
 *
 * <pre>{@code
 * Definitions.builder().resource("io_manager", new InMemoryIOManager()).build();
 * }</pre>
 *
 * <p>Thread-safe. Partitioned inputs follow the same rule as {@link PathIOManager}: one value for a
 * partitioned step reading one partition, otherwise a map sorted by partition key.
 */
public final class InMemoryIOManager implements IOManager {
    /** Wraps values because concurrent maps refuse {@code null}, which an asset may return. */
    private record Stored(Object value) {}

    private final Map<String, Map<List<String>, Stored>> runs = new ConcurrentHashMap<>();

    @Override
    public void handleOutput(OutputContext context, Object value) {
        runs.computeIfAbsent(context.runId(), run -> new ConcurrentHashMap<>())
                .put(context.assetIdentifier(), new Stored(value));
    }

    @Override
    public Object loadInput(InputContext context) {
        String runId = context.upstreamOutput().runId();
        Map<List<String>, Stored> values = runs.getOrDefault(runId, Map.of());
        AssetKey key = context.assetKey();
        if (PartitionedLoad.loadsSingleValue(context)) {
            Stored stored = values.get(context.assetIdentifier());
            if (stored == null) {
                throw missing(
                        key,
                        context.hasAssetPartitions()
                                ? context.assetPartitionKeys().get(0)
                                : null,
                        runId);
            }
            return stored.value();
        }
        return PartitionedLoad.loadMap(
                context,
                partition -> {
                    Stored stored = values.get(ContextSupport.assetIdentifier(key, partition));
                    return stored == null ? PartitionedLoad.MISSING : stored.value();
                },
                partition -> missing(key, partition, runId));
    }

    private static NoSuchElementException missing(AssetKey key, String partition, String runId) {
        return new NoSuchElementException("asset " + key + (partition == null ? "" : " partition " + partition)
                + " has no value in memory for run " + runId
                + "; InMemoryIOManager keeps values for one run only, so materialize it in the same run");
    }

    /** Forgets every value of {@code runId}. */
    public void clearRun(String runId) {
        runs.remove(runId);
    }

    /** Whether values of {@code runId} are held; lets tests check that runs are cleared. */
    public boolean hasRun(String runId) {
        return runs.containsKey(runId);
    }
}
