package dev.assetstudio.app.graph;

import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.Rect;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what lies under a point or inside a rectangle, in layout coordinates. A linear scan over
 * precomputed rectangles: 5,000 comparisons take microseconds, far below a frame.
 */
final class HitTester {

    /** Width of the chevron at the start of a group's label band that collapses the group. */
    static final double CHEVRON_WIDTH = 26;

    private HitTester() {}

    /** The topmost card at (x, y), or null. */
    static NodeItem nodeAt(GraphModel model, double x, double y) {
        for (int i = model.nodes().size() - 1; i >= 0; i--) {
            Rect r = model.nodeRect(i);
            if (x >= r.x() && x <= r.maxX() && y >= r.y() && y <= r.maxY()) {
                return model.nodes().get(i);
            }
        }
        return null;
    }

    /** The group whose label band is at (x, y), or null. */
    static GroupBox groupLabelAt(GraphModel model, double x, double y) {
        for (GroupBox box : model.groupBoxes()) {
            Rect r = box.label();
            if (x >= r.x() && x <= r.maxX() && y >= r.y() && y <= r.maxY()) {
                return box;
            }
        }
        return null;
    }

    /** Whether (x, y) is on the collapse chevron of {@code box}. */
    static boolean onChevron(GroupBox box, double x, double y) {
        Rect r = box.label();
        return x >= r.x() && x <= r.x() + CHEVRON_WIDTH && y >= r.y() && y <= r.maxY();
    }

    /** Every card that intersects {@code area}. */
    static List<NodeItem> nodesIn(GraphModel model, Rect area) {
        List<NodeItem> hits = new ArrayList<>();
        for (int i = 0; i < model.nodes().size(); i++) {
            if (model.nodeRect(i).intersects(area)) {
                hits.add(model.nodes().get(i));
            }
        }
        return hits;
    }
}
