package dev.assetstudio.engine.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.backfill.launch.Backfills;
import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunIds;
import dev.assetstudio.engine.run.StepEventType;
import dev.assetstudio.engine.run.event.Materialized;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backfills over daily, static and unpartitioned assets: planning, retry, cancel, persistence. */
class BackfillTest {
    /** Set to a region key to make that partition of {@code region} fail. */
    static final String FAIL_REGION = "backfilltest.fail.region";
    /** Set to a number of milliseconds each {@code sales} partition sleeps. */
    static final String SLOW_SALES = "backfilltest.slow.sales";

    private static final String SHOP =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.util.*;
            public final class Shop {
                @Asset public static Integer rate() { return 2; }
                @Asset(partitions = @DailyPartitions(start = "2024-01-01", end = "2024-01-06"))
                public static Integer sales(Integer rate, AssetContext context) throws InterruptedException {
                    Thread.sleep(Long.getLong("%s", 0));
                    return rate * Integer.parseInt(context.partitionKey().substring(8));
                }
                @Asset @StaticPartitions({"eu", "us", "apac"})
                public static String region(AssetContext context) {
                    if (context.partitionKey().equals(System.getProperty("%s"))) {
                        throw new IllegalStateException("region down: " + context.partitionKey());
                    }
                    return context.partitionKey().toUpperCase();
                }
                @Asset public static String report(Map<String, Integer> sales, Map<String, String> region) {
                    return sales.size() + " days, " + region.size() + " regions";
                }
            }
            """
                    .formatted(SLOW_SALES, FAIL_REGION);

    @TempDir
    Path dir;

    @AfterEach
    void clearProperties() {
        System.clearProperty(FAIL_REGION);
        System.clearProperty(SLOW_SALES);
    }

    private Path jar;

    private Project open() {
        if (jar == null) {
            jar = TestJars.compile(dir, Map.of("com.x.Shop", SHOP));
        }
        return Project.open(
                jar,
                ProjectOptions.builder()
                        .home(dir.resolve("home"))
                        .parallelism(2)
                        .build());
    }

    private static PartitionsDefinition partitionsOf(Project project, String key) {
        return project.asset(AssetKey.of(key)).partitions().orElseThrow();
    }

    @Test
    void oneBackfillSpansDailyStaticAndUnpartitionedAssetsInOneRunUpstreamFirst() {
        try (Project project = open()) {
            int days = partitionsOf(project, "sales").keys().size();
            int regions = partitionsOf(project, "region").keys().size();
            BackfillHandle handle = project.launchBackfill(BackfillRequest.of(AssetSelection.all()));
            Backfill done = handle.await();

            assertEquals(BackfillStatus.SUCCEEDED, done.status());
            assertEquals(BackfillOrigin.API, done.origin());
            assertEquals(1, done.runIds().size(), "as few runs as the partitions allow: one");
            assertEquals(2 + days + regions, done.targets().size(), done.targets()::toString);
            assertEquals(
                    List.of("rate", "region", "sales", "report").size(),
                    done.assets().size());
            assertEquals(
                    AssetKey.of("report"),
                    List.copyOf(done.assets().keySet()).get(3),
                    "assets in plan order, the downstream one last");
            BackfillProgress progress = project.backfillProgress(done.id());
            assertEquals(done.targets().size(), progress.succeeded(), progress::words);
            assertEquals(1.0, progress.fraction());

            List<StepEventRecord> events =
                    project.history().stepEvents(done.runIds().get(0));
            long lastUpstreamEnd = events.stream()
                    .filter(e -> !e.assetKey().equals(AssetKey.of("report")) && e.type() == StepEventType.SUCCEEDED)
                    .mapToLong(StepEventRecord::id)
                    .max()
                    .orElseThrow();
            long reportStart = events.stream()
                    .filter(e -> e.assetKey().equals(AssetKey.of("report")) && e.type() == StepEventType.STARTED)
                    .mapToLong(StepEventRecord::id)
                    .findFirst()
                    .orElseThrow();
            assertTrue(reportStart > lastUpstreamEnd, "report starts after every partition it reads ended");
            assertEquals(days + " days, " + regions + " regions", project.loadAssetValue(AssetKey.of("report")));
        }
    }

    @Test
    void partitionsCanBeNarrowedPerPartitionsDefinition() {
        try (Project project = open()) {
            BackfillRequest request = BackfillRequest.builder(AssetSelection.parse("sales,region"))
                    .partitions(partitionsOf(project, "sales"), List.of("2024-01-02", "2024-01-03"))
                    .partitions(partitionsOf(project, "region"), List.of("eu"))
                    .origin(BackfillOrigin.CLI)
                    .build();
            Backfill done = project.launchBackfill(request).await();
            assertEquals(
                    List.of(
                            StepKey.of(AssetKey.of("region"), "eu"),
                            StepKey.of(AssetKey.of("sales"), "2024-01-02"),
                            StepKey.of(AssetKey.of("sales"), "2024-01-03")),
                    done.targets().stream().sorted().toList());
            assertEquals(BackfillOrigin.CLI, done.origin());
            assertTrue(project.history()
                    .latestMaterialization(AssetKey.of("sales"), "2024-01-01")
                    .isEmpty());
        }
    }

    @Test
    void aPartitionOutsideItsDefinitionIsRefusedBeforeAnythingIsRecorded() {
        try (Project project = open()) {
            BackfillRequest request = BackfillRequest.builder(AssetSelection.parse("region"))
                    .partitions(partitionsOf(project, "region"), List.of("mars"))
                    .build();
            RunPlanningException e = assertThrows(RunPlanningException.class, () -> project.launchBackfill(request));
            assertTrue(e.getMessage().contains("mars"), e.getMessage());
            assertEquals(List.of(), project.backfills(10));
        }
    }

    @Test
    void retryRunsOnlyTheFailedAndSkippedPartitionsAgain() {
        System.setProperty(FAIL_REGION, "us");
        try (Project project = open()) {
            Backfill first = project.launchBackfill(BackfillRequest.of(AssetSelection.all()))
                    .await();
            assertEquals(BackfillStatus.FAILED, first.status());
            BackfillMatrix matrix = project.backfillMatrix(first.id());
            assertEquals(
                    StepEventType.FAILED,
                    matrix.state(AssetKey.of("region"), "us").orElseThrow());
            assertEquals(
                    StepEventType.SKIPPED,
                    matrix.state(AssetKey.of("report"), null).orElseThrow());
            assertEquals(
                    StepEventType.SUCCEEDED,
                    matrix.state(AssetKey.of("region"), "eu").orElseThrow());
            assertEquals(
                    List.of(StepKey.of(AssetKey.of("region"), "us"), StepKey.of(AssetKey.of("report"))),
                    matrix.retryTargets().stream().sorted().toList());
            assertTrue(matrix.progress().fraction() < 1.0);

            System.clearProperty(FAIL_REGION);
            Backfill retried = project.retryBackfill(first.shortId()).await();

            assertEquals(first.id(), retried.id());
            assertEquals(BackfillStatus.SUCCEEDED, retried.status());
            assertEquals(2, retried.runIds().size());
            String retryRun = retried.runIds().get(1);
            assertEquals(2, project.history().run(retryRun).orElseThrow().stepCount(), "only region[us] and report");
            BackfillProgress progress = project.backfillProgress(first.id());
            assertEquals(progress.total(), progress.succeeded(), progress::words);
            IllegalStateException nothing =
                    assertThrows(IllegalStateException.class, () -> project.retryBackfill(first.id()));
            assertTrue(nothing.getMessage().contains("no failed or skipped"), nothing.getMessage());
        }
    }

    @Test
    void aRunIsReexecutedWhollyOrFromItsFailure() {
        System.setProperty(FAIL_REGION, "eu");
        try (Project project = open()) {
            Backfill first = project.launchBackfill(BackfillRequest.of(AssetSelection.all()))
                    .await();
            String run = first.runIds().get(0);
            System.clearProperty(FAIL_REGION);

            var fromFailure = project.reexecute(RunIds.shortId(run), true).await();
            assertTrue(fromFailure.succeeded(), fromFailure::toString);
            assertEquals(
                    List.of(StepKey.of(AssetKey.of("region"), "eu"), StepKey.of(AssetKey.of("report"))),
                    fromFailure.statuses().keySet().stream().sorted().toList());

            var all = project.reexecute(run, false).await();
            assertEquals(first.targets().size(), all.statuses().size());
            IllegalStateException nothing =
                    assertThrows(IllegalStateException.class, () -> project.reexecute(all.runId(), true));
            assertTrue(nothing.getMessage().contains("ended well"), nothing.getMessage());
        }
    }

    @Test
    void cancelStopsTheBackfillAndItsProgressIsNotFull() throws Exception {
        System.setProperty(SLOW_SALES, "150");
        try (Project project = open()) {
            CountDownLatch first = new CountDownLatch(1);
            BackfillHandle handle = project.launchBackfill(BackfillRequest.of(AssetSelection.all()), e -> {
                if (e instanceof Materialized m && m.step().asset().equals(AssetKey.of("sales"))) {
                    first.countDown();
                }
            });
            assertTrue(first.await(30, TimeUnit.SECONDS));
            Backfill canceling = project.cancelBackfill(handle.id());
            assertEquals(BackfillStatus.CANCELING, canceling.status());
            Backfill done = handle.await(Duration.ofSeconds(30)).orElseThrow();

            assertEquals(BackfillStatus.CANCELED, done.status());
            BackfillProgress progress = project.backfillProgress(done.id());
            assertTrue(progress.canceled() > 0, progress::words);
            assertTrue(progress.fraction() < 1.0, progress::words);
            assertEquals(
                    BackfillStatus.CANCELED,
                    project.backfill(done.id()).orElseThrow().status());
        }
    }

    @Test
    void aCancelFromAnotherProcessIsSeenByTheProcessRunningIt() throws Exception {
        System.setProperty(SLOW_SALES, "5000"); // far longer than the poll: the cancel must stop it
        try (Project project = open()) {
            CountDownLatch started = new CountDownLatch(1);
            BackfillHandle handle = project.launchBackfill(BackfillRequest.of(AssetSelection.all()), e -> {
                if (e instanceof Materialized) {
                    started.countDown();
                }
            });
            assertTrue(started.await(30, TimeUnit.SECONDS));
            // What `asset-studio backfill cancel` does: only the history, no handle.
            try (Backfills elsewhere = Backfills.ofHistory(project.historyStore())) {
                assertEquals(
                        BackfillStatus.CANCELING, elsewhere.cancel(handle.id()).status());
            }
            assertEquals(
                    BackfillStatus.CANCELED,
                    handle.await(Duration.ofSeconds(30)).orElseThrow().status());
        }
    }

    @Test
    void backfillsOutliveTheProcessAndAreFoundByShortIdOrPrefix() {
        Backfill done;
        BackfillMatrix before;
        try (Project project = open()) {
            done = project.launchBackfill(BackfillRequest.builder(AssetSelection.all())
                            .origin(BackfillOrigin.STUDIO)
                            .build())
                    .await();
            before = project.backfillMatrix(done.id());
        }
        try (Project reopened = open()) {
            Backfill again = reopened.backfill(done.shortId()).orElseThrow();
            assertEquals(done.id(), again.id());
            assertEquals(BackfillStatus.SUCCEEDED, again.status());
            assertEquals(BackfillOrigin.STUDIO, again.origin());
            assertEquals(done.partitions(), again.partitions());
            assertEquals(done.targets(), again.targets());
            assertEquals(done.runIds(), again.runIds());
            assertEquals(
                    before.states(),
                    reopened.backfillMatrix(done.id().substring(0, 12)).states());
            assertEquals(
                    List.of(done.id()),
                    reopened.backfills(10).stream().map(Backfill::id).toList());
        }
    }

    @Test
    void aBackfillLeftRunningByAProcessThatWentAwayReadsInterrupted() {
        try (Project project = open()) {
            HistoryStore history = project.historyStore();
            history.runStarted("20240101-000000-aaaaaa", java.time.Instant.now(), "*", List.of("rate"));
            history.runFinished(
                    "20240101-000000-aaaaaa",
                    java.time.Instant.now(),
                    dev.assetstudio.engine.model.RunStatus.INTERRUPTED);
            history.backfillCreated(new Backfill(
                    "20240101-000000-bbbbbb",
                    "rate",
                    BackfillOrigin.CLI,
                    BackfillStatus.RUNNING,
                    java.time.Instant.now(),
                    null,
                    java.util.Collections.singletonMap(AssetKey.of("rate"), null),
                    Map.of(),
                    List.of("20240101-000000-aaaaaa")));
            assertEquals(
                    BackfillStatus.INTERRUPTED,
                    project.backfill("bbbbbb").orElseThrow().status());
            assertEquals(
                    BackfillStatus.INTERRUPTED,
                    project.cancelBackfill("bbbbbb").status(),
                    "an interrupted backfill has ended: nothing to cancel");
        }
    }
}
