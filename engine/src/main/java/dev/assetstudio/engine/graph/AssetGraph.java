package dev.assetstudio.engine.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The asset dependency graph: one vertex per asset key (sources included), one edge from every
 * upstream key to the asset that depends on it (data inputs and ordering-only deps alike).
 *
 * <pre>{@code
 * AssetGraph graph = AssetGraph.of(definitions);
 * graph.allUpstream(Set.of(AssetKey.of("downstreamAsset")));  // it and everything it needs
 * graph.topologicalOrder();                                   // upstream first, ties by key
 * }</pre>
 *
 * <p>Like JGraphT's {@link DirectedAcyclicGraph}, which backs it, the graph refuses a cycle when it
 * is built: a {@link CycleException} names the whole cycle. Every set and list it returns is
 * immutable and sorted by key (or, for {@link #topologicalOrder()}, ordered by dependency with ties
 * broken by key), so results are the same from run to run. The graph is immutable and thread-safe.
 */
public final class AssetGraph {
    private final DirectedAcyclicGraph<AssetKey, DefaultEdge> dag;
    private final Map<AssetKey, String> groupByKey;
    private final List<AssetKey> topologicalOrder;

    private AssetGraph(
            DirectedAcyclicGraph<AssetKey, DefaultEdge> dag,
            Map<AssetKey, String> groupByKey,
            List<AssetKey> topologicalOrder) {
        this.dag = dag;
        this.groupByKey = Collections.unmodifiableMap(groupByKey);
        this.topologicalOrder = List.copyOf(topologicalOrder);
    }

    /** The graph of a loaded project. */
    public static AssetGraph of(ProjectDefinitions definitions) {
        return of(definitions.all());
    }

    /**
     * The graph of these definitions.
     *
     * @throws IllegalArgumentException if two definitions share a key, or one names an upstream key
     *     none of them defines (the loader reports those first; this is a guard)
     * @throws CycleException if the dependencies form a cycle
     */
    public static AssetGraph of(Collection<AssetDefinition> definitions) {
        Map<AssetKey, Set<AssetKey>> upstream = new TreeMap<>();
        Map<AssetKey, String> groups = new TreeMap<>();
        for (AssetDefinition def : definitions) {
            if (upstream.put(def.key(), def.upstreamKeys()) != null) {
                throw new IllegalArgumentException("duplicate asset key " + def.key());
            }
            groups.put(def.key(), def.group());
        }
        return fromUpstreams(upstream, groups);
    }

    /**
     * The graph of keys and their direct upstream keys, with groups (a key without a group is in
     * {@link AssetDefinition#DEFAULT_GROUP}).
     *
     * @throws IllegalArgumentException if an upstream key is not itself a key of the map
     * @throws CycleException if the dependencies form a cycle
     */
    public static AssetGraph fromUpstreams(
            Map<AssetKey, ? extends Collection<AssetKey>> upstreamByKey, Map<AssetKey, String> groupByKey) {
        DirectedAcyclicGraph<AssetKey, DefaultEdge> dag = new DirectedAcyclicGraph<>(DefaultEdge.class);
        List<AssetKey> keys = List.copyOf(new TreeSet<>(upstreamByKey.keySet()));
        // Vertices in dependency order, so that every edge below already agrees with the DAG's
        // topological index and JGraphT never has to reorder it (in key order, reordering made
        // building a 10,000-asset graph 10-20 times slower). Keys on or behind a cycle come last:
        // the edge that closes the cycle is then refused below exactly as before.
        DependencyOrder order = DependencyOrder.of(keys, upstreamByKey);
        order.keys().forEach(dag::addVertex);
        if (!order.complete()) {
            keys.forEach(dag::addVertex); // no-op for the vertices already added
        }
        Map<AssetKey, String> groups = new LinkedHashMap<>(keys.size() * 2); // in key order
        for (AssetKey key : keys) {
            groups.put(key, groupByKey.getOrDefault(key, AssetDefinition.DEFAULT_GROUP));
        }
        if (order.complete() && order.allUpstreamKnown()) {
            // No cycle and no unknown key: nothing can be refused, so edge order does not matter.
            for (AssetKey downstream : keys) {
                for (AssetKey up : upstreamByKey.get(downstream)) {
                    dag.addEdge(up, downstream);
                }
            }
        } else {
            addEdgesRefusingTheFirstProblem(dag, keys, upstreamByKey);
        }
        // Every key was placed (a cycle would have been refused), so the order is complete and is the
        // stable topological order.
        return new AssetGraph(dag, groups, order.keys());
    }

    private static void addEdgesRefusingTheFirstProblem(
            DirectedAcyclicGraph<AssetKey, DefaultEdge> dag,
            List<AssetKey> keys,
            Map<AssetKey, ? extends Collection<AssetKey>> upstreamByKey) {
        // Edges in key order, so that the cycle found first is the same on every load.
        for (AssetKey downstream : keys) {
            for (AssetKey up : new TreeSet<>(upstreamByKey.get(downstream))) {
                if (!dag.containsVertex(up)) {
                    throw new IllegalArgumentException(
                            "asset " + downstream + " depends on " + up + ", which is not an asset");
                }
                if (up.equals(downstream)) {
                    throw new CycleException(List.of(up));
                }
                try {
                    dag.addEdge(up, downstream);
                } catch (IllegalArgumentException closesCycle) {
                    // JGraphT only says "would create a cycle"; the path back from downstream to up
                    // is the rest of the cycle, and naming all of it is what lets a user fix it.
                    throw new CycleException(cycleThrough(dag, up, downstream));
                }
            }
        }
    }

    /**
     * Kahn's algorithm over the upstream map, smallest ready key first: every key after its upstream
     * keys, the same order on every call. Upstream keys that are not keys of the map are ignored (the
     * caller refuses them); keys on a cycle, or downstream of one, are left out.
     *
     * @param keys the keys placed, in dependency order
     * @param complete whether every key was placed (no cycle)
     * @param allUpstreamKnown whether every upstream key is a key of the map
     */
    private record DependencyOrder(List<AssetKey> keys, boolean complete, boolean allUpstreamKnown) {
        /** @param keys every key of the map, sorted */
        static DependencyOrder of(List<AssetKey> keys, Map<AssetKey, ? extends Collection<AssetKey>> upstreamByKey) {
            // Keys as their rank in key order, so the ready queue compares ints, not keys.
            int n = keys.size();
            Map<AssetKey, Integer> rank = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                rank.put(keys.get(i), i);
            }
            int[] remaining = new int[n];
            int[][] downstream = new int[n][];
            int[] downstreamCount = new int[n];
            boolean allUpstreamKnown = true;
            for (int i = 0; i < n; i++) {
                Collection<AssetKey> ups = upstreamByKey.get(keys.get(i));
                for (AssetKey up : ups instanceof Set ? ups : new HashSet<>(ups)) {
                    Integer u = rank.get(up);
                    if (u == null) {
                        allUpstreamKnown = false;
                        continue;
                    }
                    remaining[i]++;
                    if (downstream[u] == null) {
                        downstream[u] = new int[4];
                    } else if (downstreamCount[u] == downstream[u].length) {
                        downstream[u] = Arrays.copyOf(downstream[u], downstreamCount[u] * 2);
                    }
                    downstream[u][downstreamCount[u]++] = i;
                }
            }
            PriorityQueue<Integer> ready = new PriorityQueue<>();
            for (int i = 0; i < n; i++) {
                if (remaining[i] == 0) {
                    ready.add(i);
                }
            }
            List<AssetKey> order = new ArrayList<>(n);
            while (!ready.isEmpty()) {
                int i = ready.poll();
                order.add(keys.get(i));
                for (int d = 0; d < downstreamCount[i]; d++) {
                    int next = downstream[i][d];
                    if (--remaining[next] == 0) {
                        ready.add(next);
                    }
                }
            }
            return new DependencyOrder(order, order.size() == n, allUpstreamKnown);
        }
    }

    /** The cycle closed by the edge {@code up -> down}, given that {@code down} already reaches {@code up}. */
    private static List<AssetKey> cycleThrough(
            DirectedAcyclicGraph<AssetKey, DefaultEdge> dag, AssetKey up, AssetKey down) {
        Map<AssetKey, AssetKey> reachedFrom = new HashMap<>();
        Deque<AssetKey> queue = new ArrayDeque<>(List.of(down));
        reachedFrom.put(down, down);
        while (!queue.isEmpty() && !reachedFrom.containsKey(up)) {
            AssetKey current = queue.removeFirst();
            for (AssetKey next : new TreeSet<>(Graphs.successorListOf(dag, current))) {
                if (reachedFrom.putIfAbsent(next, current) == null) {
                    queue.addLast(next);
                }
            }
        }
        List<AssetKey> path = new ArrayList<>(); // up, ..., down walking back: reversed below
        for (AssetKey k = up; !k.equals(down); k = reachedFrom.get(k)) {
            path.add(k);
        }
        path.add(down);
        Collections.reverse(path); // down, ..., up
        List<AssetKey> cycle = new ArrayList<>();
        cycle.add(up);
        cycle.addAll(path.subList(0, path.size() - 1));
        int smallest = cycle.indexOf(Collections.min(cycle));
        Collections.rotate(cycle, -smallest);
        return cycle;
    }

    /** Every key, sorted. */
    public SortedSet<AssetKey> keys() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(dag.vertexSet()));
    }

    public boolean contains(AssetKey key) {
        return dag.containsVertex(key);
    }

    /** The keys {@code key} depends on directly. */
    public SortedSet<AssetKey> upstream(AssetKey key) {
        return sorted(Graphs.predecessorListOf(dag, require(key)));
    }

    /** The keys that depend on {@code key} directly. */
    public SortedSet<AssetKey> downstream(AssetKey key) {
        return sorted(Graphs.successorListOf(dag, require(key)));
    }

    /** {@code keys} and everything they depend on, transitively. */
    public SortedSet<AssetKey> allUpstream(Set<AssetKey> keys) {
        return upstream(keys, Integer.MAX_VALUE);
    }

    /** {@code keys} and everything that depends on them, transitively. */
    public SortedSet<AssetKey> allDownstream(Set<AssetKey> keys) {
        return downstream(keys, Integer.MAX_VALUE);
    }

    /** {@code keys} and their upstream keys up to {@code levels} edges away ({@code 0}: just {@code keys}). */
    public SortedSet<AssetKey> upstream(Set<AssetKey> keys, int levels) {
        return walk(keys, levels, k -> Graphs.predecessorListOf(dag, k));
    }

    /** {@code keys} and their downstream keys up to {@code levels} edges away. */
    public SortedSet<AssetKey> downstream(Set<AssetKey> keys, int levels) {
        return walk(keys, levels, k -> Graphs.successorListOf(dag, k));
    }

    private SortedSet<AssetKey> walk(Set<AssetKey> start, int levels, Function<AssetKey, List<AssetKey>> next) {
        if (levels < 0) {
            throw new IllegalArgumentException("levels must be >= 0, got " + levels);
        }
        SortedSet<AssetKey> seen = new TreeSet<>();
        List<AssetKey> frontier = new ArrayList<>();
        for (AssetKey key : start) {
            if (seen.add(require(key))) {
                frontier.add(key);
            }
        }
        for (int level = 0; level < levels && !frontier.isEmpty(); level++) {
            List<AssetKey> nextFrontier = new ArrayList<>();
            for (AssetKey key : frontier) {
                for (AssetKey n : next.apply(key)) {
                    if (seen.add(n)) {
                        nextFrontier.add(n);
                    }
                }
            }
            frontier = nextFrontier;
        }
        return Collections.unmodifiableSortedSet(seen);
    }

    /**
     * Every key, each after all of its upstream keys; among keys whose upstream keys are all placed,
     * the smallest comes first, so the order is the same on every call and every load.
     */
    public List<AssetKey> topologicalOrder() {
        return topologicalOrder;
    }

    /** The keys that depend on nothing. */
    public SortedSet<AssetKey> roots() {
        SortedSet<AssetKey> roots = new TreeSet<>();
        for (AssetKey key : dag.vertexSet()) {
            if (dag.inDegreeOf(key) == 0) {
                roots.add(key);
            }
        }
        return Collections.unmodifiableSortedSet(roots);
    }

    /** The group of {@code key}. */
    public String groupOf(AssetKey key) {
        return groupByKey.get(require(key));
    }

    /** The group names, sorted. */
    public SortedSet<String> groups() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(groupByKey.values()));
    }

    /** The keys in {@code group}; empty if there is no such group. */
    public SortedSet<AssetKey> keysInGroup(String group) {
        SortedSet<AssetKey> keys = new TreeSet<>();
        groupByKey.forEach((k, g) -> {
            if (g.equals(group)) {
                keys.add(k);
            }
        });
        return Collections.unmodifiableSortedSet(keys);
    }

    /** Direct upstream keys of every key, for callers that want the whole picture at once. */
    public Map<AssetKey, SortedSet<AssetKey>> upstreamByKey() {
        Map<AssetKey, SortedSet<AssetKey>> map = new LinkedHashMap<>();
        for (AssetKey key : keys()) {
            map.put(key, upstream(key));
        }
        return Collections.unmodifiableMap(map);
    }

    private AssetKey require(AssetKey key) {
        Objects.requireNonNull(key, "key");
        if (!dag.containsVertex(key)) {
            throw new NoSuchElementException("no asset " + key + " in the graph");
        }
        return key;
    }

    private static SortedSet<AssetKey> sorted(Collection<AssetKey> keys) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(keys));
    }

    @Override
    public String toString() {
        return "AssetGraph[" + dag.vertexSet().size() + " assets, "
                + dag.edgeSet().size() + " edges]";
    }
}
