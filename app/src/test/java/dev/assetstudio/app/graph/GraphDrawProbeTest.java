package dev.assetstudio.app.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.status.AssetStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Draws a 5,000-node synthetic graph and prints how long a frame takes (recording the canvas commands,
 * and recording plus rasterizing them through a snapshot), fitted and at 100 %. A measurement, not a
 * benchmark: nothing is asserted about the time, only that every frame draws.
 */
@ExtendWith(ApplicationExtension.class)
class GraphDrawProbeTest {

    private static final int NODES = 5_000;
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    private final Preferences preferences = TestPreferences.fresh();
    // Made in start(): controls must not be touched before the toolkit runs.
    private ThemeColors colors;
    private Canvas canvas;

    @Start
    void start(Stage stage) {
        colors = new ThemeColors();
        canvas = new Canvas(WIDTH, HEIGHT);
        var root = new Pane(canvas, colors.probe());
        var scene = new Scene(root, WIDTH, HEIGHT);
        new Theme(preferences).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forget() {
        TestPreferences.remove(preferences);
    }

    @Test
    void drawsFiveThousandNodes(FxRobot robot) {
        LayoutGraph graph = SyntheticGraphs.layeredDag(NODES, 40, 24, 7);
        long t0 = System.nanoTime();
        GraphLayout layout = LayoutKind.LAYERED.algorithm().layout(graph, GraphViewModel.OPTIONS);
        long layoutMillis = (System.nanoTime() - t0) / 1_000_000;
        List<NodeItem> items = new ArrayList<>();
        for (int i = 0; i < graph.nodeCount(); i++) {
            String id = graph.id(i);
            items.add(new NodeItem(
                    id,
                    AssetKey.of("synthetic", id),
                    graph.group(i),
                    "synthetic/",
                    id,
                    i % 50 == 0,
                    i % 7 == 0,
                    false,
                    1));
        }
        GraphModel model =
                new GraphModel(layout, LayoutKind.LAYERED, items, Set.of(), GraphModel.ViewportHint.FIT, null);
        AssetStatus fresh =
                new AssetStatus(AssetStatus.State.FRESH, "", Instant.now().minusSeconds(200));
        var renderer = new GraphRenderer(colors);

        robot.interact(() -> {
            Viewport fitted = new Viewport();
            fitted.fit(layout.bounds(), WIDTH, HEIGHT);
            Viewport actual = new Viewport();
            actual.zoomAt(1, 0, 0);
            Viewport named = new Viewport();
            named.zoomAt(0.4, 0, 0);
            System.out.printf(
                    "GraphDrawProbe: %d nodes, %d edges, layered layout %d ms%n",
                    graph.nodeCount(), graph.edgeCount(), layoutMillis);
            long baseline = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
                canvas.snapshot(null, null);
            }
            System.out.printf(
                    "GraphDrawProbe: an empty %.0fx%.0f canvas snapshot alone takes %.2f ms (included below)%n",
                    WIDTH, HEIGHT, (System.nanoTime() - baseline) / 1e6 / 10);
            for (var entry : Map.of("fitted", fitted, "names (40 %)", named, "100 %", actual)
                    .entrySet()) {
                Viewport v = entry.getValue();
                var frame = new GraphRenderer.Frame(
                        model,
                        v,
                        WIDTH,
                        HEIGHT,
                        Highlight.NONE,
                        Set.of(),
                        k -> fresh,
                        Map.of(),
                        Instant.now(),
                        0,
                        null);
                renderer.draw(canvas.getGraphicsContext2D(), frame); // warm-up: fonts, text cache, JIT
                canvas.snapshot(null, null);
                int frames = 10;
                long record = 0;
                long total = 0;
                GraphRenderer.Stats stats = null;
                for (int i = 0; i < frames; i++) {
                    long start = System.nanoTime();
                    stats = renderer.draw(canvas.getGraphicsContext2D(), frame);
                    record += System.nanoTime() - start;
                    canvas.snapshot(null, null); // forces the recorded commands to be rasterized
                    total += System.nanoTime() - start;
                }
                System.out.printf(
                        "GraphDrawProbe: %-13s scale %.3f: %5d cards %5d edges drawn; record %.2f ms, record+render %.2f ms per frame%n",
                        entry.getKey(),
                        v.scale(),
                        stats.nodes(),
                        stats.edges(),
                        record / 1e6 / frames,
                        total / 1e6 / frames);
                assertTrue(stats.nodes() > 0);
            }
        });
    }
}
