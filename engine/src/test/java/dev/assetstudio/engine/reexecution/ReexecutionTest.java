package dev.assetstudio.engine.reexecution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's config and partitions are kept in history, survive a restart, and re-execution (all, or from
 * the failure: failed and skipped steps with their partitions) runs with them, not with the defaults.
 */
class ReexecutionTest {
    /** Set to a partition key to make that partition of {@code scaled} fail. */
    static final String FAIL_DAY = "reexecutiontest.fail.day";

    private static final String SOURCE =
            """
            package com.x;
            import dev.assetstudio.api.*;
            import java.util.*;
            public final class Scaled {
                public record Factor(int factor) implements Config {
                    public Factor() { this(1); }
                }
                @Asset(partitions = @DailyPartitions(start = "2024-01-01", end = "2024-01-06"))
                public static Integer scaled(Factor config, AssetContext context) {
                    if (context.partitionKey().equals(System.getProperty("%s"))) {
                        throw new IllegalStateException("day down: " + context.partitionKey());
                    }
                    return config.factor() * Integer.parseInt(context.partitionKey().substring(8));
                }
                @Asset public static Integer total(Map<String, Integer> scaled) {
                    return scaled.values().stream().mapToInt(i -> i).sum();
                }
            }
            """
                    .formatted(FAIL_DAY);

    private static final AssetKey SCALED = AssetKey.of("scaled");
    private static final AssetKey TOTAL = AssetKey.of("total");
    private static final List<String> DAYS = List.of("2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04");

    @TempDir
    Path dir;

    private Path jar;

    @AfterEach
    void clearProperties() {
        System.clearProperty(FAIL_DAY);
    }

    private Project open() {
        if (jar == null) {
            jar = TestJars.compile(dir, Map.of("com.x.Scaled", SOURCE));
        }
        return Project.open(
                jar,
                ProjectOptions.builder()
                        .home(dir.resolve("home"))
                        .parallelism(1)
                        .build());
    }

    private static RunRequest factorThreeOverFourDays() {
        return RunRequest.builder()
                .config("scaled", Map.of("factor", 3))
                .partitionRange("2024-01-01", "2024-01-04")
                .build();
    }

    @Test
    void aRunKeepsItsConfigAndPartitionsAcrossARestart() {
        String runId;
        try (Project project = open()) {
            RunResult r = project.materialize(AssetSelection.parse("scaled,total"), factorThreeOverFourDays());
            assertTrue(r.succeeded(), r::toString);
            runId = r.runId();
        }
        try (Project reopened = open()) {
            RunRecord run = reopened.history().run(runId).orElseThrow();
            assertEquals(Map.of(SCALED, Map.of("factor", 3L)), run.config());
            assertEquals(Map.of(SCALED, DAYS, TOTAL, List.of()), run.partitions());
            assertEquals("2024-01-01…2024-01-04 (4)", run.partitionWords());
            assertEquals("scaled: factor=3", run.configWords());
            RunRecord listed = reopened.runs(5).get(0);
            assertEquals(run, listed, "the list reads them too");
        }
    }

    @Test
    void defaultsAreRecordedAsTheConfigTheRunUsed() {
        try (Project project = open()) {
            RunResult r = project.materialize(
                    AssetSelection.parse("scaled"),
                    RunRequest.builder().partitionKey("2024-01-02").build());
            RunRecord run = project.history().run(r.runId()).orElseThrow();
            assertEquals(Map.of(SCALED, Map.of("factor", 1L)), run.config());
            assertEquals("2024-01-02", run.partitionWords());
        }
    }

    @Test
    void fromFailureRunsTheFailedAndSkippedStepsWithTheOriginalConfig() {
        System.setProperty(FAIL_DAY, "2024-01-03");
        try (Project project = open()) {
            RunResult failed = project.materialize(AssetSelection.parse("scaled,total"), factorThreeOverFourDays());
            assertEquals(RunStatus.FAILED, failed.runStatus(), failed::toString);
            System.clearProperty(FAIL_DAY);

            RunRecord run = project.history().run(failed.runId()).orElseThrow();
            Reexecution plan =
                    Reexecution.of(run, project.history().stepEvents(run.runId()), true, project.definitions());
            assertEquals(
                    Map.of(SCALED, List.of("2024-01-03"), TOTAL, java.util.Collections.singletonList(null)),
                    plan.steps(),
                    "the failed partition and the step skipped after it");
            assertEquals(Map.of(SCALED, Map.of("factor", 3L)), plan.request().config());

            RunResult again = project.reexecute(failed.runId(), true).await();
            assertTrue(again.succeeded(), again::toString);
            assertEquals(
                    List.of(StepKey.of(SCALED, "2024-01-03"), StepKey.of(TOTAL)),
                    again.statuses().keySet().stream().sorted().toList());
            assertEquals(9, project.loadAssetValue(SCALED, "2024-01-03"), "factor 3, not the default 1");
            assertEquals(3 * (1 + 2 + 3 + 4), project.loadAssetValue(TOTAL));
            RunRecord rerun = project.history().run(again.runId()).orElseThrow();
            assertEquals(run.config(), rerun.config());
            assertEquals(
                    "from failure of " + dev.assetstudio.engine.run.RunIds.shortId(run.runId()), rerun.selection());
        }
    }

    @Test
    void reexecuteAllRunsEveryPlannedPartitionWithTheOriginalConfig() {
        try (Project project = open()) {
            RunResult first = project.materialize(AssetSelection.parse("scaled,total"), factorThreeOverFourDays());
            assertTrue(first.succeeded(), first::toString);
            RunResult all = project.reexecute(first.runId(), false).await();
            assertTrue(all.succeeded(), all::toString);
            assertEquals(first.statuses().keySet(), all.statuses().keySet());
            RunRecord rerun = project.history().run(all.runId()).orElseThrow();
            assertEquals(Map.of(SCALED, Map.of("factor", 3L)), rerun.config());
            assertEquals(Map.of(SCALED, DAYS, TOTAL, List.of()), rerun.partitions());
            assertEquals(12, project.loadAssetValue(SCALED, "2024-01-04"));

            IllegalStateException nothing =
                    assertThrows(IllegalStateException.class, () -> project.reexecute(all.runId(), true));
            assertTrue(nothing.getMessage().contains("ended well"), nothing.getMessage());
        }
    }

    @Test
    void aRunRecordedBeforeHistoryKeptItsStepsIsReexecutedFromItsStepEvents() {
        try (Project project = open()) {
            var events = List.of(
                    new dev.assetstudio.engine.history.StepEventRecord(
                            1,
                            "old",
                            SCALED,
                            "2024-01-02",
                            dev.assetstudio.engine.run.StepEventType.FAILED,
                            java.time.Instant.EPOCH,
                            "x"),
                    new dev.assetstudio.engine.history.StepEventRecord(
                            2,
                            "old",
                            AssetKey.of("gone"),
                            null,
                            dev.assetstudio.engine.run.StepEventType.FAILED,
                            java.time.Instant.EPOCH,
                            "x"));
            RunRecord old = new RunRecord("old", RunStatus.FAILED, "scaled", java.time.Instant.EPOCH, null, 2);
            assertFalse(old.knowsPlannedSteps());
            Reexecution plan = Reexecution.of(old, events, true, project.definitions());
            assertEquals(Map.of(SCALED, List.of("2024-01-02")), plan.steps(), "an asset no longer defined is left out");
            assertEquals(Map.of(), plan.request().config(), "no recorded config: the defaults apply");
        }
    }
}
