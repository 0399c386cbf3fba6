package dev.assetstudio.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.HistoryRunListener;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepRetried;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.run.event.StepWaiting;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
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
 * A cluster step that waits for a worker's thread shows as waiting, with the engine's reason, not as
 * running: live from the run's events and for a past run from history's {@code STEP_WAITING}; it runs
 * once the engine says it started. The run panel is as wide as at a 1024 px window, where the
 * durations stay whole.
 */
@ExtendWith(ApplicationExtension.class)
class StepWaitingViewTest {
    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    private static final String REASON = "waiting for a worker: every thread of cluster 'local' (3 workers) is busy";

    @TempDir
    static Path dir;

    private final Preferences preferences = TestPreferences.fresh();
    private StudioSession session;
    private RunPanelViewModel viewModel;
    private Project project;

    @Start
    void start(Stage stage) {
        session = new StudioSession(BackgroundTasks.onThreadPool());
        viewModel = new RunPanelViewModel(session, new MainViewModel(), new Materializer(session));
        var scene = new Scene(new RunPanelView(viewModel), 1024, 400);
        new Theme(preferences).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        TestPreferences.remove(preferences);
        if (project != null) {
            project.close();
        }
    }

    @Test
    void aStepWaitingForAWorkerSaysSoUntilItStarts(FxRobot robot) throws Exception {
        project = Project.open(
                BadJars.assets(
                        dir.resolve("jars"),
                        "waiting.jar",
                        "public final class Assets { @Asset public static int first() { return 1; }"
                                + " @Asset public static int queued() { return 2; } }"),
                ProjectOptions.builder().home(dir.resolve("home")).build());
        robot.interact(() -> session.setProject(project));
        StepKey first = StepKey.of(AssetKey.of("first"));
        StepKey queued = StepKey.of(AssetKey.of("queued"));

        robot.interact(() -> viewModel.apply(List.of(
                new RunStarted("live", T0, List.of(first, queued), "*", null, "cluster:local"),
                new StepStarted("live", T0, first),
                new StepWaiting("live", T0, queued, REASON))));
        WaitForAsyncUtils.waitForFxEvents();
        StepRow row = row(queued);
        assertEquals(StepState.WAITING, row.state());
        assertEquals(REASON, row.messageProperty().get());
        assertNull(row.started(), "a waiting step has not started");
        assertEquals("Waiting", stateCell(robot, "Waiting").getText());
        assertEquals(REASON, stateCell(robot, REASON).getTooltip().getText(), "the whole reason on hover");

        robot.interact(() -> viewModel.apply(List.of(
                new StepSucceeded("live", T0.plusSeconds(26), first, Duration.ofMillis(26_900), true),
                new StepStarted("live", T0.plusSeconds(27), queued))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepState.RUNNING, row.state());
        assertEquals(T0.plusSeconds(27), row.started());
        assertEquals("", row.messageProperty().get(), "the reason it waited is over");
        assertWhole(durationCell(robot, "26.9 s"));

        // its worker left: the retry waits for another one, and says so, as attempt 2
        robot.interact(() -> viewModel.apply(List.of(
                new StepRetried("live", T0.plusSeconds(29), queued, 2, "worker 3943@127.0.0.1:5702 left mid-step"),
                new StepWaiting("live", T0.plusSeconds(29), queued, REASON))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepState.WAITING, row.state());
        assertEquals(
                "Waiting \u00b7 attempt 2",
                stateCell(robot, "Waiting \u00b7 attempt 2").getText());
        robot.interact(() -> viewModel.apply(List.of(new StepStarted("live", T0.plusSeconds(31), queued))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepState.RUNNING, row.state());
        assertEquals(T0.plusSeconds(27), row.started(), "the step's first start stays its start");

        // a past run reads the wait back from history
        var history = new HistoryRunListener(project.historyStore());
        for (RunEvent e : List.<RunEvent>of(
                new RunStarted("past", T0, List.of(first, queued), "*", null, "cluster:local"),
                new StepStarted("past", T0, first),
                new StepWaiting("past", T0, queued, REASON))) {
            history.onEvent(e);
        }
        project.historyStore().flush();
        robot.interact(() -> viewModel.showRun("past"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "past"
                .equals(viewModel.runIdProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepState.WAITING, row(queued).state());
        assertEquals(REASON, row(queued).messageProperty().get());
        history.onEvent(new RunFinished("past", T0.plusSeconds(1), RunStatus.CANCELED));
    }

    private StepRow row(StepKey step) {
        return viewModel.steps().stream()
                .filter(r -> r.step().equals(step))
                .findFirst()
                .orElseThrow();
    }

    private static TableCell<?, ?> stateCell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell says " + text));
    }

    private static TableCell<?, ?> durationCell(FxRobot robot, String text) {
        return stateCell(robot, text);
    }

    /** The cell shows its whole text (no ellipsis: the column leaves it room). */
    private static void assertWhole(TableCell<?, ?> cell) {
        Text shown = (Text) cell.lookup(".text");
        assertEquals(cell.getText(), shown.getText(), "cut off in a column " + cell.getWidth() + " px wide");
    }
}
