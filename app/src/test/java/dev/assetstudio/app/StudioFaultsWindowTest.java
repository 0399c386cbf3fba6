package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.project.LoadErrorView;
import dev.assetstudio.app.run.StepRow;
import dev.assetstudio.app.run.StepState;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.status.AssetStatus;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A few bad inputs in a real (headless) window: what the user sees, and that the studio stays usable after each. The
 * view-model level covers every case ({@link StudioBadInputTest}).
 */
@ExtendWith(ApplicationExtension.class)
class StudioFaultsWindowTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private final Preferences themePreferences = TestPreferences.fresh();
    private StudioSession session;
    private MainViewModel main;
    private Materializer materializer;
    private Stage stage;
    private StudioWindowFixture window;

    @Start
    void start(Stage stage) {
        var w = StudioWindowFixture.show(
                stage, ProjectOptions.builder().home(dir.resolve("home")).build(), preferences, themePreferences);
        window = w;
        this.stage = w.stage();
        main = w.main();
        session = w.session();
        materializer = w.materializer();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        TestPreferences.remove(preferences);
        TestPreferences.remove(themePreferences);
    }

    @Test
    void aProviderThatThrowsShowsInTheErrorPanelAndTheOpenProjectStillRuns(FxRobot robot) throws Exception {
        Path good = BadJars.good(dir.resolve("good"), "good.jar", "alpha");
        robot.interact(() -> main.openProject(good));
        FxWait.onFx(() -> session.project() != null && !session.statuses().isEmpty(), window::state);
        Project open = session.project();

        Path bad = BadJars.providerThrows(dir.resolve("bad"));
        robot.interact(() -> main.openProject(bad));
        LoadErrorView error = robot.lookup("#load-error").queryAs(LoadErrorView.class);
        FxWait.onFx(error::isVisible, window::state);
        assertEquals(
                "Could not open provider.jar — still showing good.jar as it was",
                error.panel().getTitle());
        assertTrue(
                error.panel().getText().contains("provider com.x.Defs"),
                error.panel().getText());
        assertTrue(
                error.panel().getText().contains("config file missing"),
                error.panel().getText());
        assertSame(open, session.project());
        assertEquals("Asset Studio — good.jar", stage.getTitle());

        robot.clickOn("#action-materialize-all-button");
        FxWait.onFx(() -> status("alpha") == AssetStatus.State.FRESH, window::state);
        robot.clickOn("#load-error-dismiss");
        assertFalse(error.isVisible());
    }

    @Test
    void aFailingAssetShowsItsMessageInTheStepTableAndAFailedBadge(FxRobot robot) throws Exception {
        Path jar = BadJars.assets(
                dir.resolve("jar"),
                "failing.jar",
                """
                public final class Assets {
                    @Asset public static String boom() { throw new IllegalStateException("upstream API is down"); }
                    @Asset public static String fine() { return "fine"; }
                }
                """);
        robot.interact(() -> main.openProject(jar));
        FxWait.onFx(() -> session.project() != null && !session.statuses().isEmpty(), window::state);

        robot.clickOn("#action-materialize-all-button");
        FxWait.onFx(() -> "Failed".equals(main.lastRunStatusProperty().get()), window::state);
        @SuppressWarnings("unchecked")
        TableView<StepRow> steps = robot.lookup("#run-steps").queryAs(TableView.class);
        StepRow boom = steps.getItems().stream()
                .filter(r -> r.step().asset().equals(AssetKey.of("boom")))
                .findFirst()
                .orElseThrow();
        assertEquals(StepState.FAILED, boom.state());
        // the message is on screen, in the step table's Message column
        FxWait.onFx(
                () -> robot.lookup("#run-steps .table-cell").queryAllAs(Labeled.class).stream()
                        .anyMatch(cell -> cell.getText() != null
                                && cell.getText().contains("asset boom failed in compute")
                                && cell.getText().contains("upstream API is down")),
                window::state);
        FxWait.onFx(
                () -> status("boom") == AssetStatus.State.FAILED && status("fine") == AssetStatus.State.FRESH,
                window::state);
        FxWait.onFx(
                () -> !robot.lookup("#catalog-tree ." + dev.assetstudio.app.theme.Styles.STATUS_FAILED)
                        .queryAll()
                        .isEmpty(),
                window::state);
    }

    @Test
    void aRunThatCannotBePlannedStartsNothing(FxRobot robot) throws Exception {
        Path jar = BadJars.assets(
                dir.resolve("jar"),
                "config.jar",
                """
                public final class Assets {
                    public record Fetch(String endpoint, int retries) implements Config {}
                    @Asset public static String fetched(Fetch config) { return config.endpoint() + config.retries(); }
                }
                """);
        robot.interact(() -> main.openProject(jar));
        FxWait.onFx(() -> session.project() != null && !session.statuses().isEmpty(), window::state);

        robot.interact(() -> materializer.materialize(
                AssetSelection.parse("fetched"),
                RunRequest.builder().config("fetched", Map.of("endpoint", "x")).build()));
        // a toast says why, naming the asset and the field
        FxWait.onFx(
                () -> robot.lookup(node -> node instanceof Labeled l
                                        && l.getText() != null
                                        && l.getText().contains("Cannot materialize fetched"))
                                .tryQuery()
                                .isPresent()
                        && robot.lookup(node -> node instanceof Labeled l
                                        && l.getText() != null
                                        && l.getText().contains("missing field 'retries'"))
                                .tryQuery()
                                .isPresent(),
                window::state);
        assertTrue(materializer.activeRuns().isEmpty());
        // The run panel waits for a run to start: it stays hidden, its step table out of the window.
        assertTrue(robot.lookup(".as-run-panel").tryQuery().isEmpty(), "no run started");
        assertTrue(robot.lookup("#run-steps").tryQuery().isEmpty(), "no run started");
        session.project().historyStore().flush();
        assertEquals(0, session.project().history().runs(0, 10).size());
        // and the studio goes on: a valid config runs
        robot.interact(() -> materializer.materialize(
                AssetSelection.parse("fetched"),
                RunRequest.builder()
                        .config("fetched", Map.of("endpoint", "x", "retries", 2))
                        .build()));
        FxWait.onFx(() -> status("fetched") == AssetStatus.State.FRESH, window::state);
    }

    private AssetStatus.State status(String key) {
        AssetStatus status = session.statuses().get(AssetKey.of(key));
        return status == null ? null : status.state();
    }
}
