package dev.assetstudio.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.RunPanelWindow;
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
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * A step whose attempt was lost (its cluster worker left) and tried again shows it in the run's step
 * table, "attempt 2" beside its state with the cause on hover: live, from the run's events, and for a
 * past run, from the {@code STEP_RETRIED} events history recorded. The attempt's number is the
 * engine's ({@link dev.assetstudio.engine.history.StepAttempts}).
 */
@ExtendWith(ApplicationExtension.class)
class StepRetryViewTest {
    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    private static final String CAUSE =
            "worker 4121@127.0.0.1:5702 left mid-step: MemberLeftException: Member [127.0.0.1]:5702 has left cluster!";

    @TempDir
    static Path dir;

    private RunPanelWindow window;
    private RunPanelViewModel viewModel;

    @Start
    void start(Stage stage) {
        window = RunPanelWindow.show(stage, 1100, 400, (session, materializer) -> {
            viewModel = new RunPanelViewModel(session, new MainViewModel(), materializer);
            return new RunPanelView(viewModel);
        });
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aRetriedStepSaysItsAttemptAndWhyTheOneBeforeWasLost(FxRobot robot) throws Exception {
        Project project = window.open(
                robot,
                Project.open(
                        BadJars.assets(
                                dir.resolve("jars"),
                                "retried.jar",
                                "public final class Assets { @Asset public static int slow() { return 1; }"
                                        + " @Asset public static int quick() { return 2; } }"),
                        ProjectOptions.builder().home(dir.resolve("home")).build()));
        StepKey slow = StepKey.of(AssetKey.of("slow"));
        StepKey quick = StepKey.of(AssetKey.of("quick"));

        // live: the run's events as the executor emits them
        robot.interact(() -> viewModel.apply(List.of(
                new RunStarted("live", T0, List.of(slow, quick), "*", null, "cluster:local"),
                new StepStarted("live", T0, slow),
                new StepStarted("live", T0, quick),
                new StepSucceeded("live", T0.plusMillis(40), quick, Duration.ofMillis(40), true),
                new StepRetried("live", T0.plusSeconds(2), slow, 2, CAUSE))));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> running = retriedCell(robot);
        assertEquals("Running \u00b7 attempt 2", running.getText());
        assertEquals("attempt 1 lost: " + CAUSE, running.getTooltip().getText());
        assertEquals(
                1,
                robot.lookup(".table-cell.as-step-attempt").queryAll().size(),
                "a step that ran once shows no attempt");
        assertWhole(running);

        // a past run: history recorded the retry, and the table reads it back
        var history = new HistoryRunListener(project.historyStore());
        for (RunEvent e : List.<RunEvent>of(
                new RunStarted("past", T0, List.of(slow, quick), "*", null, "cluster:local"),
                new StepStarted("past", T0, slow),
                new StepStarted("past", T0, quick),
                new StepSucceeded("past", T0.plusMillis(40), quick, Duration.ofMillis(40), true),
                new StepRetried("past", T0.plusSeconds(2), slow, 2, CAUSE),
                new StepRetried("past", T0.plusSeconds(3), slow, 3, "worker 4130@127.0.0.1:5703 left mid-step"),
                new StepSucceeded("past", T0.plusSeconds(5), slow, Duration.ofSeconds(5), true),
                new RunFinished("past", T0.plusSeconds(5), RunStatus.SUCCEEDED))) {
            history.onEvent(e);
        }
        project.historyStore().flush();
        robot.interact(() -> viewModel.showRun("past"));
        FxWait.until(
                () -> "past".equals(viewModel.runIdProperty().get()),
                () -> "the panel shows run " + viewModel.runIdProperty().get() + ", not past");

        StepRow slowRow = viewModel.steps().stream()
                .filter(r -> r.step().equals(slow))
                .findFirst()
                .orElseThrow();
        assertEquals(StepState.SUCCEEDED, slowRow.state(), "a retry neither starts nor ends the step");
        assertEquals(3, slowRow.attempts().count());
        TableCell<?, ?> succeeded = retriedCell(robot);
        assertEquals("Succeeded \u00b7 attempt 3", succeeded.getText());
        assertEquals(
                "attempt 1 lost: " + CAUSE + "\nattempt 2 lost: worker 4130@127.0.0.1:5703 left mid-step",
                succeeded.getTooltip().getText());
        assertWhole(succeeded);
    }

    /** The one State cell marked as retried. */
    private static TableCell<?, ?> retriedCell(FxRobot robot) {
        return robot.lookup(".table-cell.as-step-attempt").queryAs(TableCell.class);
    }

    /** The cell shows its whole text (no ellipsis: the column leaves it room). */
    private static void assertWhole(TableCell<?, ?> cell) {
        Text shown = (Text) cell.lookup(".text");
        assertEquals(cell.getText(), shown.getText(), "cut off in a column " + cell.getWidth() + " px wide");
    }
}
