package dev.assetstudio.app.graph.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Shared checks on finished layouts. */
final class Layouts {

    static final double EPS = 1e-6;

    private Layouts() {}

    /** A graph from "a->b" strings; every node 100×40 in group "g" unless given as "group:id". */
    static LayoutGraph graph(String... edges) {
        LayoutGraph.Builder b = LayoutGraph.builder();
        List<String> seen = new ArrayList<>();
        for (String edge : edges) {
            String[] ends = edge.split("->");
            for (String end : ends) {
                String id = end.contains(":") ? end.substring(end.indexOf(':') + 1) : end;
                String group = end.contains(":") ? end.substring(0, end.indexOf(':')) : "g";
                if (!seen.contains(id)) {
                    seen.add(id);
                    b.node(id, group, 100, 40);
                }
            }
            if (ends.length == 2) {
                b.edge(strip(ends[0]), strip(ends[1]));
            }
        }
        return b.build();
    }

    private static String strip(String end) {
        return end.contains(":") ? end.substring(end.indexOf(':') + 1) : end;
    }

    /** Fails if any two node rectangles overlap (sweep over x, so it is fine for 10,000 nodes). */
    static void assertNoNodeOverlaps(GraphLayout layout) {
        List<PlacedNode> nodes = new ArrayList<>(layout.nodes().values());
        nodes.sort(Comparator.comparingDouble(n -> n.bounds().x()));
        for (int i = 0; i < nodes.size(); i++) {
            Rect a = nodes.get(i).bounds();
            for (int j = i + 1; j < nodes.size() && nodes.get(j).bounds().x() < a.maxX() - EPS; j++) {
                Rect b = nodes.get(j).bounds();
                if (shrunk(a).intersects(shrunk(b))) {
                    fail("nodes overlap: " + nodes.get(i) + " and " + nodes.get(j));
                }
            }
        }
    }

    static void assertGroupBoxesContainTheirNodes(GraphLayout layout) {
        for (PlacedNode node : layout.nodes().values()) {
            Rect box = layout.groups().get(node.group()).bounds();
            assertTrue(grown(box).contains(node.bounds()), node + " outside its group box " + box);
        }
    }

    static void assertFiniteAndDistinct(GraphLayout layout) {
        List<Rect> rects = new ArrayList<>();
        for (PlacedNode node : layout.nodes().values()) {
            Rect r = node.bounds();
            assertTrue(Double.isFinite(r.x()) && Double.isFinite(r.y()), "not finite: " + node);
            rects.add(r);
        }
        rects.sort(Comparator.comparingDouble(Rect::x).thenComparingDouble(Rect::y));
        for (int i = 1; i < rects.size(); i++) {
            Rect a = rects.get(i - 1);
            Rect b = rects.get(i);
            assertTrue(Math.abs(a.x() - b.x()) > EPS || Math.abs(a.y() - b.y()) > EPS, "same position: " + a);
        }
    }

    private static Rect shrunk(Rect r) {
        return new Rect(r.x() + EPS, r.y() + EPS, r.width() - 2 * EPS, r.height() - 2 * EPS);
    }

    private static Rect grown(Rect r) {
        return new Rect(r.x() - EPS, r.y() - EPS, r.width() + 2 * EPS, r.height() + 2 * EPS);
    }
}
