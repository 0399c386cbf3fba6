package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.graph.AssetGraph;
import java.util.Set;

/**
 * Which assets are lit because they lie upstream or downstream of the selection; everything else is
 * dimmed. The closures come from the engine's {@link AssetGraph}, so the view shows exactly what a run
 * "with upstream" or "downstream" would take.
 *
 * @param selected the selection
 * @param upstream {@code AssetGraph.allUpstream(selected)} (includes the selection)
 * @param downstream {@code AssetGraph.allDownstream(selected)} (includes the selection)
 */
public record Highlight(Set<AssetKey> selected, Set<AssetKey> upstream, Set<AssetKey> downstream) {

    /** Nothing selected: nothing dimmed. */
    public static final Highlight NONE = new Highlight(Set.of(), Set.of(), Set.of());

    public Highlight {
        selected = Set.copyOf(selected);
        upstream = Set.copyOf(upstream);
        downstream = Set.copyOf(downstream);
    }

    /** The highlight of {@code selected} in {@code graph}; keys no longer in the graph are ignored. */
    public static Highlight of(AssetGraph graph, Set<AssetKey> selected) {
        Set<AssetKey> known =
                Set.copyOf(selected.stream().filter(graph::contains).toList());
        if (known.isEmpty()) {
            return NONE;
        }
        return new Highlight(known, graph.allUpstream(known), graph.allDownstream(known));
    }

    /** Whether anything is selected (so the rest is dimmed). */
    public boolean active() {
        return !selected.isEmpty();
    }

    /** Whether {@code key} is drawn at full strength. */
    public boolean lit(AssetKey key) {
        return !active() || upstream.contains(key) || downstream.contains(key);
    }

    /** Whether the edge {@code from → to} lies on a path into or out of the selection. */
    public boolean onPath(AssetKey from, AssetKey to) {
        return active()
                && ((upstream.contains(from) && upstream.contains(to))
                        || (downstream.contains(from) && downstream.contains(to)));
    }
}
