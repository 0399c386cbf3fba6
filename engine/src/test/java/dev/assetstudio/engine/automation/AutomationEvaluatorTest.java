package dev.assetstudio.engine.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.history.AutomationRecords.Evaluation;
import dev.assetstudio.engine.history.AutomationRecords.Outcome;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.run.RunHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on a real project and history, with a clock the test moves. */
class AutomationEvaluatorTest {
    @TempDir
    static Path jars;

    static Path jar;

    @TempDir
    Path home;

    Path inbox;
    Project project;
    AutomationStore store;
    AutomationEvaluator evaluator;

    @BeforeAll
    static void buildJar() {
        jar = AutomationProjects.jar(jars);
    }

    @BeforeEach
    void open() throws Exception {
        inbox = Files.createDirectories(home.resolve("inbox"));
        System.setProperty(AutomationProjects.INBOX, inbox.toString());
        openProject();
    }

    private void openProject() {
        project = Project.open(
                jar, ProjectOptions.builder().home(home).parallelism(2).build());
        store = AutomationStore.open(project.options().historyDatabase());
        evaluator = new AutomationEvaluator(store);
    }

    @AfterEach
    void close() {
        store.close();
        project.close();
        System.clearProperty(AutomationProjects.INBOX);
    }

    private TickReport tick(String instant) {
        TickReport report = evaluator.tick(project, Instant.parse(instant));
        report.launched().forEach(RunHandle::await);
        project.historyStore().flush();
        return report;
    }

    private void on(String name, String at) {
        store.setEnabled(name, true, Instant.parse(at));
    }

    private static Tick only(TickReport report, String name) {
        List<Tick> ticks =
                report.ticks().stream().filter(t -> t.name().equals(name)).toList();
        assertEquals(1, ticks.size(), () -> "one tick of " + name + " in " + report.ticks());
        return ticks.get(0);
    }

    private List<String> requestedSelections(TickReport report) {
        return report.requested().stream()
                .map(r -> r.selection() + (r.partition() == null ? "" : "[" + r.partition() + "]"))
                .sorted()
                .toList();
    }

    private long runsOf(String key) {
        return project.history().runsForAsset(AssetKey.of(key), 100).size();
    }

    @Test
    void theProjectsAutomationIsLoaded() {
        AutomationDefinitions automation = project.automation();
        assertEquals(
                List.of("days", "morning"),
                automation.schedules().stream().map(s -> s.name()).sorted().toList());
        assertEquals(
                List.of("again", "broken", "inbox"),
                automation.sensors().stream().map(s -> s.name()).sorted().toList());
        assertEquals(
                "on_missing | eager",
                automation.conditions().get(AssetKey.of("both")).toString());
        assertEquals(
                "eager & ~on_missing",
                automation.conditions().get(AssetKey.of("quiet")).toString());
    }

    @Test
    void nothingRunsWhileEverythingIsOff() {
        TickReport report = tick("2024-01-04T12:00:00Z");
        assertTrue(report.ticks().isEmpty(), report.ticks().toString());
        assertTrue(report.launched().isEmpty());
    }

    @Test
    void scheduleTicksFollowTheZonesClockAcrossTheSpringDaylightSavingChange() {
        on("morning", "2024-03-29T12:00:00Z");
        Tick saturday = only(tick("2024-03-30T05:00:30Z"), "morning");
        assertEquals(Instant.parse("2024-03-30T05:00:00Z"), saturday.time(), "06:00 CET is 05:00 UTC");
        assertEquals(TickStatus.REQUESTED, saturday.status());
        assertTrue(tick("2024-03-31T03:59:00Z").ticks().isEmpty(), "05:59 CEST: not yet");
        Tick sunday = only(tick("2024-03-31T04:00:30Z"), "morning");
        assertEquals(Instant.parse("2024-03-31T04:00:00Z"), sunday.time(), "06:00 CEST is 04:00 UTC");
        assertFalse(sunday.summary().contains("missed"), sunday.summary());
        assertTrue(tick("2024-03-31T05:00:30Z").ticks().isEmpty(), "no second tick an hour later in UTC");
        assertEquals(2, runsOf("raw"));
    }

    @Test
    void cronTicksAcrossTheAutumnChange() {
        var cron = dev.assetstudio.engine.definitions.CronSchedule.parse("0 6 * * *", "Europe/Berlin");
        assertEquals(
                Instant.parse("2024-10-27T05:00:00Z"),
                cron.nextTickAfter(Instant.parse("2024-10-26T04:00:00Z")).orElseThrow(),
                "06:00 CET again after 06:00 CEST: 25 hours later");
        assertEquals(
                Instant.parse("2024-10-26T04:00:00Z"),
                cron.lastTickAtOrBefore(Instant.parse("2024-10-27T04:59:59Z")).orElseThrow());
    }

    @Test
    void missedTicksCatchUpTheLatestOnlyAndSaySo() {
        on("morning", "2024-01-01T00:00:00Z");
        TickReport report = tick("2024-01-04T12:00:00Z");
        Tick t = only(report, "morning");
        assertEquals(Instant.parse("2024-01-04T05:00:00Z"), t.time());
        assertTrue(
                t.summary().contains("3 earlier ticks were missed while nothing ran: caught up the latest tick only"),
                t.summary());
        assertEquals(List.of("raw"), requestedSelections(report));
        assertTrue(tick("2024-01-04T12:00:00Z").ticks().isEmpty(), "the same tick is not run twice");
        assertEquals(1, runsOf("raw"));
        assertEquals(1, store.ticks("morning", 10).size(), "the tick is in history");
    }

    @Test
    void aScheduleOverAPartitionedAssetRunsTheLatestPartition() {
        on("days", "2024-01-01T00:00:00Z");
        TickReport report = tick("2024-01-05T01:00:10Z");
        assertEquals(List.of("day[2024-01-04]"), requestedSelections(report));
        assertTrue(project.history()
                .latestMaterialization(AssetKey.of("day"), "2024-01-04")
                .isPresent());
    }

    @Test
    void declarativeConditionsRunAfterUpstreamUpdatesOnceEach() {
        on(AutomationDefinitions.DECLARATIVE, "2024-01-01T00:00:00Z");
        project.materialize(AssetSelection.parse("raw"));
        project.materialize(AssetSelection.parse("quiet"));
        project.historyStore().flush();

        // cooked (eager) and once (on_missing) are missing with raw present; both waits for cooked;
        // quiet is materialized and raw not updated since.
        TickReport first = tick("2024-01-01T00:01:00Z");
        assertEquals(List.of("cooked", "once"), requestedSelections(first));
        assertEquals(
                TickStatus.REQUESTED,
                only(first, AutomationDefinitions.DECLARATIVE).status());
        String both = store.evaluations(AssetKey.of("both"), 1).get(0).explanation();
        assertTrue(both.contains("upstream cooked never materialized"), both);

        TickReport second = tick("2024-01-01T00:02:00Z");
        assertEquals(List.of("both"), requestedSelections(second), "both: on_missing once cooked is there");

        assertTrue(tick("2024-01-01T00:03:00Z").launched().isEmpty(), "nothing new: nothing runs");

        project.materialize(AssetSelection.parse("raw"));
        project.historyStore().flush();
        TickReport afterUpdate = tick("2024-01-01T00:04:00Z");
        assertEquals(List.of("cooked", "quiet"), requestedSelections(afterUpdate), "eager, and eager & ~on_missing");
        Evaluation cooked = store.evaluations(AssetKey.of("cooked"), 1).get(0);
        assertTrue(cooked.requested());
        assertTrue(
                cooked.explanation().startsWith("eager: true — upstream raw updated after cooked"),
                cooked.explanation());

        TickReport chain = tick("2024-01-01T00:05:00Z");
        assertEquals(List.of("both"), requestedSelections(chain), "both is eager on cooked's update");
        String tree = store.evaluations(AssetKey.of("both"), 1).get(0).explanation();
        assertTrue(tree.contains("\n  on_missing: false"), tree);
        assertTrue(tree.contains("\n  eager: true — upstream cooked updated"), tree);

        assertTrue(tick("2024-01-01T00:06:00Z").launched().isEmpty());
        assertEquals(1, runsOf("once"), "on_missing runs once, not after upstream updates");
        assertEquals(2, runsOf("cooked"));
        assertEquals(2, runsOf("both"));
    }

    @Test
    void aRunLaunchedEarlierInTheTickHoldsItsDownstreamsEvenWhenItHasAlreadyEnded() {
        on(AutomationDefinitions.DECLARATIVE, "2024-01-01T00:00:00Z");
        // As if a schedule earlier in this tick launched raw and its run ended before the conditions were
        // looked at: cooked must not be asked for in the same tick, however fast raw's run was.
        project.materialize(AssetSelection.parse("raw"));
        project.historyStore().flush();
        TickContext ctx =
                new TickContext(project, store, new RunLauncher(store), Instant.parse("2024-01-01T00:01:00Z"));
        ctx.launchedAssets.add(AssetKey.of("raw"));

        Tick tick = new DeclarativeTicker().tick(project.automation(), ctx).orElseThrow();
        ctx.launched.forEach(RunHandle::await);

        assertTrue(tick.requests().isEmpty(), tick.requests().toString());
        String cooked = store.evaluations(AssetKey.of("cooked"), 1).get(0).explanation();
        assertTrue(cooked.contains("upstream raw is being materialized"), cooked);
        assertEquals(0, runsOf("cooked"));
    }

    @Test
    void aNotConditionKeepsAMissingAssetWaiting() {
        on(AutomationDefinitions.DECLARATIVE, "2024-01-01T00:00:00Z");
        project.materialize(AssetSelection.parse("raw"));
        project.historyStore().flush();
        tick("2024-01-01T00:01:00Z");
        String quiet = store.evaluations(AssetKey.of("quiet"), 1).get(0).explanation();
        assertTrue(quiet.startsWith("eager & ~on_missing: false"), quiet);
        assertTrue(quiet.contains("~on_missing: false — on_missing holds"), quiet);
        assertTrue(quiet.endsWith("→ not requested"), quiet);
        assertEquals(0, runsOf("quiet"));
    }

    @Test
    void theSensorCursorSurvivesARestart() throws Exception {
        on("inbox", "2024-01-01T00:00:00Z");
        Files.writeString(inbox.resolve("a.csv"), "1");
        Tick first = only(tick("2024-01-02T00:00:00Z"), "inbox");
        assertEquals(TickStatus.REQUESTED, first.status());
        assertEquals(1, first.requests().size());
        assertTrue(first.summary().contains("cursor a.csv"), first.summary());

        close();
        System.setProperty(AutomationProjects.INBOX, inbox.toString());
        openProject();

        Files.writeString(inbox.resolve("b.csv"), "2");
        assertTrue(tick("2024-01-02T00:00:30Z").ticks().isEmpty(), "within its interval the sensor waits");
        Tick second = only(tick("2024-01-02T00:01:01Z"), "inbox");
        assertTrue(second.summary().contains("cursor was 'a.csv'"), second.summary());
        assertEquals(
                List.of("run_key:b.csv"),
                second.requests().stream().map(Request::requestKey).toList());
        assertEquals("b.csv", store.state("inbox").cursor());
        Tick third = only(tick("2024-01-02T00:02:02Z"), "inbox");
        assertEquals(TickStatus.SKIPPED, third.status());
        assertTrue(third.summary().startsWith("no file after 'b.csv'"), third.summary());
        assertEquals(2, runsOf("raw"));
    }

    @Test
    void aThrowingSensorFailsItsTickAndTheOthersGoOn() throws Exception {
        on("broken", "2024-01-01T00:00:00Z");
        on("inbox", "2024-01-01T00:00:00Z");
        Files.writeString(inbox.resolve("a.csv"), "1");
        TickReport report = tick("2024-01-02T00:00:00Z");
        Tick broken = only(report, "broken");
        assertEquals(TickStatus.FAILED, broken.status());
        assertTrue(broken.summary().contains("IllegalStateException: sensor broke on purpose"), broken.summary());
        assertTrue(broken.summary().contains("com.x.Auto#broken"), "names where the sensor is defined");
        assertTrue(broken.error().contains("com.x.Auto.broken(Auto.java"), broken.error());
        assertEquals(TickStatus.REQUESTED, only(report, "inbox").status());
        assertEquals(1, runsOf("raw"));
        assertEquals(TickStatus.FAILED, store.ticks("broken", 1).get(0).status());
        assertNull(store.state("broken").cursor());
    }

    @Test
    void theSameRequestIsNeverLaunchedTwice() {
        on("again", "2024-01-01T00:00:00Z");
        Request first = only(tick("2024-01-02T00:00:00Z"), "again").requests().get(0);
        assertEquals(Outcome.REQUESTED, first.outcome());
        Tick second = only(tick("2024-01-02T00:01:00Z"), "again");
        assertEquals(TickStatus.SKIPPED, second.status());
        Request skipped = second.requests().get(0);
        assertEquals(Outcome.SKIPPED, skipped.outcome());
        assertEquals("already requested as run " + first.runId() + ", succeeded", skipped.reason());
        assertEquals(1, runsOf("raw"));
    }

    @Test
    void statusSaysOnOffNextTickAndLastResult() {
        on("morning", "2024-01-01T00:00:00Z");
        tick("2024-01-02T06:00:00Z");
        List<AutomationStatus> all =
                AutomationStatus.of(project.automation(), store, Instant.parse("2024-01-02T06:00:00Z"));
        AutomationStatus morning =
                all.stream().filter(s -> s.name().equals("morning")).findFirst().orElseThrow();
        assertTrue(morning.enabled());
        assertEquals(Instant.parse("2024-01-03T05:00:00Z"), morning.nextTick().orElseThrow());
        assertEquals(TickStatus.REQUESTED, morning.lastTick().orElseThrow().status());
        AutomationStatus inbox =
                all.stream().filter(s -> s.name().equals("inbox")).findFirst().orElseThrow();
        assertFalse(inbox.enabled());
        assertTrue(inbox.nextTick().isEmpty());
        assertEquals(
                Duration.ofSeconds(60),
                project.automation().sensor("inbox").orElseThrow().interval());
    }
}
