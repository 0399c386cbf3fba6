package dev.assetstudio.app.graph.layout;

/** The layouts the studio offers; {@link #algorithm()} is the factory. */
public enum LayoutKind {
    /** Layers by dependency depth, groups kept together; the default for asset graphs. */
    LAYERED,
    /** Spring embedding (Fruchterman–Reingold); shows clusters, ignores direction. */
    FORCE_DIRECTED,
    /** Nodes on a circle, grouped. */
    CIRCULAR;

    public LayoutAlgorithm algorithm() {
        return switch (this) {
            case LAYERED -> new LayeredLayout();
            case FORCE_DIRECTED -> new ForceDirectedLayout();
            case CIRCULAR -> new CircularLayout();
        };
    }
}
