package dev.assetstudio.app.graph.layout;

/**
 * The default layout, Sugiyama style, keeping groups compact ({@link CompoundLayout}): each group's
 * interior is laid out on its own, layers by dependency depth ({@link LayerAssignment}), crowded
 * layers wrapped into several columns ({@link LayerWrapping}), dummy nodes on long edges ({@link
 * LayeredGraph}), barycenter sweeps with transposition ({@link CrossingReduction}), coordinates
 * pulled towards neighbours ({@link CoordinateAssignment}); then the groups are placed as a layered
 * graph of boxes, and edges between groups run through the gaps between the boxes. Groups that feed
 * each other share one box area and are laid out together in lanes.
 *
 * <p>Group boxes never overlap and hold no other group's card. Cards never overlap. The layout does
 * not depend on the order nodes and edges were added in.
 *
 * @throws CycleException from {@link #layout} if the graph is not a DAG
 */
public final class LayeredLayout implements LayoutAlgorithm {

    private final boolean compound;

    /** The compound layout with wrapped layers: the default. */
    public LayeredLayout() {
        this(true);
    }

    private LayeredLayout(boolean compound) {
        this.compound = compound;
    }

    /**
     * The earlier layered layout, kept as a baseline for benchmarks and tests: global layers, every
     * group in a lane across all of them, no wrapping (a crowded group becomes a tall strip).
     */
    public static LayeredLayout groupLanes() {
        return new LayeredLayout(false);
    }

    @Override
    public GraphLayout layout(LayoutGraph graph, LayoutOptions options) {
        return CompoundLayout.layout(graph, options, compound, compound);
    }
}
