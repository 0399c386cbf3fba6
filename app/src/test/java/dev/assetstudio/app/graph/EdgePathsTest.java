package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
