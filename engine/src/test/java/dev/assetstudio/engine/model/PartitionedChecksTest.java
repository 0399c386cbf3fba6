package dev.assetstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.CheckStatus;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partitioned asset's check runs once per partition, after each partition's step or alone. */
class PartitionedChecksTest {
    private static final AssetKey DAILY = AssetKey.of("daily");

    @TempDir
    Path dir;

    @Test
    void aCheckRunsPerPartitionAndAFailingPartitionBlocksOnlyItsOwnDownstream() {
        Path jar = TestJars.compile(
                dir,
                Map.of(
                        "com.x.Days",
                        """
                package com.x;
                import dev.assetstudio.api.*;
                public final class Days {
                    @Asset(partitions = @DailyPartitions(start = "2024-01-01", end = "2024-01-04"))
                    public static String daily(AssetContext context) { return context.partitionKey(); }

                    @Asset(partitions = @DailyPartitions(start = "2024-01-01", end = "2024-01-04"))
                    public static String after(String daily) { return daily + "!"; }

                    @AssetCheck(asset = "daily", blocking = true)
                    public static AssetCheckResult notTheSecond(String daily, AssetContext context) {
                        return AssetCheckResult.of(!daily.equals("2024-01-02"))
                                .withMetadata("partition", context.partitionKey());
                    }
                }
                """));
        try (Project project = Project.open(
                jar,
                ProjectOptions.builder()
                        .home(dir.resolve("home"))
                        .parallelism(2)
                        .build())) {
            RunResult r = project.materialize(
                    AssetSelection.parse("daily*"),
                    RunRequest.builder()
                            .partitionRange("2024-01-01", "2024-01-03")
                            .build());
            assertEquals(CheckStatus.FAILED, r.checkStatus(DAILY, "notTheSecond"), "failed in one partition");
            assertEquals(
                    StepStatus.SUCCEEDED,
                    r.status(dev.assetstudio.engine.model.StepKey.of(AssetKey.of("after"), "2024-01-01")));
            assertEquals(
                    StepStatus.SKIPPED,
                    r.status(dev.assetstudio.engine.model.StepKey.of(AssetKey.of("after"), "2024-01-02")));
            assertEquals(
                    StepStatus.SUCCEEDED,
                    r.status(dev.assetstudio.engine.model.StepKey.of(AssetKey.of("after"), "2024-01-03")));
            List<AssetCheckEvaluation> results = project.history().checkEvaluations(DAILY, "notTheSecond", 10);
            assertEquals(
                    Set.of("2024-01-01", "2024-01-02", "2024-01-03"),
                    results.stream().map(AssetCheckEvaluation::partition).collect(Collectors.toSet()));
            AssetCheckEvaluation second = results.stream()
                    .filter(e -> e.partition().equals("2024-01-02"))
                    .findFirst()
                    .orElseThrow();
            assertFalse(second.passed());
            assertEquals("2024-01-02", second.metadata().get("partition"));

            RunResult alone = project.materialize(
                    AssetSelection.parse("check:daily/notTheSecond"),
                    RunRequest.builder().partitionKey("2024-01-03").build());
            assertEquals(CheckStatus.PASSED, alone.checkStatus(DAILY, "notTheSecond"));
            assertTrue(alone.statuses().isEmpty());
            assertEquals(
                    4,
                    project.history()
                            .checkEvaluations(DAILY, "notTheSecond", 10)
                            .size());
        }
    }
}
