package dev.assetstudio.engine.partitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.history.PartitionStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.TestProject;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dagster's partition examples, written in Java in a real jar, run the way the docs describe: where
 * partitions are stored, which partitions a downstream reads, and what a backfill records.
 */
class DagsterDocsPartitionsTest {
    private static final AssetKey DAILY = AssetKey.of("my_daily_partitioned_asset");

    @TempDir
    Path dir;

    private Path home;
    private Project project;

    @BeforeEach
    void open() throws Exception {
        Path jar = TestJars.compile(
                Files.createDirectories(dir.resolve("jar")),
                Map.of(DocsPartitionAssets.CLASS, DocsPartitionAssets.SOURCE));
        home = dir.resolve("home");
        project = Project.open(
                jar, ProjectOptions.builder().home(home).parallelism(4).build());
    }

    @AfterEach
    void close() {
        project.close();
    }

    private RunResult materialize(String selection, RunRequest request) {
        return project.materialize(AssetSelection.parse(selection), request);
    }

    private static RunRequest key(String partition) {
        return RunRequest.builder().partitionKey(partition).build();
    }

    private static RunRequest range(String from, String to) {
        return RunRequest.builder().partitionRange(from, to).build();
    }

    private Path storage() {
        return home.resolve("storage");
    }

    @Test
    void materializingPartition20220723StoresItUnderTheAssetKeyAndThePartition() {
        RunResult result = materialize("my_daily_partitioned_asset", key("2022-07-23"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertTrue(Files.isRegularFile(
                storage().resolve("my_daily_partitioned_asset").resolve("2022-07-23")));
        assertEquals("weather of 2022-07-23", project.loadAssetValue(DAILY, "2022-07-23"));
        assertEquals(
                List.of(StepKey.of(DAILY, "2022-07-23")),
                List.copyOf(result.statuses().keySet()));
    }

    @Test
    void aDailyDownstreamReadsTheSamePartition() {
        RunResult result = materialize("my_daily_partitioned_asset,daily_summary", key("2022-07-23"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(
                "2022-07-23: weather of 2022-07-23",
                project.loadAssetValue(AssetKey.of("daily_summary"), "2022-07-23"));
    }

    @Test
    void aMissingUpstreamPartitionIsAnErrorNamingThePartition() {
        materialize("my_daily_partitioned_asset", key("2022-07-23"));

        RunResult result = materialize("daily_summary", key("2022-07-24"));

        assertFalse(result.succeeded());
        String failure = result.failures().get(StepKey.of(AssetKey.of("daily_summary"), "2022-07-24"));
        assertNotNull(failure, result.failures().toString());
        assertTrue(failure.contains("my_daily_partitioned_asset"), failure);
        assertTrue(failure.contains("partition 2022-07-24"), failure);
    }

    @Test
    void anUnpartitionedDownstreamReceivesTheMaterializedPartitionsSortedByKey() {
        materialize("my_daily_partitioned_asset", range("2022-07-21", "2022-07-23"));
        materialize("my_daily_partitioned_asset", key("2022-07-01"));

        RunResult result = materialize("all_days", RunRequest.empty());

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(
                List.of("2022-07-01", "2022-07-21", "2022-07-22", "2022-07-23"),
                project.loadAssetValue(AssetKey.of("all_days")));
        // loading a partitioned asset as a whole gives the same map
        assertEquals(4, ((Map<?, ?>) project.loadAssetValue(DAILY)).size());
    }

    @Test
    void aWeeklyRollupReadsExactlyTheSevenDaysOfItsSundayStartedWeek() {
        // a day either side is stored too, so the rollup must pick its own days
        materialize("my_daily_partitioned_asset", key("2022-07-16"));
        materialize("my_daily_partitioned_asset", key("2022-07-24"));

        RunResult result = materialize("my_daily_partitioned_asset,weekly_rollup", range("2022-07-17", "2022-07-23"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(8, result.statuses().size());
        List<String> week =
                IntStream.rangeClosed(17, 23).mapToObj(d -> "2022-07-" + d).toList();
        assertEquals(week, project.loadAssetValue(AssetKey.of("weekly_rollup"), "2022-07-17"));
    }

    @Test
    void aMonthlyRollupReadsEveryDayOfItsMonthAndNoOther() {
        materialize("my_daily_partitioned_asset", key("2022-06-30"));
        materialize("my_daily_partitioned_asset", key("2022-08-01"));

        RunResult result = materialize("my_daily_partitioned_asset,monthly_rollup", range("2022-07-01", "2022-07-31"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(32, result.statuses().size());
        List<String> july = IntStream.rangeClosed(1, 31)
                .mapToObj(d -> LocalDate.of(2022, 7, d).toString())
                .toList();
        assertEquals(july, project.loadAssetValue(AssetKey.of("monthly_rollup"), "2022-07-01"));
    }

    @Test
    void allowMissingPartitionsSkipsDaysNeverMaterializedAndWithoutItTheMissingDayIsNamed() {
        materialize("my_daily_partitioned_asset", key("2022-07-23"));

        RunResult result = materialize("weekly_rollup,lenient_weekly_rollup", key("2022-07-17"));

        assertEquals(List.of("2022-07-23"), project.loadAssetValue(AssetKey.of("lenient_weekly_rollup"), "2022-07-17"));
        assertEquals(StepStatus.FAILED, result.status(AssetKey.of("weekly_rollup")));
        String failure = result.failures().get(StepKey.of(AssetKey.of("weekly_rollup"), "2022-07-17"));
        assertTrue(failure.contains("no stored value for partition 2022-07-17"), failure);
        assertTrue(failure.contains("allow_missing_partitions"), failure);
    }

    @Test
    void hourlyKeysFollowNewYorksClock() {
        PartitionsDefinition hourly =
                project.asset(AssetKey.of("hourly_new_york")).partitions().orElseThrow();

        RunResult result = materialize("hourly_new_york", key("2022-07-23-14:00"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertTrue(Files.isRegularFile(storage().resolve("hourly_new_york").resolve("2022-07-23-14:00")));
        // 14:00 in New York in July is 18:00 UTC (EDT)
        assertEquals(
                "2022-07-23-14:00 starts at 2022-07-23T18:00:00Z",
                project.loadAssetValue(AssetKey.of("hourly_new_york"), "2022-07-23-14:00"));
        // the hour 02:00 of the spring-forward night does not exist in New York
        assertEquals(
                List.of("2022-03-13-01:00", "2022-03-13-03:00"),
                hourly.keysBetween("2022-03-13-01:00", "2022-03-13-03:00"));
        assertTrue(project.validate(AssetSelection.parse("hourly_new_york"), key("2022-03-13-02:00"))
                .get(0)
                .contains("2022-03-13-02:00"));
    }

    @Test
    void staticPartitionsAreTheirKeysInOrder() {
        PartitionsDefinition regions =
                project.asset(AssetKey.of("region_count")).partitions().orElseThrow();
        assertEquals(List.of("eu", "us", "apac"), regions.keys());

        RunResult result = materialize("region_count", range("eu", "apac"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(3, result.statuses().size());
        assertTrue(Files.isRegularFile(storage().resolve("region_count").resolve("apac")));
        assertEquals(4, project.loadAssetValue(AssetKey.of("region_count"), "apac"));
        assertEquals(
                List.of("partition key asia is not a partition of asset region_count"),
                project.validate(AssetSelection.parse("region_count"), key("asia")));
    }

    @Test
    void aPartitionedAssetReadsTheSingleValueOfAnUnpartitionedUpstream() {
        RunResult result = materialize("weather_stations,station_readings", key("2022-07-23"));

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(
                "stations v1 on 2022-07-23", project.loadAssetValue(AssetKey.of("station_readings"), "2022-07-23"));
    }

    @Test
    void anEndBoundIsExclusive() {
        assertEquals(
                List.of("2022-01-01", "2022-01-02", "2022-01-03"),
                project.asset(AssetKey.of("bounded")).partitions().orElseThrow().keys());
        assertEquals(
                List.of("partition key 2022-01-04 is not a partition of asset bounded"),
                project.validate(AssetSelection.parse("bounded"), key("2022-01-04")));
        assertTrue(materialize("bounded", range("2022-01-01", "2022-01-03")).succeeded());
    }

    @Test
    void aKeyOutsideTheDefinitionIsRefusedBeforeAnythingRuns() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        for (String bad : List.of("2021-12-31", "2022-13-01", "July 23rd", tomorrow)) {
            assertEquals(
                    List.of("partition key " + bad + " is not a partition of asset my_daily_partitioned_asset"),
                    project.validate(AssetSelection.parse("my_daily_partitioned_asset"), key(bad)),
                    bad);
        }
        assertEquals(
                List.of("asset my_daily_partitioned_asset is partitioned: give a partition key or range"),
                project.validate(AssetSelection.parse("my_daily_partitioned_asset"), RunRequest.empty()));
        assertTrue(project.history().runs(0, 10).isEmpty());
    }

    @Test
    void aBackfillIsOneStepPerPartitionInDependencyOrderAndHistoryRecordsEachPartition() {
        Instant before = Instant.now();
        TestProject.Recorder events = new TestProject.Recorder();

        RunResult result = project.submit(
                        AssetSelection.parse("my_daily_partitioned_asset,daily_summary"),
                        range("2022-02-01", "2022-02-05"),
                        events)
                .await();

        AssetKey summary = AssetKey.of("daily_summary");
        List<String> days =
                IntStream.rangeClosed(1, 5).mapToObj(d -> "2022-02-0" + d).toList();
        List<StepKey> planned = events.of(RunStarted.class).get(0).steps();
        assertEquals(10, planned.size());
        List<String> started = new ArrayList<>();
        events.of(StepStarted.class).forEach(e -> started.add(e.step().toString()));
        List<String> succeeded = new ArrayList<>();
        events.of(StepSucceeded.class).forEach(e -> succeeded.add(e.step().toString()));
        for (String day : days) {
            StepKey down = StepKey.of(summary, day);
            if (day.equals(DocsPartitionAssets.BROKEN_DAY)) {
                assertEquals(StepStatus.FAILED, result.status(StepKey.of(DAILY, day)));
                assertEquals(StepStatus.SKIPPED, result.status(down));
                assertFalse(started.contains(down.toString()));
            } else {
                // each day's summary starts only after that day's upstream step succeeded
                assertTrue(succeeded.indexOf(DAILY + "[" + day + "]") >= 0, day);
                assertTrue(
                        events.events.indexOf(events.of(StepSucceeded.class).stream()
                                        .filter(e -> e.step().equals(StepKey.of(DAILY, day)))
                                        .findFirst()
                                        .orElseThrow())
                                < events.events.indexOf(events.of(StepStarted.class).stream()
                                        .filter(e -> e.step().equals(down))
                                        .findFirst()
                                        .orElseThrow()),
                        day);
            }
        }

        project.historyStore().flush();
        Map<String, PartitionStatus> daily = new TreeMap<>(project.history().partitionStatuses(DAILY));
        assertEquals(days, List.copyOf(daily.keySet()));
        daily.forEach((day, status) -> {
            PartitionStatus.State expected = day.equals(DocsPartitionAssets.BROKEN_DAY)
                    ? PartitionStatus.State.FAILED
                    : PartitionStatus.State.MATERIALIZED;
            assertEquals(expected, status.state(), day);
            assertEquals(result.runId(), status.runId(), day);
            assertFalse(status.time().isBefore(before.minusSeconds(1)), day);
            assertNotNull(status.duration(), day);
        });
        Map<String, PartitionStatus> summaries = project.history().partitionStatuses(summary);
        assertEquals(4, summaries.size());
        assertTrue(summaries.values().stream().allMatch(s -> s.state() == PartitionStatus.State.MATERIALIZED));
    }
}
