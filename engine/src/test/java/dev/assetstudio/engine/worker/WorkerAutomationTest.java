package dev.assetstudio.engine.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.automation.AutomationEvaluator;
import dev.assetstudio.engine.automation.AutomationStatus;
import dev.assetstudio.engine.automation.TickReport;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.ScheduleSpec;
import dev.assetstudio.engine.definitions.SensorSpec;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.run.RunHandle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Automation of a project with a worker: the engine reads schedules, sensors and conditions as the
 * data the worker described and asks the worker to evaluate each sensor, so no class of the jar is
 * ever initialized in this JVM (its classes write their JVM's pid to a marker file when they are).
 * A sensor that throws, one that exits its worker and one that hangs each fail their own tick; the
 * next tick gets a fresh worker.
 */
class WorkerAutomationTest {
    private static final Instant T0 = Instant.parse("2024-01-02T06:00:00Z");

    @TempDir
    Path dir;

    @Test
    void automationIsDataHereAndSensorsRunInTheWorker() throws Exception {
        Path marker = dir.resolve("marker.txt");
        Path jar = SpyJars.jar(dir, marker);
        long me = ProcessHandle.current().pid();
        try (Project project = Project.open(jar, SpyJars.options(dir.resolve("home")));
                AutomationStore store = AutomationStore.open(project.options().historyDatabase())) {
            AutomationDefinitions automation = project.automation();
            assertEquals(
                    List.of("morning"),
                    automation.schedules().stream().map(ScheduleSpec::name).toList());
            assertEquals(
                    "0 6 * * * (UTC)",
                    automation.schedule("morning").orElseThrow().cron().toString());
            assertEquals(
                    Set.of("inbox", "exits", "hangs", "throws"),
                    automation.sensors().stream().map(SensorSpec::name).collect(Collectors.toSet()));
            assertEquals(60, automation.sensor("inbox").orElseThrow().interval().toSeconds());
            assertEquals(
                    "eager", automation.conditions().get(AssetKey.of("cooked")).toString());
            List<AutomationStatus> status = AutomationStatus.of(automation, store, T0);
            assertEquals(
                    Set.of("morning", "inbox", "exits", "hangs", "throws", "declarative_automation"),
                    status.stream().map(AutomationStatus::name).collect(Collectors.toSet()));
            assertFalse(SpyJars.pids(marker).isEmpty(), "the worker loaded the jar's classes");
            assertFalse(SpyJars.pids(marker).contains(me), () -> "loaded here: " + SpyJars.marks(marker));

            AutomationEvaluator evaluator = new AutomationEvaluator(store);
            for (String name : List.of("morning", "inbox", "throws", "declarative_automation")) {
                store.setEnabled(name, true, T0.minusSeconds(60));
            }
            TickReport first = tick(evaluator, project, T0);
            long firstWorker =
                    project.worker().orElseThrow().running().orElseThrow().pid();
            Tick inbox = only(first, "inbox");
            assertEquals(TickStatus.REQUESTED, inbox.status(), inbox::summary);
            assertTrue(inbox.summary().contains("cursor 1"), inbox.summary());
            assertTrue(inbox.summary().contains("INFO inbox in " + firstWorker), inbox.summary());
            assertEquals(TickStatus.REQUESTED, only(first, "morning").status());
            Tick threw = only(first, "throws");
            assertEquals(TickStatus.FAILED, threw.status());
            assertTrue(
                    threw.summary().startsWith("sensor throws (")
                            && threw.summary()
                                    .contains(") threw java.lang.IllegalStateException: sensor broke on purpose"),
                    threw.summary());
            assertTrue(threw.summary().contains("WARN about to throw"), threw.summary());
            assertTrue(threw.error().contains("com.spy.Sensors.throwsOnPurpose(Sensors.java"), threw.error());
            assertTrue(first.launched().stream().allMatch(h -> h.await().succeeded()));

            // System.exit in a sensor: its tick fails, this JVM lives
            store.setEnabled("exits", true, T0);
            Tick exits = only(tick(evaluator, project, T0.plusSeconds(20)), "exits");
            assertEquals(TickStatus.FAILED, exits.status());
            assertTrue(
                    exits.summary().contains("failed: worker exited with code 5 while evaluating sensor `exits`"),
                    exits.summary());
            store.setEnabled("exits", false, T0.plusSeconds(20));

            // a sensor that never returns: the worker is stopped after the sensor timeout
            store.setEnabled("hangs", true, T0.plusSeconds(20));
            Tick hangs = only(tick(evaluator, project, T0.plusSeconds(30)), "hangs");
            assertEquals(TickStatus.FAILED, hangs.status());
            assertTrue(
                    hangs.summary().startsWith("sensor hangs (")
                            && hangs.summary().contains(") failed: sensor `hangs` did not answer within 3 s"),
                    hangs.summary());
            store.setEnabled("hangs", false, T0.plusSeconds(30));

            // the next tick: a fresh worker evaluates the sensor on, from its stored cursor
            TickReport after = tick(evaluator, project, T0.plusSeconds(120));
            Tick again = only(after, "inbox");
            assertEquals(TickStatus.REQUESTED, again.status(), again::summary);
            assertTrue(again.summary().contains("cursor 2"), again.summary());
            long lastWorker =
                    project.worker().orElseThrow().running().orElseThrow().pid();
            assertNotEquals(firstWorker, lastWorker);
            assertTrue(after.launched().stream().allMatch(h -> h.await().succeeded()));
            assertEquals(2, store.ticks("inbox", 10).size());
        }
        List<Long> pids = SpyJars.pids(marker);
        assertFalse(pids.contains(me), () -> "the jar's classes were initialized here: " + SpyJars.marks(marker));
        assertTrue(
                SpyJars.marks(marker).stream().anyMatch(l -> l.startsWith("sensors ")),
                () -> "the worker initialized the sensors: " + SpyJars.marks(marker));
    }

    private static TickReport tick(AutomationEvaluator evaluator, Project project, Instant at) {
        TickReport report = evaluator.tick(project, at);
        report.launched().forEach(RunHandle::await);
        project.historyStore().flush();
        return report;
    }

    private static Tick only(TickReport report, String name) {
        List<Tick> ticks =
                report.ticks().stream().filter(t -> t.name().equals(name)).toList();
        assertEquals(1, ticks.size(), () -> name + " in " + report.ticks());
        return ticks.get(0);
    }
}
