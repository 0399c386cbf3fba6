package dev.assetstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.graph.AssetStaleness;
import dev.assetstudio.engine.history.SeriesPoint;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example, opened from its jar and run through the {@link Project} facade. */
class ProjectEndToEndTest {
    private static final AssetKey CEREALS = AssetKey.of("cereals");
    private static final AssetKey SUGARY = AssetKey.of("sugaryCereals");
    private static final AssetKey SUMMARY = AssetKey.of("nutritionSummary");

    @TempDir
    Path home;

    Project project;

    @BeforeEach
    void open() {
        project = Project.open(
                E2eJars.example(), ProjectOptions.builder().home(home).build());
    }

    @AfterEach
    void close() {
        project.close();
    }

    /**
     * Runs and returns without flushing: a run's result completes only after history committed it,
     * so reads right after see the whole run.
     */
    private RunResult materialize(AssetSelection selection) {
        return materialize(selection, RunRequest.empty());
    }

    private RunResult materialize(AssetSelection selection, RunRequest request) {
        return project.materialize(selection, request);
    }

    @Test
    void keysAndGroups() {
        // 24 assets, and the multi-asset cerealsByType's two outs coldCereals and hotCereals
        assertEquals(26, project.assetKeys().size(), project.assetKeys()::toString);
        assertTrue(project.assetKeys().contains(AssetKey.of("warehouse", "shelfPlacement")));
        assertEquals(
                List.of("brands", "ingest", "nutrition", "reports", "sales", "warehouse"),
                List.copyOf(project.groups().keySet()));
        assertEquals(
                List.of(AssetKey.of("cereal_csv"), CEREALS, AssetKey.of("store_prices_csv")),
                project.groups().get("ingest"));
        assertEquals("nutrition", project.asset(SUGARY).group());
        assertEquals(
                14,
                project.asset(AssetKey.of("dailyPrices"))
                        .partitions()
                        .orElseThrow()
                        .keys()
                        .size());
        assertEquals(
                List.of("A", "G", "K", "N", "P", "Q", "R"),
                project.asset(AssetKey.of("warehouse", "manufacturerLineup"))
                        .partitions()
                        .orElseThrow()
                        .keys());
        assertTrue(project.asset(AssetKey.of("cereal_csv")).source());
    }

    @Test
    void everyAssetHasOwnersAndKindsAndTheExampleHasChecksAMultiAssetAndFreshness() {
        for (var def : project.assets()) {
            if (!def.source()) {
                assertTrue(!def.owners().isEmpty() && !def.kinds().isEmpty(), def.key() + " has owners and kinds");
            }
        }
        assertEquals("gold", project.asset(CEREALS).tags().get("tier"));
        assertEquals("nutrition", project.asset(SUGARY).tags().get("domain"));
        assertTrue(project.asset(CEREALS).check("cerealsAreNamed").orElseThrow().blocking());
        assertEquals(List.of("ratingsInRange"), project.asset(SUGARY).checkNames());
        assertEquals(
                List.of(AssetKey.of("coldCereals"), AssetKey.of("hotCereals")),
                project.asset(AssetKey.of("hotCereals"))
                        .multiAsset()
                        .orElseThrow()
                        .outs());
        assertTrue(project.asset(AssetKey.of("dailySales")).freshness().isPresent());

        RunResult r = materialize(AssetSelection.parse("+key:sugaryCereals or key:coldCereals"));
        assertEquals(RunStatus.SUCCEEDED, r.runStatus(), r::toString);
        assertEquals(dev.assetstudio.engine.CheckStatus.PASSED, r.checkStatus(CEREALS, "cerealsAreNamed"));
        assertEquals(dev.assetstudio.engine.CheckStatus.PASSED, r.checkStatus(SUGARY, "ratingsInRange"));
        assertEquals(StepStatus.SUCCEEDED, r.status(AssetKey.of("hotCereals")), "selected with its sibling");
        assertEquals(
                dev.assetstudio.engine.AssetHealth.State.HEALTHY,
                project.health(SUGARY).state());
    }

    @Test
    void nutritionSummaryAndItsUpstream() {
        RunResult r = materialize(AssetSelection.parse("*nutritionSummary"));
        assertEquals(RunStatus.SUCCEEDED, r.runStatus(), r::toString);
        assertEquals(StepStatus.SUCCEEDED, r.status(SUMMARY));
        assertEquals(26, ((List<?>) project.loadAssetValue(SUGARY)).size());
        assertEquals(77, ((List<?>) project.loadAssetValue(CEREALS)).size());
        Materialization m = project.history().latestMaterialization(SUGARY).orElseThrow();
        assertEquals(26L, m.metadata().get("num_rows"));
        assertEquals(r.runId(), m.runId());
    }

    @Test
    void configuredAssetWithDefaultsAndMistypedConfig() {
        AssetSelection low = AssetSelection.parse("*lowSugarCereals");
        RunRequest mistyped = RunRequest.builder()
                .config("lowSugarCereals", Map.of("maxSugars", "six"))
                .build();
        List<String> problems = project.validate(low, mistyped);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("lowSugarCereals"), problems::toString);
        assertTrue(problems.get(0).contains("maxSugars"), problems::toString);

        // No config: the record's no-arg constructor gives maxSugars = 6.
        assertTrue(materialize(low, RunRequest.empty()).succeeded());
        assertEquals(37, ((List<?>) project.loadAssetValue(AssetKey.of("lowSugarCereals"))).size());

        RunRequest six = RunRequest.builder()
                .config("lowSugarCereals", Map.of("maxSugars", 6))
                .build();
        assertEquals(List.of(), project.validate(low, six));
        RunResult r = materialize(low, six);
        assertTrue(r.succeeded(), r::toString);
        assertEquals(37, ((List<?>) project.loadAssetValue(AssetKey.of("lowSugarCereals"))).size());

        RunResult zero = materialize(
                AssetSelection.parse("lowSugarCereals"),
                RunRequest.builder()
                        .config("lowSugarCereals", Map.of("maxSugars", 0))
                        .build());
        assertTrue(zero.succeeded(), zero::toString);
        assertEquals(7, ((List<?>) project.loadAssetValue(AssetKey.of("lowSugarCereals"))).size());
    }

    @Test
    void dailyBackfillAndRollups() throws Exception {
        RunResult r = materialize(
                AssetSelection.parse("dailyPrices*"),
                RunRequest.builder().partitionRange("2024-01-01", "2024-01-14").build());
        assertTrue(r.succeeded(), r::toString);
        assertEquals(30, r.statuses().size(), r::toString);
        assertEquals(14, count(r, "dailyPrices"));
        assertEquals(14, count(r, "dailySales"));
        assertEquals(StepStatus.SUCCEEDED, r.status(StepKey.of(AssetKey.of("dailySales"), "2024-01-14")));
        assertEquals(StepStatus.SUCCEEDED, r.status(AssetKey.of("priceTrends")));
        Object totals = project.loadAssetValue(AssetKey.of("salesTotals"));
        // a class of the example jar, so only reflectively
        assertEquals(14, totals.getClass().getMethod("days").invoke(totals));
        assertEquals(
                14,
                project.history().partitionStatuses(AssetKey.of("dailyPrices")).size());
        assertEquals(14, ((Map<?, ?>) project.loadAssetValue(AssetKey.of("dailyPrices"))).size());
    }

    private static long count(RunResult r, String asset) {
        return r.statuses().keySet().stream()
                .filter(s -> s.asset().equals(AssetKey.of(asset)))
                .count();
    }

    @Test
    void conditionalAssetsNotMaterializedAndSkipped() {
        RunResult r = materialize(AssetSelection.parse("*recallNotice,*standoutAnnouncement"));
        assertEquals(StepStatus.NOT_MATERIALIZED, r.status(AssetKey.of("sodiumRecalls")), r::toString);
        assertEquals(StepStatus.SKIPPED, r.status(AssetKey.of("recallNotice")), r::toString);
        assertEquals(StepStatus.SUCCEEDED, r.status(AssetKey.of("standoutCereal")), r::toString);
        assertEquals(StepStatus.SUCCEEDED, r.status(AssetKey.of("standoutAnnouncement")), r::toString);
        assertTrue(project.history()
                .latestMaterialization(AssetKey.of("sodiumRecalls"))
                .isEmpty());
    }

    @Test
    void historySeriesGrowsWithRuns() {
        materialize(AssetSelection.parse("*sugaryCereals"));
        List<SeriesPoint> one = project.history().metadataSeries(CEREALS, "num_rows");
        assertEquals(1, one.size());
        assertEquals(77.0, one.get(0).value());
        materialize(AssetSelection.parse("*sugaryCereals"));
        List<SeriesPoint> two = project.history().metadataSeries(CEREALS, "num_rows");
        assertEquals(2, two.size());
        assertEquals(2, project.history().countMaterializations(SUGARY));
        assertTrue(project.history().numericMetadataKeys(SUGARY).contains("num_rows"));
        assertEquals(2, project.history().runsForAsset(SUGARY, 10).size());
    }

    @Test
    void stalenessFreshAfterARunStaleAfterAnUpstreamRematerializes() throws Exception {
        assertEquals(
                AssetStaleness.State.MISSING, project.staleness().get(SUMMARY).state());
        assertEquals(
                AssetStaleness.State.SOURCE,
                project.staleness().get(AssetKey.of("cereal_csv")).state());
        materialize(AssetSelection.parse("*nutritionSummary"));
        assertEquals(
                AssetStaleness.State.FRESH, project.staleness().get(SUMMARY).state());
        assertEquals(AssetStaleness.State.FRESH, project.staleness().get(SUGARY).state());

        awaitTheNextMillisecond(); // a later timestamp than the first run's
        materialize(AssetSelection.parse("cereals"));
        AssetStaleness sugary = project.staleness().get(SUGARY);
        assertEquals(AssetStaleness.State.STALE, sugary.state());
        assertTrue(sugary.reason().contains("cereals"), sugary::reason);
        AssetStaleness summary = project.staleness().get(SUMMARY);
        assertEquals(AssetStaleness.State.STALE, summary.state());
        assertFalse(project.staleness().get(CEREALS).isStale());
    }

    /** Waits (no fixed sleep) until the clock has moved past the current millisecond, which history stores. */
    private static void awaitTheNextMillisecond() {
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        while (!java.time.Instant.now()
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .isAfter(now)) {
            Thread.onSpinWait();
        }
    }
}
