package dev.assetstudio.app.partitions;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.history.PartitionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of every partition of one asset: its definition's keys (up to now) joined with the
 * latest outcome history has for each, as contiguous runs of one state. A pure model: no JavaFX,
 * no SQL; {@link #load} is the one call that reads history, and it belongs off the FX thread.
 *
 * <pre>{@code
 * PartitionHealth health = PartitionHealth.load(project, AssetKey.of("dailySales")); // background
 * health.counts().summary();  // "10 materialized · 1 failed · 3 missing of 14"
 * for (PartitionHealth.Range r : health.ranges()) {
 *     // a mini bar: x from r.start() / size() to (r.end() + 1) / size() of the width, coloured by r.state()
 * }
 * }</pre>
 */
public final class PartitionHealth {
    private final List<String> keys;
    private final Map<String, Integer> indexes;
    private final PartitionState[] states;
    private final Map<String, PartitionStatus> statuses;
    private final boolean timeBased;
    private final List<Range> ranges;
    private final Counts counts;

    private PartitionHealth(List<String> keys, Map<String, PartitionStatus> statuses, boolean timeBased) {
        this.keys = List.copyOf(keys);
        this.timeBased = timeBased;
        this.indexes = new HashMap<>(keys.size() * 2);
        this.states = new PartitionState[keys.size()];
        Map<String, PartitionStatus> known = new HashMap<>();
        for (int i = 0; i < this.keys.size(); i++) {
            String key = this.keys.get(i);
            indexes.put(key, i);
            PartitionStatus status = statuses.get(key);
            // history may hold partitions the definition no longer has (an end moved): ignore those
            if (status != null) {
                known.put(key, status);
            }
            states[i] = status == null
                    ? PartitionState.MISSING
                    : status.state() == PartitionStatus.State.MATERIALIZED
                            ? PartitionState.MATERIALIZED
                            : PartitionState.FAILED;
        }
        this.statuses = Map.copyOf(known);
        this.ranges = computeRanges();
        this.counts = computeCounts();
    }

    /**
     * The health of {@code keys} (in the definition's order) given history's {@code statuses}.
     *
     * @param timeBased whether the keys are time windows (ranges then read as spans of time)
     */
    public static PartitionHealth of(List<String> keys, Map<String, PartitionStatus> statuses, boolean timeBased) {
        return new PartitionHealth(
                Objects.requireNonNull(keys, "keys"), Objects.requireNonNull(statuses, "statuses"), timeBased);
    }

    /** The health of an unpartitioned asset: no keys. */
    public static PartitionHealth empty() {
        return of(List.of(), Map.of(), false);
    }

    /**
     * Reads {@code key}'s partitions and their history. Blocking (SQL): call it off the FX thread.
     *
     * @return empty when the asset is not partitioned
     */
    public static Optional<PartitionHealth> load(Project project, AssetKey key) {
        Optional<PartitionsDefinition> partitions = project.asset(key).partitions();
        if (partitions.isEmpty()) {
            return Optional.empty();
        }
        PartitionsDefinition definition = partitions.get();
        return Optional.of(of(definition.keys(), project.history().partitionStatuses(key), definition.isTimeBased()));
    }

    /**
     * The partitions of several assets that share one partitions definition, counted over all of them
     * (the engine decides how: {@link Project#partitionStatuses(java.util.Collection)}). Blocking: off
     * the FX thread.
     *
     * @return empty when the first asset is not partitioned
     */
    public static Optional<PartitionHealth> load(Project project, java.util.Collection<AssetKey> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartitionsDefinition> partitions =
                project.asset(keys.iterator().next()).partitions();
        if (partitions.isEmpty()) {
            return Optional.empty();
        }
        PartitionsDefinition definition = partitions.get();
        return Optional.of(of(definition.keys(), project.partitionStatuses(keys), definition.isTimeBased()));
    }

    /** Every partition key, in the definition's order. */
    public List<String> keys() {
        return keys;
    }

    public int size() {
        return keys.size();
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public boolean timeBased() {
        return timeBased;
    }

    /** The position of {@code key} in {@link #keys()}, or -1. */
    public int indexOf(String key) {
        return indexes.getOrDefault(key, -1);
    }

    public PartitionState state(int index) {
        return states[index];
    }

    /** The state of {@code key}; {@link PartitionState#MISSING} for a key the definition lacks. */
    public PartitionState state(String key) {
        int i = indexOf(key);
        return i < 0 ? PartitionState.MISSING : states[i];
    }

    /** History's latest outcome of {@code key} (time, run, duration), if any. */
    public Optional<PartitionStatus> status(String key) {
        return Optional.ofNullable(statuses.get(key));
    }

    /** Maximal runs of neighbouring partitions in one state, in key order; they cover every key. */
    public List<Range> ranges() {
        return ranges;
    }

    /** The ranges in {@code state}, in key order. */
    public List<Range> ranges(PartitionState state) {
        return ranges.stream().filter(r -> r.state() == state).toList();
    }

    /** The keys in {@code state}, in key order. */
    public List<String> keys(PartitionState state) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            if (states[i] == state) {
                out.add(keys.get(i));
            }
        }
        return out;
    }

    public Counts counts() {
        return counts;
    }

    private List<Range> computeRanges() {
        List<Range> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= states.length; i++) {
            if (i == states.length || states[i] != states[start]) {
                out.add(new Range(start, i - 1, states[start], keys.get(start), keys.get(i - 1)));
                start = i;
            }
        }
        return List.copyOf(out);
    }

    private Counts computeCounts() {
        int materialized = 0;
        int failed = 0;
        for (PartitionState s : states) {
            if (s == PartitionState.MATERIALIZED) {
                materialized++;
            } else if (s == PartitionState.FAILED) {
                failed++;
            }
        }
        return new Counts(materialized, failed, states.length - materialized - failed);
    }

    @Override
    public String toString() {
        return "PartitionHealth[" + counts.summary() + "]";
    }

    /**
     * Neighbouring partitions in one state.
     *
     * @param start index of the first partition
     * @param end index of the last partition, included
     * @param state their state
     * @param firstKey the key at {@code start}
     * @param lastKey the key at {@code end}
     */
    public record Range(int start, int end, PartitionState state, String firstKey, String lastKey) {
        /** How many partitions it holds. */
        public int length() {
            return end - start + 1;
        }

        /** {@code 2024-01-01…2024-01-10 materialized}, or {@code 2024-01-11 failed} for one key. */
        public String describe() {
            return (start == end ? firstKey : firstKey + "…" + lastKey) + " " + state.label();
        }
    }

    /**
     * How many partitions are in each state.
     *
     * @param materialized those materialized
     * @param failed those whose latest step failed
     * @param missing those never materialized
     */
    public record Counts(int materialized, int failed, int missing) {
        public int total() {
            return materialized + failed + missing;
        }

        public int of(PartitionState state) {
            return switch (state) {
                case MATERIALIZED -> materialized;
                case FAILED -> failed;
                case MISSING -> missing;
            };
        }

        /** {@code 10 materialized · 1 failed · 3 missing of 14}. */
        public String summary() {
            return materialized + " materialized · " + failed + " failed · " + missing + " missing of " + total();
        }
    }
}
