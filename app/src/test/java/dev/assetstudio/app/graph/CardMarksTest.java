package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.health.CheckSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cards show the engine's health and check verdicts, the asset's kinds and a shared step. */
@ExtendWith(ApplicationExtension.class)
class CardMarksTest {

    @TempDir
    Path home;

    private GraphWindow window;
    private StudioSession session;
    private GraphView view;
    private Project project;

    @Start
    void start(Stage stage) {
        window = GraphWindow.show(stage, TestProjects.openCereal(home.resolve("h" + System.nanoTime())), 1100, 700);
        project = window.project();
        session = window.session();
        view = window.view();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void badgeAndHealthEdgeFollowTheEngine(FxRobot robot) throws Exception {
        window.awaitDrawn();
        AssetKey cereals = AssetKey.of("cereals");
        FxWait.until(() -> session.checks().containsKey(cereals), () -> "checks " + session.checks());
        assertEquals(
                CheckSummary.State.NOT_EVALUATED, session.checks().get(cereals).state());
        Color surface = pixel(robot, cereals, Spot.BADGE);
        Color healthBefore = pixel(robot, cereals, Spot.HEALTH_EDGE);

        var run = project.materialize(AssetSelection.parse("cereals"));
        assertTrue(run.succeeded(), run::toString);
        robot.interact(() -> session.refreshStatuses());
        FxWait.until(
                () -> session.checks().get(cereals).state() == CheckSummary.State.PASSED
                        && session.health().get(cereals).state() == AssetHealth.State.HEALTHY,
                () -> "cereals' checks " + session.checks().get(cereals) + ", health "
                        + session.health().get(cereals));

        Color passed = view.renderer().checkColor(CheckSummary.State.PASSED);
        Color healthy = view.renderer().healthColor(AssetHealth.State.HEALTHY);
        assertClose(passed, pixel(robot, cereals, Spot.BADGE), "the check badge is filled with the passed colour");
        assertFalse(close(passed, surface), "before any check ran the badge was hollow: " + surface);
        assertClose(healthy, pixel(robot, cereals, Spot.HEALTH_EDGE), "the health edge has the healthy colour");
        assertFalse(close(healthy, healthBefore), "unknown health has no edge: " + healthBefore);
    }

    @Test
    void cardsCarryKindsAndTheStepTheyShare() throws Exception {
        window.awaitDrawn();
        GraphModel model = view.viewModel().model();
        NodeItem cold = model.item(model.idOf(AssetKey.of("coldCereals")));
        NodeItem hot = model.item(model.idOf(AssetKey.of("hotCereals")));
        assertEquals(List.copyOf(project.asset(AssetKey.of("coldCereals")).kinds()), cold.kinds());
        assertTrue(cold.sharesStep() && hot.sharesStep());
        assertEquals(cold.step(), hot.step(), "one step makes both");
        NodeItem cereals = model.item(model.idOf(AssetKey.of("cereals")));
        assertFalse(cereals.sharesStep());
        assertEquals(
                project.asset(AssetKey.of("cereals")).kinds().stream().sorted().toList(), cereals.kinds());
    }

    private enum Spot {
        BADGE,
        HEALTH_EDGE
    }

    /** The colour on screen at a spot of {@code key}'s card, zoomed to read it. */
    private Color pixel(FxRobot robot, AssetKey key, Spot spot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    view.jumpTo(key);
                    view.drawNow();
                    GraphModel model = view.viewModel().model();
                    Rect r = model.rectOf(model.idOf(key));
                    double wx = spot == Spot.BADGE ? r.maxX() - 17.5 + 4.5 : r.maxX() - 3.5;
                    double wy = spot == Spot.BADGE ? r.y() + 17 + 1 : r.centerY();
                    Viewport v = view.viewport();
                    assertTrue(v.scale() >= GraphRenderer.TEXT_SCALE, "zoomed in to read the card");
                    WritableImage image = view.snapshot(null, null);
                    return image.getPixelReader().getColor((int) v.toScreenX(wx), (int) v.toScreenY(wy));
                })
                .get(10, TimeUnit.SECONDS);
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.1
                && Math.abs(a.getGreen() - b.getGreen()) < 0.1
                && Math.abs(a.getBlue() - b.getBlue()) < 0.1;
    }

    private static void assertClose(Color expected, Color actual, String what) {
        assertTrue(close(expected, actual), what + ": expected " + expected + ", was " + actual);
    }
}
