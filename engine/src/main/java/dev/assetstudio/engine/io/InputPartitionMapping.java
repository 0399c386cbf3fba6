package dev.assetstudio.engine.io;

import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Which partitions of an upstream asset a downstream step reads (Dagster's default partition
 * mappings):
 *
 * <ul>
 *   <li>unpartitioned upstream: none (the one value);
 *   <li>unpartitioned downstream of a partitioned upstream: every key of the upstream's definition
 *       up to now (Dagster's {@code AllPartitionMapping}); the I/O manager loads those that exist;
 *   <li>the same partitions: the same key (identity);
 *   <li>two time partitionings (daily into weekly or monthly, or the reverse): the upstream keys
 *       whose time window overlaps the downstream key's window, so a month reads its days and a
 *       day reads its month (Dagster's {@code TimeWindowPartitionMapping});
 *   <li>other partitionings (static, mixed): the same key when the upstream has it, else an error.
 * </ul>
 */
public final class InputPartitionMapping {
    private final Supplier<Instant> clock;

    /**
     * A mapping that reads time partitions up to the present, read at each call: a project open all
     * day must see the partitions whose windows ended since it opened.
     */
    public InputPartitionMapping() {
        this.clock = Instant::now;
    }

    /** A mapping whose "up to now" is always {@code now} (for tests and reproducible plans). */
    public InputPartitionMapping(Instant now) {
        Objects.requireNonNull(now, "now");
        this.clock = () -> now;
    }

    /**
     * The partitions of {@code upstream} read by the step of {@code downstream} in {@code
     * downstreamPartition} ({@code null} when the downstream is unpartitioned).
     *
     * @throws IllegalArgumentException naming both assets when no mapping applies
     */
    public List<String> upstreamPartitions(
            AssetDefinition downstream, String downstreamPartition, AssetDefinition upstream) {
        if (upstream.partitions().isEmpty()) {
            return List.of();
        }
        PartitionsDefinition up = upstream.partitions().get();
        if (downstreamPartition == null || downstream.partitions().isEmpty()) {
            return up.keys(clock.get());
        }
        PartitionsDefinition down = downstream.partitions().get();
        if (up.equals(down)) {
            return List.of(downstreamPartition);
        }
        if (up.isTimeBased() && down.isTimeBased()) {
            return overlapping(up, down, downstreamPartition);
        }
        if (up.contains(downstreamPartition)) {
            return List.of(downstreamPartition);
        }
        throw new IllegalArgumentException("asset " + downstream.key() + " partition " + downstreamPartition
                + " has no matching partition in its upstream " + upstream.key()
                + "; give both assets the same partitions");
    }

    private List<String> overlapping(PartitionsDefinition up, PartitionsDefinition down, String downstreamPartition) {
        var window = down.timeWindow(downstreamPartition)
                .orElseThrow(
                        () -> new IllegalArgumentException("partition " + downstreamPartition + " has no time window"));
        return up.keys(clock.get()).stream()
                .filter(k -> up.timeWindow(k)
                        .map(w -> w.start().isBefore(window.end()) && w.end().isAfter(window.start()))
                        .orElse(false))
                .toList();
    }
}
