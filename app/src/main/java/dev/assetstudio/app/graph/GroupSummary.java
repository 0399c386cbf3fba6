package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a collapsed group's card says about its assets: how many there are in each state, and how healthy the
 * partitions of its partitioned assets are. The states are the session's (the engine's words); this only counts them.
 *
 * @param assets how many assets the group has
 * @param states how many are in each state (sources counted as {@link AssetStatus.State#SOURCE} unless running)
 * @param partitioned how many of them have partitions
 * @param partitions the summed shares of their partitions (materialized, failed, missing), or zero without any
 */
public record GroupSummary(
        int assets, Map<AssetStatus.State, Integer> states, int partitioned, PartitionBar partitions) {

    public GroupSummary {
        states = Map.copyOf(states);
    }

    /** How many assets are in {@code state}. */
    public int count(AssetStatus.State state) {
        return states.getOrDefault(state, 0);
    }

    /** Counts the states of every group of {@code project}; a few milliseconds for 10,000 assets. */
    public static Map<String, GroupSummary> of(
            Project project, Function<AssetKey, AssetStatus> statuses, Map<AssetKey, PartitionBar> bars) {
        return of(project, project.groups(), statuses, bars);
    }

    /** Like {@link #of(Project, Function, Map)} with the project's groups already at hand ({@code Project.groups()}). */
    public static Map<String, GroupSummary> of(
            Project project,
            Map<String, List<AssetKey>> groups,
            Function<AssetKey, AssetStatus> statuses,
            Map<AssetKey, PartitionBar> bars) {
        return of(groups, key -> project.asset(key).source(), statuses, bars);
    }

    /**
     * Like {@link #of(Project, Map, Function, Map)} with the project's source assets at hand too: the view that
     * recounts on every change of status keeps them per project.
     */
    public static Map<String, GroupSummary> of(
            Map<String, List<AssetKey>> groups,
            Predicate<AssetKey> source,
            Function<AssetKey, AssetStatus> statuses,
            Map<AssetKey, PartitionBar> bars) {
        Map<String, GroupSummary> out = new HashMap<>();
        for (Map.Entry<String, List<AssetKey>> group : groups.entrySet()) {
            Map<AssetStatus.State, Integer> states = new EnumMap<>(AssetStatus.State.class);
            int partitioned = 0;
            double ok = 0;
            double failed = 0;
            double missing = 0;
            for (AssetKey key : group.getValue()) {
                AssetStatus status = statuses.apply(key);
                AssetStatus.State state = status == null ? AssetStatus.State.MISSING : status.state();
                if (state != AssetStatus.State.RUNNING && source.test(key)) {
                    state = AssetStatus.State.SOURCE;
                }
                states.merge(state, 1, Integer::sum);
                PartitionBar bar = bars.get(key);
                if (bar != null) {
                    partitioned++;
                    ok += bar.materialized();
                    failed += bar.failed();
                    missing += bar.missing();
                }
            }
            out.put(
                    group.getKey(),
                    new GroupSummary(
                            group.getValue().size(),
                            states,
                            partitioned,
                            partitioned == 0 ? null : new PartitionBar(ok, failed, missing)));
        }
        return out;
    }
}
