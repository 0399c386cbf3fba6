package dev.assetstudio.app.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.TestJars;
import dev.assetstudio.engine.worker.SpyJars;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Automation view on a real project with the studio's daemon running on a clock the test moves:
 * turning a schedule on, and its tick filling the history in.
 */
@ExtendWith(ApplicationExtension.class)
class AutomationViewTest {
    @TempDir
    static Path dir;

    /** A clock the test sets. */
    static final class TestClock extends Clock {
        volatile Instant now = Instant.parse("2024-01-01T05:59:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private StudioSession session;
    private StudioAutomation automation;
    private AutomationView view;
    private AutomationViewModel viewModel;
    private Project project;

    @Start
    void start(Stage stage) {
        session = new StudioSession(new BackgroundTasks(
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "test-background");
                    t.setDaemon(true);
                    return t;
                }),
                Platform::runLater));
        automation = new StudioAutomation(session, clock, Duration.ofMillis(100));
        viewModel = new AutomationViewModel(automation, session.background());
        view = new AutomationView(viewModel);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        automation.close();
        if (project != null) {
            project.close();
        }
    }

    /**
     * The switch of {@code name} in the table as shown (the table also keeps cells it does not show, and
     * rebuilds them when a tick changes a row): waits until one is there.
     */
    private static CheckBox shownSwitch(FxRobot robot, String name) throws Exception {
        CheckBox[] found = new CheckBox[1];
        FxWait.until(
                () -> {
                    found[0] = robot.lookup("#automation-switch-" + name).queryAllAs(CheckBox.class).stream()
                            .filter(box -> box.getScene() != null
                                    && box.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell
                                    && cell.getItem() instanceof AutomationRow row
                                    && row.name().equals(name))
                            .findFirst()
                            .orElse(null);
                    return found[0] != null;
                },
                "a switch is shown for " + name);
        return found[0];
    }

    @Test
    void turningAScheduleOnFillsTheTickHistoryIn(FxRobot robot) throws Exception {
        Path jar = TestJars.builder()
                .source(
                        "com.x.Auto",
                        """
                        package com.x;
                        import dev.assetstudio.api.*;
                        public final class Auto {
                            public static final ScheduleDefinition MORNING = ScheduleDefinition.of("morning", "0 6 * * *", "raw");
                            @Asset public static Integer raw() { return 1; }
                            @Asset(automation = "eager") public static Integer cooked(Integer raw) { return raw + 1; }
                        }
                        """)
                .build(dir.resolve("auto.jar"));
        project = Project.open(
                jar, ProjectOptions.builder().home(dir.resolve("home")).build());
        robot.interact(() -> session.setProject(project));

        FxWait.until(() -> view.rows.getItems().size() == 3, "the rows are shown");
        assertEquals(
                List.of("morning", "declarative_automation", "cooked"),
                view.rows.getItems().stream().map(AutomationRow::name).toList());
        assertFalse(view.rows.getItems().get(0).enabled(), "off until turned on");
        FxWait.until(
                () -> view.lease.getText().equals("Automation: this studio runs the daemon"),
                "this studio runs the daemon");
        assertTrue(view.ticks.getItems().isEmpty());

        robot.clickOn(shownSwitch(robot, "morning"));
        FxWait.until(() -> view.rows.getItems().get(0).enabled(), "the schedule is on");
        assertTrue(robot.lookup("#automation-switch-morning")
                .queryAs(CheckBox.class)
                .isSelected());
        assertFalse(view.rows.getItems().get(0).nextTick().equals("-"), "an enabled schedule has a next tick");

        clock.now = Instant.parse("2024-01-01T06:00:20Z");
        FxWait.until(
                () -> view.ticks.getItems().stream()
                        .anyMatch(t -> t.name().equals("morning") && t.status().equals("requested")),
                "the tick is in the history");
        TickRow tick = view.ticks.getItems().stream()
                .filter(t -> t.name().equals("morning"))
                .findFirst()
                .orElseThrow();
        assertTrue(tick.lines().startsWith("requested raw as run "), tick.lines());
        assertTrue(tick.summary().startsWith("cron tick 2024-01-01T06:00Z"), tick.summary());

        robot.clickOn(shownSwitch(robot, "declarative_automation"));
        FxWait.until(() -> view.rows.getItems().get(1).enabled(), "declarative automation is on");
        FxWait.until(
                () -> view.rows.getItems().get(2).details().contains("→ requested run "),
                "cooked follows raw, and says why");
        robot.interact(() -> view.rows.getSelectionModel().select(2));
        // The rows refresh on every tick, so the details may show the selection a pulse later.
        FxWait.until(
                () -> view.details.getText().startsWith("cooked (asset)\n"),
                () -> "the details show cooked, not: " + view.details.getText() + " (selected "
                        + view.rows.getSelectionModel().getSelectedItem() + " of " + view.rows.getItems() + ")");
        String details = view.details.getText();
        assertTrue(
                details.contains("eager: true — cooked was never materialized and its upstreams are present"), details);

        // A refresh replaces the rows, the selected one with a changed row: it stays selected, with its details.
        AutomationRow morning = view.rows.getItems().get(0);
        robot.interact(() -> view.rows.getSelectionModel().select(0));
        robot.interact(() -> viewModel.setEnabled(morning, false));
        FxWait.until(() -> !view.rows.getItems().get(0).enabled(), "the schedule is off");
        assertEquals("morning", view.rows.getSelectionModel().getSelectedItem().name());
        assertTrue(view.details.getText().startsWith("morning (schedule)\n"), view.details.getText());
    }

    @Test
    void withAWorkerTheViewShowsAndTicksAutomationWithoutLoadingTheJarHere(FxRobot robot) throws Exception {
        Path marker = dir.resolve("spy-marker.txt");
        Path jar = SpyJars.jar(dir.resolve("spy"), marker);
        project = Project.open(jar, SpyJars.options(dir.resolve("spy-home")));
        robot.interact(() -> session.setProject(project));

        FxWait.until(() -> view.rows.getItems().size() == 7, "the rows are shown");
        assertEquals(
                List.of("cooked", "declarative_automation", "exits", "hangs", "inbox", "morning", "throws"),
                view.rows.getItems().stream().map(AutomationRow::name).sorted().toList());
        robot.clickOn(shownSwitch(robot, "inbox"));
        FxWait.until(
                () -> view.ticks.getItems().stream()
                        .anyMatch(t -> t.name().equals("inbox") && t.status().equals("requested")),
                "the sensor ticked in the worker");
        TickRow tick = view.ticks.getItems().stream()
                .filter(t -> t.name().equals("inbox"))
                .findFirst()
                .orElseThrow();
        assertTrue(tick.lines().startsWith("requested raw as run "), tick.lines());
        assertTrue(tick.summary().startsWith("the sensor asked for 1 run; cursor "), tick.summary());
        robot.interact(() -> view.rows
                .getSelectionModel()
                .select(view.rows.getItems().stream()
                        .filter(r -> r.name().equals("cooked"))
                        .findFirst()
                        .orElseThrow()));
        assertTrue(view.details.getText().startsWith("cooked (asset)\n"), view.details.getText());

        long me = ProcessHandle.current().pid();
        assertFalse(SpyJars.pids(marker).isEmpty(), "the worker loaded the jar's classes");
        assertFalse(
                SpyJars.pids(marker).contains(me),
                () -> "the jar's classes were initialized here: " + SpyJars.marks(marker));
    }
}
