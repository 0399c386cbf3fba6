package dev.assetstudio.app.graph.layout;

import java.util.List;

/**
 * Thrown when a graph given to the layered layout is not a DAG; names the whole cycle so the user
 * can find it ({@code a -> b -> a}).
 */
public final class CycleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> cycle;

    /** @param cycle the node ids along the cycle, the first repeated at the end */
    public CycleException(List<String> cycle) {
        super("the graph has a dependency cycle: " + String.join(" -> ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** Node ids along the cycle; the first id is repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
