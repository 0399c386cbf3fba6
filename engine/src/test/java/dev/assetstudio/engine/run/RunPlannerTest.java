package dev.assetstudio.engine.run;

import static dev.assetstudio.engine.run.TestProject.asset;
import static dev.assetstudio.engine.run.TestProject.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.model.StepKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunPlannerTest {
    private static final PartitionsDefinition DAILY = PartitionsDefinition.daily(LocalDate.of(2022, 1, 1));
    private static final PartitionsDefinition MONTHLY = PartitionsDefinition.monthly(LocalDate.of(2022, 1, 1));

    private final RunPlanner planner = new RunPlanner();

    private static ProjectDefinitions dailyChain() {
        return TestProject.create()
                .add(asset("raw", (c, i, k) -> 1).partitions(DAILY))
                .add(asset("clean", (c, i, k) -> 1, "raw").partitions(DAILY))
                .add(asset("monthly", (c, i, k) -> 1, "clean").partitions(MONTHLY))
                .add(asset("summary", (c, i, k) -> 1, "clean"))
                .add(asset("plain", (c, i, k) -> 1))
                .add(asset("dailyOfPlain", (c, i, k) -> 1, "plain").partitions(DAILY))
                .add(AssetDefinition.builder(AssetKey.of("external")).source(true))
                .definitions();
    }

    private static StepKey step(String key, String partition) {
        return StepKey.of(AssetKey.parse(key), partition);
    }

    private static void assertTopological(RunPlan plan) {
        List<StepKey> order = plan.stepKeys();
        for (PlannedStep s : plan.steps()) {
            for (StepKey up : s.upstream()) {
                assertTrue(order.indexOf(up) < order.indexOf(s.key()), up + " after " + s.key());
            }
        }
    }

    @Test
    void aPartitionKeyPlansThatPartitionOfEachPartitionedAsset() {
        RunPlan plan = planner.plan(
                dailyChain(),
                keys("raw", "clean", "plain"),
                RunRequest.builder().partitionKey("2022-07-23").build());

        assertEquals(
                List.of(step("plain", null), step("raw", "2022-07-23"), step("clean", "2022-07-23")), plan.stepKeys());
        PlannedStep clean = plan.step(step("clean", "2022-07-23"));
        assertEquals(List.of(step("raw", "2022-07-23")), clean.upstream());
        assertEquals(List.of("2022-07-23"), clean.partitionsOf(AssetKey.of("raw")));
    }

    @Test
    void everyPartitionOfADownstreamWaitsForTheSingleUnpartitionedUpstreamStep() {
        RunPlan plan = planner.plan(
                dailyChain(),
                keys("plain", "dailyOfPlain"),
                RunRequest.builder().partitionRange("2022-07-01", "2022-07-02").build());

        assertEquals(
                List.of(step("plain", null), step("dailyOfPlain", "2022-07-01"), step("dailyOfPlain", "2022-07-02")),
                plan.stepKeys());
        for (String day : List.of("2022-07-01", "2022-07-02")) {
            PlannedStep s = plan.step(step("dailyOfPlain", day));
            assertEquals(List.of(step("plain", null)), s.upstream());
            assertEquals(List.of(), s.partitionsOf(AssetKey.of("plain")));
        }
    }

    @Test
    void aRangePlansOneStepPerPartitionWiredPartitionToPartition() {
        RunPlan plan = planner.plan(
                dailyChain(),
                keys("raw", "clean"),
                RunRequest.builder().partitionRange("2022-07-01", "2022-07-03").build());

        assertEquals(6, plan.steps().size());
        assertTopological(plan);
        for (String day : List.of("2022-07-01", "2022-07-02", "2022-07-03")) {
            assertEquals(
                    List.of(step("raw", day)), plan.step(step("clean", day)).upstream());
        }
    }

    @Test
    void aMonthlyRollupReadsTheDaysOfItsMonth() {
        RunPlan plan = planner.plan(
                dailyChain(),
                keys("clean", "monthly"),
                RunRequest.builder().partitionRange("2022-07-01", "2022-07-31").build());

        assertEquals(32, plan.steps().size());
        PlannedStep july = plan.step(step("monthly", "2022-07-01"));
        assertEquals(31, july.upstream().size());
        assertEquals(step("clean", "2022-07-01"), july.upstream().get(0));
        assertEquals(step("clean", "2022-07-31"), july.upstream().get(30));
        assertEquals(31, july.partitionsOf(AssetKey.of("clean")).size());
        assertTopological(plan);
    }

    @Test
    void anUnpartitionedDownstreamWaitsForEveryPartitionOfTheRun() {
        RunPlan plan = planner.plan(
                dailyChain(),
                keys("clean", "summary", "external"),
                RunRequest.builder().partitionRange("2022-07-01", "2022-07-02").build());

        PlannedStep summary = plan.step(step("summary", null));
        assertEquals(List.of(step("clean", "2022-07-01"), step("clean", "2022-07-02")), summary.upstream());
        assertTrue(summary.partitionsOf(AssetKey.of("clean"))
                .containsAll(List.of("2022-07-01", "2022-07-02", "2022-01-01")));
        assertEquals(3, plan.steps().size(), "the source asset is no step");
    }

    @Test
    void problemsNameTheAssetAndPartition() {
        ProjectDefinitions defs = dailyChain();
        assertEquals(
                "asset raw is partitioned: give a partition key or range",
                assertThrows(RunPlanningException.class, () -> planner.plan(defs, keys("raw"), RunRequest.empty()))
                        .getMessage());
        assertEquals(
                "partition key 2021-05-01 is not a partition of asset raw",
                assertThrows(
                                RunPlanningException.class,
                                () -> planner.plan(
                                        defs,
                                        keys("raw"),
                                        RunRequest.builder()
                                                .partitionKey("2021-05-01")
                                                .build()))
                        .getMessage());
        assertEquals(
                "the selection resolves to no asset: nothing to materialize",
                assertThrows(RunPlanningException.class, () -> planner.plan(defs, Set.of(), RunRequest.empty()))
                        .getMessage());
        assertEquals(
                "no asset nope in the project",
                assertThrows(RunPlanningException.class, () -> planner.plan(defs, keys("nope"), RunRequest.empty()))
                        .getMessage());
    }

    @Test
    void configProblemsAreFoundBeforeTheRun() {
        ProjectDefinitions defs = TestProject.create()
                .add(asset("fetch", (c, i, k) -> 1).configType(ConfigBinderTest.ApiConfig.class))
                .add(asset("other", (c, i, k) -> 1))
                .definitions();

        RunPlanningException missing =
                assertThrows(RunPlanningException.class, () -> planner.plan(defs, keys("fetch"), RunRequest.empty()));
        assertEquals(
                List.of("asset fetch needs config ApiConfig (apiEndpoint: String, retries: int) but the run request"
                        + " gives none"),
                missing.problems());

        RunPlanningException notSelected = assertThrows(
                RunPlanningException.class,
                () -> planner.plan(
                        defs,
                        keys("other"),
                        RunRequest.builder()
                                .config("fetch", Map.of("apiEndpoint", "u", "retries", 1))
                                .build()));
        assertEquals(
                List.of("config given for asset fetch, which is not selected in this run"), notSelected.problems());

        RunPlanningException wrongType = assertThrows(
                RunPlanningException.class,
                () -> planner.plan(
                        defs,
                        keys("fetch"),
                        RunRequest.builder()
                                .config("fetch", Map.of("apiEndpoint", "u", "retries", "x"))
                                .build()));
        assertEquals(
                List.of("config of asset fetch: field 'retries' expects int, got String \"x\""), wrongType.problems());

        RunPlan ok = planner.plan(
                defs,
                keys("fetch"),
                RunRequest.builder()
                        .config("fetch", Map.of("apiEndpoint", "u", "retries", 1))
                        .build());
        assertEquals(new ConfigBinderTest.ApiConfig("u", 1), ok.steps().get(0).config());
    }

    /** A config record with defaults: a public no-arg constructor. */
    public record Retries(String endpoint, int retries) implements dev.assetstudio.api.Config {
        public Retries() {
            this("https://example.com", 3);
        }
    }

    @Test
    void aConfigRecordWithANoArgConstructorDefaultsMissingConfigAndFields() {
        ProjectDefinitions defs = TestProject.create()
                .add(asset("fetch", (c, i, k) -> 1).configType(Retries.class))
                .definitions();

        RunPlan none = planner.plan(defs, keys("fetch"), RunRequest.empty());
        assertEquals(new Retries("https://example.com", 3), none.steps().get(0).config());

        RunPlan some = planner.plan(
                defs,
                keys("fetch"),
                RunRequest.builder().config("fetch", Map.of("retries", 5)).build());
        assertEquals(new Retries("https://example.com", 5), some.steps().get(0).config());

        RunPlanningException wrong = assertThrows(
                RunPlanningException.class,
                () -> planner.plan(
                        defs,
                        keys("fetch"),
                        RunRequest.builder()
                                .config("fetch", Map.of("retries", "many"))
                                .build()));
        assertEquals(
                List.of("config of asset fetch: field 'retries' expects int, got String \"many\""), wrong.problems());
    }

    @Test
    void aRequestCannotNameBothAKeyAndARange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRequest.builder()
                .partitionKey("2022-07-01")
                .partitionRange("2022-07-01", "2022-07-02")
                .build());
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
    }
}
