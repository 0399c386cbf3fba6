package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The layered layout in two levels. Groups are first put into blocks ({@link GroupBlocks}: one group
 * each, unless groups feed each other). Each block's interior is laid out on its own, Sugiyama style,
 * with its groups in lanes and crowded layers wrapped into a grid of columns ({@link LayerWrapping});
 * edges to other blocks leave through <em>ports</em>, one per group and neighbouring block, placed on
 * a line just outside the block's first or last layer; long edges inside a block share chains per port
 * or source ({@link InteriorChains}), and a group of few cards in many layers folds its layers into
 * rows, so every group's box, not only the biggest, is about as wide as tall. Then the blocks are laid out as a layered
 * graph of boxes (a crowded column of boxes split in several), every block's ports are put in the
 * order its neighbours lie and the blocks are laid out once more with that order fixed. An edge
 * between blocks runs from its out-port through the gaps between boxes to the other block's in-port;
 * the long edges of one block share their way until they leave it ({@link BoxGraph}). A drawing that
 * ends much longer than wide (a long chain of groups) is folded into rows ({@link RowFolding}).
 *
 * <p>All the work is on int-indexed arrays; ties are broken by node id and group name, so the
 * result does not depend on the order the graph was built in.
 */
final class CompoundLayout {

    /** Wanted along/across ratio when layers are columns: a bit wider than tall, like a screen. */
    private static final double WIDE = 1.4;
    /**
     * Wanted along/across ratio of a lane of groups that feed each other, whose crowded layers split: a little
     * taller than wide, so a block of lanes that is only somewhat tall keeps its layers (splitting adds dummies:
     * squaring the tiled 10,000-node graph's lanes cost 12 % more crossings and twice the time).
     */
    private static final double LANE_RATIO = 0.75;

    /** Wanted along/across ratio of a group's interior: square, so it fits whichever way it is turned. */
    private static final double INTERIOR_RATIO = 1.0;

    /** A group's box wider than this (along over across) folds its layers into rows: beyond 3:1 is a band. */
    private static final double FOLD_RATIO = 3.0;

    /** A chain of this many cards, one per layer, is too long for one row; a shorter one stays a row. */
    private static final int LONG_CHAIN = 8;

    private final LayoutGraph graph;
    private final LayoutOptions options;
    private final boolean compound;
    private final boolean wrap;
    private final boolean leftToRight;
    /** The lanes of the last {@link #placeBlocks} (one lane: blocks are one group), for {@link #placeBlocksAgain}. */
    private GroupLanes blockLanes;

    private int[] blockWeights;
    /** Per block-to-block edge, the shared dummies it runs through (see {@link BoxGraph}). */
    private int[][] boxChains;

    private boolean[] boxVirtual;

    private CompoundLayout(LayoutGraph graph, LayoutOptions options, boolean compound, boolean wrap) {
        this.graph = graph;
        this.options = options;
        this.compound = compound;
        this.wrap = wrap;
        this.leftToRight = options.orientation() == Orientation.LEFT_TO_RIGHT;
    }

    /**
     * @param compound blocks per group; if false, one block holds every group (lanes across global
     *     layers, the layout before compound boxes)
     * @param wrap whether crowded layers wrap into several columns
     */
    static GraphLayout layout(LayoutGraph graph, LayoutOptions options, boolean compound, boolean wrap) {
        if (graph.nodeCount() == 0) {
            return new GraphLayout(Map.of(), Map.of(), List.of(), new Rect(0, 0, 0, 0));
        }
        LayerAssignment.assign(graph); // refuses a cycle, naming it, before anything else
        return new CompoundLayout(graph, options, compound, wrap).run();
    }

    private GraphLayout run() {
        int n = graph.nodeCount();
        int m = graph.edgeCount();
        int[] rank = LayeredGraph.rankById(graph);
        TreeSet<String> names = new TreeSet<>();
        for (int v = 0; v < n; v++) {
            names.add(graph.group(v));
        }
        String[] groupNames = names.toArray(new String[0]);
        Map<String, Integer> groupIndex = new HashMap<>();
        for (int i = 0; i < groupNames.length; i++) {
            groupIndex.put(groupNames[i], i);
        }
        int[] groupOf = new int[n];
        for (int v = 0; v < n; v++) {
            groupOf[v] = groupIndex.get(graph.group(v));
        }
        int[] blockOfGroup = blocksOfGroups(groupNames.length, groupOf);
        int blockCount = 0;
        for (int b : blockOfGroup) {
            blockCount = Math.max(blockCount, b + 1);
        }
        Block[] blocks = new Block[blockCount];
        for (int b = 0; b < blockCount; b++) {
            blocks[b] = new Block();
        }
        int[] local = new int[n];
        for (int v = 0; v < n; v++) {
            Block block = blocks[blockOfGroup[groupOf[v]]];
            local[v] = block.nodes.size();
            block.nodes.add(v);
        }
        // Interior edges of every block, and the block-to-block edges with their weights.
        Map<Long, Integer> blockEdgeIndex = new LinkedHashMap<>();
        List<int[]> blockEdges = new ArrayList<>();
        int[] blockEdgeOf = new int[m];
        int[] outEdge = new int[m];
        int[] inEdge = new int[m];
        for (int e = 0; e < m; e++) {
            int s = graph.edgeSource(e);
            int t = graph.edgeTarget(e);
            int w = graph.edgeWeight(e);
            int a = blockOfGroup[groupOf[s]];
            int b = blockOfGroup[groupOf[t]];
            if (a == b) {
                outEdge[e] = blocks[a].edge(local[s], local[t], w);
                blockEdgeOf[e] = -1;
                continue;
            }
            int outPort = blocks[a].port(false, groupOf[s], b);
            int inPort = blocks[b].port(true, groupOf[t], a);
            outEdge[e] = blocks[a].edge(local[s], outPort, w);
            inEdge[e] = blocks[b].edge(inPort, local[t], w);
            Integer index = blockEdgeIndex.get(((long) a << 32) | b);
            if (index == null) {
                index = blockEdges.size();
                blockEdgeIndex.put(((long) a << 32) | b, index);
                blockEdges.add(new int[] {a, b, 0});
            }
            blockEdges.get(index)[2] += lineWeight(w);
            blockEdgeOf[e] = index;
        }
        // Every group's interior is made about square; a long chain of boxes is folded into rows at the end.
        for (Block block : blocks) {
            layOutInterior(block, rank, groupOf, groupNames, null);
        }
        LayeredDrawing boxes = placeBlocks(blocks, blockEdges);
        if (blocks.length > 1 && compound) {
            // Once the boxes are placed, order every block's ports as their neighbours lie, and redo the blocks whose
            // ports are not in that order yet. The boxes keep their layers and order: only their sizes changed.
            boolean changed = false;
            for (int b = 0; b < blocks.length; b++) {
                double[] portAcross = portAcross(b, blocks[b], boxes, blockEdgeIndex);
                if (!portsInOrder(blocks[b], portAcross)) {
                    layOutInterior(blocks[b], rank, groupOf, groupNames, portAcross);
                    changed = true;
                }
            }
            if (changed) {
                boxes = placeBlocksAgain(blocks, boxes);
            }
        }

        // Everything in layer axes (x = along, y = across), folded into rows if a long chain of boxes makes a band,
        // then turned into the orientation.
        Rect[] flat = new Rect[n];
        for (int v = 0; v < n; v++) {
            Block block = blocks[blockOfGroup[groupOf[v]]];
            Rect r = block.placed[local[v]];
            flat[v] = new Rect(r.x() + block.alongOffset, r.y() + block.acrossOffset, r.width(), r.height());
        }
        List<List<Point>> paths = new ArrayList<>(m);
        for (int e = 0; e < m; e++) {
            int s = graph.edgeSource(e);
            int t = graph.edgeTarget(e);
            Block a = blocks[blockOfGroup[groupOf[s]]];
            List<Point> points = new ArrayList<>(a.route(outEdge[e]));
            if (blockEdgeOf[e] >= 0) {
                Block b = blocks[blockOfGroup[groupOf[t]]];
                List<Point> into = b.route(inEdge[e]);
                Point out = points.get(points.size() - 1);
                Point in = into.get(0);
                int be = blockEdgeOf[e];
                int la = boxes.g.layerOf[blockEdges.get(be)[0]];
                int lb = boxes.g.layerOf[blockEdges.get(be)[1]];
                double bandEnd = boxes.layerStart[la] + boxes.thickness[la];
                if (bandEnd > out.x() + 1e-9) {
                    points.add(new Point(bandEnd, out.y()));
                }
                for (int d : boxChains[be]) {
                    int l = boxes.g.layerOf[d];
                    points.add(new Point(boxes.layerStart[l], boxes.center[d]));
                    points.add(new Point(boxes.layerStart[l] + boxes.thickness[l], boxes.center[d]));
                }
                if (boxes.layerStart[lb] < in.x() - 1e-9) {
                    points.add(new Point(boxes.layerStart[lb], in.y()));
                }
                // Into the in-port level first: a shared dummy may lie far across, and the gap between the layer's
                // start and the cards can hold other groups' boxes.
                points.addAll(into);
            }
            paths.add(points);
        }
        RowFolding folding = wrap && compound && blocks.length > 1
                ? RowFolding.plan(
                        boxes.layerStart,
                        boxes.thickness,
                        flat,
                        paths,
                        targetRatio(),
                        options.groupPadding() + options.groupLabelHeight(),
                        boxEdgeSpacing(),
                        options.groupSpacing())
                : null;
        Rect[] rects = new Rect[n];
        for (int v = 0; v < n; v++) {
            Rect r = folding == null ? flat[v] : folding.rect(flat[v]);
            rects[v] = oriented(r.x(), r.y(), r.width(), r.height());
        }
        List<EdgeRoute> routes = new ArrayList<>(m);
        for (int e = 0; e < m; e++) {
            List<Point> points = folding == null ? paths.get(e) : folding.route(paths.get(e));
            List<Point> turned = new ArrayList<>(points.size());
            for (Point p : points) {
                turned.add(leftToRight ? p : new Point(p.y(), p.x()));
            }
            routes.add(new EdgeRoute(graph.id(graph.edgeSource(e)), graph.id(graph.edgeTarget(e)), turned));
        }
        return LayoutAssembly.assemble(graph, rects, routes, options);
    }

    /**
     * Whether the ports of {@code block}'s drawing already lie in the order of the neighbours they lead to (on each
     * side, by where the neighbour lies across, then by their first rank): then fixing that order changes nothing.
     */
    /**
     * Where the edges of every port of block {@code b} go next outside it, across: the first node they reach in the
     * graph of boxes (the block's shared dummy in the next layer, or the neighbour itself), for an in-port the last
     * one they come from. That, not the far neighbour, is what the port's edges must not cross on the way.
     */
    private double[] portAcross(int b, Block block, LayeredDrawing boxes, Map<Long, Integer> blockEdgeIndex) {
        double[] across = new double[block.ports.size()];
        for (int k = 0; k < across.length; k++) {
            Port p = block.ports.get(k);
            long key = p.in ? ((long) p.neighbour << 32) | b : ((long) b << 32) | p.neighbour;
            int[] chain = boxChains[blockEdgeIndex.get(key)];
            int hop = chain.length == 0 ? p.neighbour : p.in ? chain[chain.length - 1] : chain[0];
            across[k] = boxes.center[hop];
        }
        return across;
    }

    private boolean portsInOrder(Block block, double[] portAcross) {
        int ports = block.ports.size();
        if (ports < 2) {
            return true;
        }
        LayeredGraph g = block.drawing.g;
        int real = block.nodes.size();
        for (int side = 0; side < 2; side++) {
            boolean in = side == 0;
            List<Integer> here = new ArrayList<>();
            for (int k = 0; k < ports; k++) {
                if (block.ports.get(k).in == in) {
                    here.add(k);
                }
            }
            here.sort((x, y) -> Integer.compare(g.pos[real + x], g.pos[real + y]));
            for (int i = 0; i + 1 < here.size(); i++) {
                Port a = block.ports.get(here.get(i));
                Port b = block.ports.get(here.get(i + 1));
                int c = Double.compare(portAcross[here.get(i)], portAcross[here.get(i + 1)]);
                if (c == 0) {
                    c = a.neighbour != b.neighbour
                            ? Integer.compare(a.neighbour, b.neighbour)
                            : Integer.compare(a.group, b.group);
                }
                if (c > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private int[] blocksOfGroups(int groups, int[] groupOf) {
        if (!compound) {
            return new int[groups];
        }
        List<int[]> edges = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int e = 0; e < graph.edgeCount(); e++) {
            int a = groupOf[graph.edgeSource(e)];
            int b = groupOf[graph.edgeTarget(e)];
            if (a != b && seen.add(((long) a << 32) | b)) {
                edges.add(new int[] {a, b});
            }
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = edges.get(i)[0];
            to[i] = edges.get(i)[1];
        }
        return GroupBlocks.of(groups, from, to);
    }

    private Rect oriented(double alongStart, double acrossStart, double alongSize, double acrossSize) {
        return leftToRight
                ? new Rect(alongStart, acrossStart, alongSize, acrossSize)
                : new Rect(acrossStart, alongStart, acrossSize, alongSize);
    }

    private double alongOf(int v) {
        return leftToRight ? graph.width(v) : graph.height(v);
    }

    private double acrossOf(int v) {
        return leftToRight ? graph.height(v) : graph.width(v);
    }

    /** Layers, wrapping, order and coordinates of one block, in its own frame starting at (0, 0). */
    /**
     * @param portAcross where each port's edges go next across, to order the ports by (fixing their order);
     *     null to let the crossing reduction order them
     */
    private void layOutInterior(Block block, int[] rank, int[] groupOf, String[] groupNames, double[] portAcross) {
        int real = block.nodes.size();
        int total = real + block.portCount();
        int edges = block.from.size();
        // Layers of the block's own nodes over its own edges.
        List<Integer> innerFrom = new ArrayList<>();
        List<Integer> innerTo = new ArrayList<>();
        int[] externalIn = new int[real];
        int[] externalOut = new int[real];
        for (int e = 0; e < edges; e++) {
            int s = block.from.get(e);
            int t = block.to.get(e);
            if (s >= real) {
                externalIn[t]++;
            } else if (t >= real) {
                externalOut[s]++;
            } else {
                innerFrom.add(s);
                innerTo.add(t);
            }
        }
        // A block is laid out again with its ports in a fixed order or other columns: its layers do not change.
        int[] layer = block.layer != null
                ? block.layer
                : LayerAssignment.assign(real, toArray(innerFrom), toArray(innerTo), i -> graph.id(block.nodes.get(i)));

        // Local lanes: the block's groups in name order.
        TreeSet<Integer> groupsHere = new TreeSet<>();
        for (int v : block.nodes) {
            groupsHere.add(groupOf[v]);
        }
        Map<Integer, Integer> laneOfGroup = new HashMap<>();
        String[] laneNames = new String[groupsHere.size()];
        for (int g : groupsHere) {
            laneNames[laneOfGroup.size()] = groupNames[g];
            laneOfGroup.put(g, laneOfGroup.size());
        }
        double[] along = new double[total];
        double[] across = new double[total];
        int[] lane = new int[total];
        int[] localRank = new int[total];
        for (int i = 0; i < real; i++) {
            int v = block.nodes.get(i);
            along[i] = alongOf(v);
            across[i] = acrossOf(v);
            lane[i] = laneOfGroup.get(groupOf[v]);
            localRank[i] = rank[v];
        }
        if (block.layer == null && wrap && laneNames.length > 1) {
            // Groups that feed each other share lanes, which cannot wrap into a grid (the lanes would mix): a crowded
            // layer splits into consecutive layers instead, but only for clearly tall lanes: each split adds dummies.
            double[] spaced = new double[real];
            int[][] pairs = new int[innerFrom.size()][];
            for (int i = 0; i < real; i++) {
                spaced[i] = across[i] + options.nodeSpacing();
            }
            for (int e = 0; e < pairs.length; e++) {
                pairs[e] = new int[] {innerFrom.get(e), innerTo.get(e)};
            }
            layer = LayerWrapping.wrap(
                    layer,
                    spaced,
                    java.util.Arrays.copyOf(along, real),
                    java.util.Arrays.copyOf(lane, real),
                    pairs,
                    externalIn,
                    externalOut,
                    java.util.Arrays.copyOf(localRank, real),
                    options.edgeSpacing(),
                    layerGap(),
                    LANE_RATIO / laneNames.length); // lanes stack across: each group a little taller than wide
        }
        block.layer = layer;
        // Ports: in-ports on a line before the first layer, out-ports after the last.
        boolean hasIn = false;
        int maxLayer = 0;
        for (int l : layer) {
            maxLayer = Math.max(maxLayer, l);
        }
        for (Port p : block.ports) {
            hasIn |= p.in;
        }
        int[] fullLayer = new int[total];
        for (int i = 0; i < real; i++) {
            fullLayer[i] = layer[i] + (hasIn ? 1 : 0);
        }
        boolean[] virtual = new boolean[total];
        for (int k = 0; k < block.ports.size(); k++) {
            Port p = block.ports.get(k);
            int i = real + k;
            fullLayer[i] = p.in ? 0 : maxLayer + (hasIn ? 2 : 1);
            virtual[i] = true;
            lane[i] = laneOfGroup.get(p.group);
            // Ports after every node, ordered by their neighbouring block: the crossing reduction moves them.
            localRank[i] = graph.nodeCount() + (p.neighbour * groupNames.length + p.group) * 2 + (p.in ? 0 : 1);
        }
        boolean[] fixed = new boolean[maxLayer + (hasIn ? 3 : 2)];
        if (portAcross != null && !block.ports.isEmpty()) {
            Integer[] byPlace = new Integer[block.ports.size()];
            for (int k = 0; k < byPlace.length; k++) {
                byPlace[k] = k;
            }
            java.util.Arrays.sort(byPlace, (x, y) -> {
                int c = Double.compare(portAcross[x], portAcross[y]);
                return c != 0 ? c : Integer.compare(localRank[real + x], localRank[real + y]);
            });
            for (int k = 0; k < byPlace.length; k++) {
                localRank[real + byPlace[k]] = graph.nodeCount() + k;
                fixed[fullLayer[real + byPlace[k]]] = true;
            }
        }
        // Long edges share chains of virtual nodes (per port, or per source node) after the ports.
        boolean[] inPort = new boolean[total];
        boolean[] outPort = new boolean[total];
        int rankBase = 0;
        for (int i = 0; i < total; i++) {
            rankBase = Math.max(rankBase, localRank[i] + 1);
        }
        for (int k = 0; k < block.ports.size(); k++) {
            inPort[real + k] = block.ports.get(k).in;
            outPort[real + k] = !block.ports.get(k).in;
        }
        InteriorChains chains = InteriorChains.of(
                total, fullLayer, inPort, outPort, toArray(block.from), toArray(block.to), toArray(block.weight));
        int all = total + chains.count;
        int[] allLayer = java.util.Arrays.copyOf(fullLayer, all);
        int[] allLane = java.util.Arrays.copyOf(lane, all);
        int[] allRank = java.util.Arrays.copyOf(localRank, all);
        boolean[] allVirtual = java.util.Arrays.copyOf(virtual, all);
        double[] allAlong = java.util.Arrays.copyOf(along, all);
        double[] allAcross = java.util.Arrays.copyOf(across, all);
        for (int c = 0; c < chains.count; c++) {
            int i = total + c;
            int owner = chains.owner[c];
            allLayer[i] = chains.layer[c];
            allLane[i] = lane[owner];
            allRank[i] = rankBase + localRank[owner]; // one chain node per owner and layer: distinct in a layer
            allVirtual[i] = true;
        }
        LayeredGraph g = new LayeredGraph(new LayeredGraph.Spec(
                allLayer, allLane, laneNames, allRank, allVirtual, chains.from, chains.to, chains.weight));
        if (fixed.length != g.layerCount) {
            fixed = java.util.Arrays.copyOf(fixed, g.layerCount);
        }
        GroupLanes lanes;
        if (block.ordered == null) {
            lanes = new CrossingReduction(g, fixed).run(options.crossingPasses());
        } else if (portAcross == null) {
            // Only the columns change (a taller shape asked for): the order found before stands.
            g = block.ordered;
            lanes = block.lanes;
        } else {
            // The ports' order is fixed now: start from the order found before, the port layers as fixed, and let
            // the sweeps settle the rest (same layers and edges, so the same dummies).
            for (int l = 0; l < g.layerCount; l++) {
                if (!fixed[l]) {
                    System.arraycopy(block.ordered.layers[l], 0, g.layers[l], 0, g.layers[l].length);
                    g.syncPositions(l);
                }
            }
            lanes = block.lanes;
            new CrossingReduction(g, fixed).improve(lanes, options.crossingPasses());
        }
        block.ordered = g;
        block.lanes = lanes;
        int[] columns = null;
        if (wrap && laneNames.length == 1 && real > 1) {
            columns = gridColumns(g, allAlong, allAcross, real);
        }
        double pad = options.groupPadding();
        double label = options.groupLabelHeight();
        double laneGap = 2 * pad + options.groupSpacing() + (leftToRight ? label : 0);
        double portGap = Math.max(options.layerSpacing() / 2, pad + (leftToRight ? 0 : label) + options.edgeSpacing());
        LayeredDrawing d = new LayeredDrawing(
                g,
                lanes,
                allAlong,
                allAcross,
                options.nodeSpacing(),
                options.edgeSpacing(),
                0,
                0,
                laneGap,
                layerGap(),
                portGap,
                options.coordinatePasses(),
                columns,
                options.nodeSpacing());
        block.drawing = d;
        Rect[] placed = new Rect[total];
        for (int i = 0; i < total; i++) {
            placed[i] = new Rect(d.alongStart[i], d.center[i] - across[i] / 2, along[i], across[i]);
        }
        List<List<Point>> routes = new ArrayList<>(edges);
        for (int e = 0; e < edges; e++) {
            routes.add(chainedRoute(d, chains, e));
        }
        if (wrap
                && laneNames.length == 1
                && (real > maxLayer + 1 || maxLayer + 1 >= LONG_CHAIN)
                && boxRatio(placed, real) > FOLD_RATIO) {
            // A group of few cards in many layers is a flat band, which crowded layers wrapping cannot help: its
            // layers fold into rows, as a long chain of boxes does. A short plain chain (a card per layer) stays a row.
            RowFolding folding = RowFolding.plan(
                    d.layerStart,
                    d.thickness,
                    java.util.Arrays.copyOf(placed, real),
                    routes,
                    INTERIOR_RATIO,
                    options.nodeSpacing() / 2,
                    options.edgeSpacing(),
                    options.edgeSpacing());
            Rect[] folded = new Rect[total];
            for (int i = 0; i < total; i++) {
                folded[i] = folding.rect(placed[i]);
            }
            if (folding.folds()
                    && Math.abs(Math.log(boxRatio(folded, real) / INTERIOR_RATIO))
                            < Math.abs(Math.log(boxRatio(placed, real) / INTERIOR_RATIO))) {
                placed = folded;
                routes.replaceAll(folding::route);
            }
        }
        block.placed = placed;
        block.routes = routes;
        double minAlong = Double.POSITIVE_INFINITY;
        double minAcross = Double.POSITIVE_INFINITY;
        double maxAlong = Double.NEGATIVE_INFINITY;
        double maxAcross = Double.NEGATIVE_INFINITY;
        double labelAlong = leftToRight ? 0 : label;
        double labelAcross = leftToRight ? label : 0;
        for (int i = 0; i < total; i++) {
            boolean port = virtual[i];
            Rect r = placed[i];
            minAlong = Math.min(minAlong, r.x() - (port ? 0 : pad + labelAlong));
            maxAlong = Math.max(maxAlong, r.maxX() + (port ? 0 : pad));
            minAcross = Math.min(minAcross, r.y() - (port ? 0 : pad + labelAcross));
            maxAcross = Math.max(maxAcross, r.maxY() + (port ? 0 : pad));
        }
        for (List<Point> route : routes) {
            for (Point p : route) {
                minAlong = Math.min(minAlong, p.x());
                maxAlong = Math.max(maxAlong, p.x());
                minAcross = Math.min(minAcross, p.y());
                maxAcross = Math.max(maxAcross, p.y());
            }
        }
        block.alongMin = minAlong;
        block.acrossMin = minAcross;
        block.alongSize = maxAlong - minAlong;
        block.acrossSize = maxAcross - minAcross;
    }

    /** Along over across of the group box around the first {@code cards} rectangles (layer axes). */
    private double boxRatio(Rect[] rects, int cards) {
        double a0 = Double.POSITIVE_INFINITY;
        double a1 = Double.NEGATIVE_INFINITY;
        double c0 = Double.POSITIVE_INFINITY;
        double c1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < cards; i++) {
            a0 = Math.min(a0, rects[i].x());
            a1 = Math.max(a1, rects[i].maxX());
            c0 = Math.min(c0, rects[i].y());
            c1 = Math.max(c1, rects[i].maxY());
        }
        double pad = 2 * options.groupPadding();
        double label = options.groupLabelHeight();
        return (a1 - a0 + pad + (leftToRight ? 0 : label)) / (c1 - c0 + pad + (leftToRight ? label : 0));
    }

    /**
     * The route of block edge {@code e} through its chain: the routes of its segments joined, straight through the
     * layer band at every chain node, as through a dummy.
     */
    private static List<Point> chainedRoute(LayeredDrawing d, InteriorChains chains, int e) {
        int[] segments = chains.segments[e];
        if (segments.length == 1) {
            return d.route(segments[0]);
        }
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < segments.length; k++) {
            List<Point> part = d.route(segments[k]);
            int first = k == 0 ? 0 : 1;
            int end = k + 1 == segments.length ? part.size() : part.size() - 1;
            points.addAll(part.subList(first, end));
            if (k + 1 < segments.length) {
                int c = chains.paths[e][k + 1];
                int l = d.g.layerOf[c];
                points.add(new Point(d.layerStart[l], d.center[c]));
                points.add(new Point(d.layerStart[l] + d.thickness[l], d.center[c]));
            }
        }
        return points;
    }

    /** Columns per layer of a one-group block (see {@link LayerWrapping#gridColumns}). */
    private int[] gridColumns(LayeredGraph g, double[] along, double[] across, int real) {
        int[] count = new int[g.layerCount];
        double[] thick = new double[g.layerCount];
        double[] pitch = new double[g.layerCount];
        double[] threads = new double[g.layerCount];
        for (int i = 0; i < real; i++) {
            int l = g.layerOf[i];
            count[l]++;
            thick[l] = Math.max(thick[l], along[i]);
            pitch[l] = Math.max(pitch[l], across[i] + options.nodeSpacing());
        }
        for (int v = real; v < g.size; v++) {
            threads[g.layerOf[v]] += options.edgeSpacing(); // ports and chains: room in a plain layer only
        }
        int[] columns = LayerWrapping.gridColumns(
                count,
                thick,
                pitch,
                threads,
                2 * options.groupPadding() + (leftToRight ? 0 : options.groupLabelHeight()),
                2 * options.groupPadding() + (leftToRight ? options.groupLabelHeight() : 0),
                options.nodeSpacing(),
                layerGap(),
                INTERIOR_RATIO);
        return columns;
    }

    /** Lays the blocks out as a layered graph of boxes and gives each its offset. */
    private LayeredDrawing placeBlocks(Block[] blocks, List<int[]> blockEdges) {
        int count = blocks.length;
        int m = blockEdges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        int[] weight = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = blockEdges.get(e)[0];
            to[e] = blockEdges.get(e)[1];
            weight[e] = blockEdges.get(e)[2];
        }
        int[] layer = LayerAssignment.assign(count, from, to, b -> "block " + b);
        double[] along = new double[count];
        double[] across = new double[count];
        double[] spaced = new double[count];
        int[] rank = new int[count];
        for (int b = 0; b < count; b++) {
            along[b] = blocks[b].alongSize;
            across[b] = blocks[b].acrossSize;
            spaced[b] = across[b] + options.groupSpacing();
            rank[b] = b;
        }
        if (wrap && count > 1) {
            int[][] pairs = new int[m][];
            for (int e = 0; e < m; e++) {
                pairs[e] = new int[] {from[e], to[e]};
            }
            layer = LayerWrapping.wrap(
                    layer,
                    spaced,
                    along,
                    new int[count],
                    pairs,
                    new int[count],
                    new int[count],
                    rank,
                    boxEdgeSpacing(),
                    options.layerSpacing(),
                    targetRatio());
        }
        BoxGraph boxGraph = BoxGraph.of(count, layer, rank, from, to, weight);
        boxChains = boxGraph.chains;
        boxVirtual = boxGraph.virtual;
        LayeredGraph g = new LayeredGraph(new LayeredGraph.Spec(
                boxGraph.layer,
                new int[boxGraph.size()],
                new String[] {"blocks"},
                boxGraph.rank,
                boxGraph.virtual,
                boxGraph.from,
                boxGraph.to,
                boxGraph.weight));
        GroupLanes lanes = new CrossingReduction(g).run(options.crossingPasses());
        blockLanes = lanes;
        blockWeights = boxGraph.weight;
        return drawBlocks(blocks, g, lanes);
    }

    /**
     * Places the blocks again after some changed size, in the layers and order of {@code before} (the same graph of
     * boxes, so the same dummies): only their coordinates are worked out anew.
     */
    private LayeredDrawing placeBlocksAgain(Block[] blocks, LayeredDrawing before) {
        LayeredGraph old = before.g;
        LayeredGraph g = new LayeredGraph(new LayeredGraph.Spec(
                java.util.Arrays.copyOf(old.layerOf, old.realCount),
                new int[old.realCount],
                new String[] {"blocks"},
                new int[old.realCount],
                boxVirtual,
                old.edgeFrom,
                old.edgeTo,
                blockWeights));
        for (int l = 0; l < g.layerCount; l++) {
            System.arraycopy(old.layers[l], 0, g.layers[l], 0, old.layers[l].length);
            g.syncPositions(l);
        }
        return drawBlocks(blocks, g, blockLanes);
    }

    private LayeredDrawing drawBlocks(Block[] blocks, LayeredGraph g, GroupLanes lanes) {
        int count = blocks.length;
        double[] along = new double[g.realCount];
        double[] across = new double[g.realCount];
        for (int b = 0; b < count; b++) {
            along[b] = blocks[b].alongSize;
            across[b] = blocks[b].acrossSize;
        }
        LayeredDrawing d = new LayeredDrawing(
                g,
                lanes,
                along,
                across,
                options.groupSpacing(),
                boxEdgeSpacing(),
                0,
                0,
                0,
                options.layerSpacing(),
                options.layerSpacing(),
                options.coordinatePasses(),
                null,
                0);
        for (int b = 0; b < count; b++) {
            blocks[b].alongOffset = d.alongStart[b] - blocks[b].alongMin;
            blocks[b].acrossOffset = d.center[b] - across[b] / 2 - blocks[b].acrossMin;
        }
        return d;
    }

    private double layerGap() {
        double pad = options.groupPadding();
        return Math.max(
                options.layerSpacing(),
                2 * pad + options.groupSpacing() + (leftToRight ? 0 : options.groupLabelHeight()));
    }

    /**
     * Room between two edges between boxes: half that inside a group, since the edges of a pair of boxes go as one
     * bundle and a long chain of groups (the overview of a big project) has hundreds side by side.
     */
    private double boxEdgeSpacing() {
        return options.edgeSpacing() / 2;
    }

    private double targetRatio() {
        return leftToRight ? WIDE : 1 / WIDE;
    }

    /**
     * What an edge of weight {@code w} weighs between boxes: every edge is one line however many asset edges it
     * stands for, so a heavy edge counts more, but by the number of its binary digits, not by {@code w}. Weighed by
     * {@code w}, the group overview of a 1,000-asset project crossed 10,181 times (ELK, unweighted, about 8,700);
     * weighed so, 7,781 (one per line: 7,889).
     */
    static int lineWeight(int w) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, w));
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** A port: where the edges between one group of a block and one other block leave or enter. */
    private record Port(boolean in, int group, int neighbour) {}

    /** One block: its nodes, ports and edges in local indices, then its drawing and offset. */
    private static final class Block {
        final List<Integer> nodes = new ArrayList<>();
        final List<Port> ports = new ArrayList<>();
        final Map<Port, Integer> portIndex = new HashMap<>();
        final List<Integer> from = new ArrayList<>();
        final List<Integer> to = new ArrayList<>();
        final List<Integer> weight = new ArrayList<>();
        final Map<Long, Integer> edgeIndex = new HashMap<>();
        LayeredDrawing drawing;
        /** The layers of the block's own nodes, once assigned. */
        int[] layer;
        /** The block's layered graph in the order its crossing reduction found, and its lanes. */
        LayeredGraph ordered;

        GroupLanes lanes;
        /** Every node's and port's rectangle in the block's frame (layer axes), rows folded. */
        Rect[] placed;

        List<List<Point>> routes;
        double alongMin;
        double acrossMin;
        double alongSize;
        double acrossSize;
        double alongOffset;
        double acrossOffset;

        int portCount() {
            return ports.size();
        }

        /** Local index of the port (created on first use); ports come after the nodes. */
        int port(boolean in, int group, int neighbour) {
            Port key = new Port(in, group, neighbour);
            Integer index = portIndex.get(key);
            if (index == null) {
                index = ports.size();
                ports.add(key);
                portIndex.put(key, index);
            }
            return nodes.size() + index; // every node is in before the first edge
        }

        /** Index of the edge s → t, weights of repeats added. */
        int edge(int s, int t, int w) {
            long key = ((long) s << 32) ^ (t & 0xffffffffL);
            Integer index = edgeIndex.get(key);
            if (index == null) {
                index = from.size();
                edgeIndex.put(key, index);
                from.add(s);
                to.add(t);
                weight.add(0);
            }
            weight.set(index, weight.get(index) + w);
            return index;
        }

        /** The route of local edge {@code e} moved to the block's place. */
        List<Point> route(int e) {
            List<Point> local = routes.get(e);
            List<Point> moved = new ArrayList<>(local.size());
            for (Point p : local) {
                moved.add(new Point(p.x() + alongOffset, p.y() + acrossOffset));
            }
            return moved;
        }
    }
}
