package dev.assetstudio.bench;

import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A deterministic synthetic asset DAG: keys {@code n0 … n<N-1>} in topological order (every edge
 * goes from a lower to a higher index), a group per node and a sleep per node (0 for no-op assets).
 */
final class SyntheticDag {
    private final String[] keys;
    private final String[] groups;
    private final int[][] upstream;
    private final int[] sleepMillis;

    private SyntheticDag(String[] keys, String[] groups, int[][] upstream, int[] sleepMillis) {
        this.keys = keys;
        this.groups = groups;
        this.upstream = upstream;
        this.sleepMillis = sleepMillis;
    }

    /**
     * The studio's layout benchmark graph ({@link SyntheticGraphs#layeredDag}): {@code layers}
     * layers, fan-in 1–3 mostly from the layer above, {@code groups} groups tiling the graph.
     * Group names are {@code group_<i>}; nodes sleep 0 ms.
     */
    static SyntheticDag layered(int nodes, int layers, int groups, long seed) {
        LayoutGraph g = SyntheticGraphs.layeredDag(nodes, layers, groups, seed);
        int n = g.nodeCount();
        String[] keys = new String[n];
        String[] groupNames = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = g.id(i);
            if (!keys[i].equals("n" + i)) {
                throw new IllegalStateException("expected node n" + i + " at index " + i + ", got " + keys[i]);
            }
            groupNames[i] = g.group(i).replace('-', '_');
        }
        List<TreeSet<Integer>> ups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ups.add(new TreeSet<>());
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            int from = g.edgeSource(e);
            int to = g.edgeTarget(e);
            if (from >= to) {
                throw new IllegalStateException("edge n" + from + " -> n" + to + " is not forward");
            }
            ups.get(to).add(from);
        }
        return new SyntheticDag(keys, groupNames, toArrays(ups), new int[n]);
    }

    /**
     * A random DAG for the makespan figure: the first {@code roots} nodes have no input, every other
     * node reads 1–3 distinct nodes among the {@code window} before it; each node sleeps a
     * deterministic {@code minSleep…maxSleep} ms.
     */
    static SyntheticDag random(int nodes, int roots, int window, int minSleep, int maxSleep, long seed) {
        Random random = new Random(seed);
        String[] keys = new String[nodes];
        String[] groups = new String[nodes];
        int[] sleeps = new int[nodes];
        List<TreeSet<Integer>> ups = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            keys[i] = "n" + i;
            groups[i] = "group_" + (i * 4 / nodes);
            sleeps[i] = minSleep + random.nextInt(maxSleep - minSleep + 1);
            TreeSet<Integer> in = new TreeSet<>();
            if (i >= Math.max(1, roots)) {
                int fanIn = Math.min(i, 1 + random.nextInt(3));
                int lo = Math.max(0, i - window);
                while (in.size() < Math.min(fanIn, i - lo)) {
                    in.add(lo + random.nextInt(i - lo));
                }
            }
            ups.add(in);
        }
        return new SyntheticDag(keys, groups, toArrays(ups), sleeps);
    }

    private static int[][] toArrays(List<TreeSet<Integer>> ups) {
        int[][] out = new int[ups.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = ups.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return keys[i];
    }

    String group(int i) {
        return groups[i];
    }

    int[] upstream(int i) {
        return upstream[i];
    }

    int sleepMillis(int i) {
        return sleepMillis[i];
    }

    int edgeCount() {
        return Arrays.stream(upstream).mapToInt(a -> a.length).sum();
    }

    /** The distinct group names, sorted. */
    List<String> groupNames() {
        return List.copyOf(new TreeSet<>(Arrays.asList(groups)));
    }

    /** One line per node, {@code key \t group \t sleepMillis \t up1,up2}: what the provider jar reads. */
    String toTsv() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            sb.append(keys[i])
                    .append('\t')
                    .append(groups[i])
                    .append('\t')
                    .append(sleepMillis[i])
                    .append('\t');
            for (int k = 0; k < upstream[i].length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                sb.append(keys[upstream[i][k]]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
