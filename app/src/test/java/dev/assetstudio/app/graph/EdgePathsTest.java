package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.graph.layout.EdgeRoute;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.LayeredLayout;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.graph.layout.Rect;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Edge paths put in only the segments that show, and a segment that edges share once. */
@ExtendWith(ApplicationExtension.class)
class EdgePathsTest {

    private static final Rect VIEW = new Rect(0, 0, 1000, 600);

    private GraphicsContext g;

    @Start
    void start(Stage stage) {
        g = new Canvas(10, 10).getGraphicsContext2D();
    }

    /** A route from (x0, y) to (x1, y) with a bend every {@code step}. */
    private static List<Point> route(double x0, double x1, double y, double step) {
        List<Point> pts = new ArrayList<>();
        for (double x = x0; x <= x1 + 1e-9; x += step) {
            pts.add(new Point(x, y));
        }
        return pts;
    }

    @Test
    void anEdgeInViewIsDrawnWhole(FxRobot robot) {
        robot.interact(() -> {
            var paths = new EdgePaths();
            paths.begin(VIEW, 4);
            paths.add(g, route(100, 900, 300, 100), true, true);
            assertEquals(8, paths.offered());
            assertEquals(8, paths.added(), "every segment of an edge inside the view");
        });
    }

    @Test
    void aLongEdgeAddsOnlyItsSegmentsInView(FxRobot robot) {
        robot.interact(() -> {
            var paths = new EdgePaths();
            paths.begin(VIEW, 4);
            // From far left to far right: 100 segments of 100, of which those meeting x in [0, 1000].
            paths.add(g, route(-5000, 5000, 300, 100), true, true);
            assertEquals(100, paths.offered());
            assertEquals(12, paths.added(), "the ten segments inside the view and the two reaching into it");
            // Passing below the view: its box meets the view's row of layers, none of its segments does.
            paths.add(g, route(-5000, 5000, 2000, 100), false, true);
            assertEquals(12, paths.added());
        });
    }

    @Test
    void segmentsSharedByEdgesGoInOnce(FxRobot robot) {
        robot.interact(() -> {
            var paths = new EdgePaths();
            paths.begin(VIEW, 4);
            List<Point> shared = route(0, 1000, 300, 100);
            List<Point> sameStartOtherEnd = new ArrayList<>(shared);
            sameStartOtherEnd.add(new Point(1100, 500));
            paths.add(g, shared, true, false);
            paths.add(g, shared, true, false);
            assertEquals(10, paths.added(), "the second copy adds nothing");
            paths.add(g, sameStartOtherEnd, true, false);
            // The shared run is the same curves but for its last one (its tangent differs), then one more segment.
            assertEquals(10 + 2, paths.added());
            paths.newPath();
            paths.add(g, shared, true, false);
            assertEquals(22, paths.added(), "a new path starts empty");
        });
    }

    @Test
    void aFoldedRowsDetourRunsDownTheGapAndAlongItWithRoundedCorners() {
        // As a folded row's edge runs (RowFolding): from the row's last card out past the row's end, across to the
        // corridor between the rows, back along it, across to the next row's start and into its first card.
        List<Point> route = List.of(
                new Point(100, 100),
                new Point(300, 100),
                new Point(340, 100),
                new Point(340, 180),
                new Point(20, 180),
                new Point(20, 260),
                new Point(60, 260),
                new Point(200, 260));
        var paths = new EdgePaths();
        paths.begin(VIEW, 4);
        var drawn = new RecordedPath();
        paths.add(drawn, route, true, true);

        Rect box = drawn.bounds();
        // A curve through the corners swung 25 past the row's end and before the next row's start, and over the rows.
        assertTrue(
                box.x() >= 20 - 1e-9 && box.maxX() <= 340 + 1e-9 && box.y() >= 100 - 1e-9 && box.maxY() <= 260 + 1e-9,
                "the path stays on the route's runs: " + box);
        assertEquals(1, drawn.moves, "one unbroken line");
        assertEquals(
                List.of(new Point(340, 100), new Point(340, 180), new Point(20, 180), new Point(20, 260)),
                drawn.cornerControls,
                "each right angle rounded, about its corner");
        assertTrue(
                drawn.lines.contains(List.of(
                        new Point(340 - EdgePaths.CORNER_RADIUS, 180), new Point(20 + EdgePaths.CORNER_RADIUS, 180))),
                "straight along the corridor: " + drawn.lines);
        assertTrue(
                drawn.lines.contains(List.of(
                        new Point(340, 100 + EdgePaths.CORNER_RADIUS), new Point(340, 180 - EdgePaths.CORNER_RADIUS))),
                "straight down past the row's end: " + drawn.lines);
    }

    @Test
    void theEdgesOfAGroupFoldedIntoRowsStayWithinTheirRoutesAcrossTheRows() {
        // A group of a long chain (with some edges skipping a card) folds into rows; its edges from row to row take
        // the bus, and their drawing keeps to the route's extent along the rows.
        List<String> edges = new ArrayList<>();
        edges.add("feed:f0->chain:c0");
        for (int i = 1; i < 40; i++) {
            edges.add("chain:c" + (i - 1) + "->chain:c" + i);
            if (i % 5 == 2 && i > 2) {
                edges.add("chain:c" + (i - 3) + "->chain:c" + i);
            }
        }
        edges.add("chain:c39->tail:t0");
        LayoutGraph graph = graph(edges);
        GraphLayout layout = new LayeredLayout().layout(graph, LayoutOptions.defaults());
        int folded = 0;
        for (EdgeRoute edge : layout.edges()) {
            List<Point> route = edge.points();
            int corners = 0;
            for (int i = 0; i < route.size(); i++) {
                corners += EdgePaths.corner(route, i) ? 1 : 0;
            }
            if (corners == 0) {
                continue;
            }
            folded++;
            var paths = new EdgePaths();
            paths.begin(new Rect(-1e6, -1e6, 2e6, 2e6), 4);
            var drawn = new RecordedPath();
            paths.add(drawn, route, true, true);
            double minX = route.stream().mapToDouble(Point::x).min().orElseThrow();
            double maxX = route.stream().mapToDouble(Point::x).max().orElseThrow();
            Rect box = drawn.bounds();
            assertTrue(
                    box.x() >= minX - 1e-6 && box.maxX() <= maxX + 1e-6,
                    edge.from() + " -> " + edge.to() + " drawn over " + box + ", its route over x " + minX + ".."
                            + maxX);
            assertEquals(corners, drawn.cornerControls.size(), "every right angle of " + edge + " is rounded");
            assertEquals(1, drawn.moves, "one unbroken line for " + edge);
        }
        assertTrue(folded >= 4, "the chain folds into rows, its edges from row to row take the bus: " + folded);
    }

    private static LayoutGraph graph(List<String> edges) {
        LayoutGraph.Builder b = LayoutGraph.builder();
        List<String> seen = new ArrayList<>();
        for (String edge : edges) {
            String[] ends = edge.split("->");
            for (String end : ends) {
                String[] groupAndId = end.split(":");
                if (!seen.contains(groupAndId[1])) {
                    seen.add(groupAndId[1]);
                    b.node(groupAndId[1], groupAndId[0], GraphInput.MIN_WIDTH, GraphInput.NODE_HEIGHT);
                }
            }
            b.edge(ends[0].split(":")[1], ends[1].split(":")[1]);
        }
        return b.build();
    }

    /** The pieces of a path as drawn, and the box of the curve they make (curves sampled finely). */
    private static final class RecordedPath implements EdgePaths.PathSink {
        int moves;
        final List<Point> cornerControls = new ArrayList<>();
        final List<List<Point>> lines = new ArrayList<>();
        private final List<Point> samples = new ArrayList<>();
        private Point at;

        @Override
        public void moveTo(double x, double y) {
            moves++;
            at = new Point(x, y);
            samples.add(at);
        }

        @Override
        public void lineTo(double x, double y) {
            Point to = new Point(x, y);
            lines.add(List.of(at, to));
            samples.add(to);
            at = to;
        }

        @Override
        public void quadraticCurveTo(double cx, double cy, double x, double y) {
            cornerControls.add(new Point(cx, cy));
            for (double t = 0.05; t <= 1 + 1e-9; t += 0.05) {
                double u = 1 - t;
                samples.add(new Point(
                        u * u * at.x() + 2 * u * t * cx + t * t * x, u * u * at.y() + 2 * u * t * cy + t * t * y));
            }
            at = new Point(x, y);
        }

        @Override
        public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            for (double t = 0.05; t <= 1 + 1e-9; t += 0.05) {
                double u = 1 - t;
                samples.add(new Point(
                        u * u * u * at.x() + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x,
                        u * u * u * at.y() + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y));
            }
            at = new Point(x, y);
        }

        Rect bounds() {
            double x0 = samples.stream().mapToDouble(Point::x).min().orElseThrow();
            double x1 = samples.stream().mapToDouble(Point::x).max().orElseThrow();
            double y0 = samples.stream().mapToDouble(Point::y).min().orElseThrow();
            double y1 = samples.stream().mapToDouble(Point::y).max().orElseThrow();
            return new Rect(x0, y0, x1 - x0, y1 - y0);
        }
    }
}
