package dev.assetstudio.app.graph.layout.bench;

import dev.assetstudio.app.graph.layout.LayoutGraph;
import java.util.Random;

/**
 * Deterministic synthetic asset graphs for benchmarks and tests: layered DAGs shaped like real
 * pipelines (mostly short edges to nearby nodes, some skipping layers, groups owning regions).
 */
public final class SyntheticGraphs {

    /** Node size used by the generator, about that of an asset card. */
    public static final double NODE_WIDTH = 160;

    public static final double NODE_HEIGHT = 40;

    private SyntheticGraphs() {}

    /**
     * A DAG of {@code nodes} nodes ({@code n0, n1, …}) spread evenly over {@code layers} layers; every
     * node below the first layer gets 1–3 upstream nodes, usually from the layer just above and close
     * to its own relative position, sometimes 2 or 3 layers up. Groups ({@code group-0 …}) tile the
     * graph as a grid of layer bands × columns, so each group is a connected-ish region.
     */
    public static LayoutGraph layeredDag(int nodes, int layers, int groups, long seed) {
        if (nodes < 1 || layers < 1 || groups < 1) {
            throw new IllegalArgumentException("nodes, layers and groups must be >= 1");
        }
        layers = Math.min(layers, nodes);
        Random random = new Random(seed);
        int bands = Math.max(1, (int) Math.round(Math.sqrt(groups / 1.25)));
        int columns = (groups + bands - 1) / bands;
        int[] layerStart = new int[layers + 1];
        for (int l = 0; l <= layers; l++) {
            layerStart[l] = (int) ((long) nodes * l / layers);
        }
        LayoutGraph.Builder builder = LayoutGraph.builder();
        for (int l = 0; l < layers; l++) {
            int size = layerStart[l + 1] - layerStart[l];
            int band = l * bands / layers;
            for (int i = 0; i < size; i++) {
                int column = i * columns / size;
                int group = Math.min(groups - 1, band * columns + column);
                builder.node("n" + (layerStart[l] + i), "group-" + group, NODE_WIDTH, NODE_HEIGHT);
            }
        }
        for (int l = 1; l < layers; l++) {
            int size = layerStart[l + 1] - layerStart[l];
            for (int i = 0; i < size; i++) {
                int fanIn = 1 + random.nextInt(3);
                double relative = (i + 0.5) / size;
                for (int k = 0; k < fanIn; k++) {
                    double r = random.nextDouble();
                    int back = Math.min(l, r < 0.75 ? 1 : r < 0.92 ? 2 : 3);
                    int from = layerStart[l - back];
                    int fromSize = layerStart[l - back + 1] - from;
                    int j = (int) Math.round(relative * fromSize + random.nextGaussian() * fromSize * 0.04);
                    j = Math.max(0, Math.min(fromSize - 1, j));
                    builder.edge("n" + (from + j), "n" + (layerStart[l] + i));
                }
            }
        }
        return builder.build();
    }
}
