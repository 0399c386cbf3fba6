package dev.assetstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.MetadataValue;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.CheckStatus;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Section 5 through {@link Project}: tags, owners, kinds, checks, multi-assets, metadata, health. */
class AssetModelTest {
    private static final AssetKey ORDERS = AssetKey.of("orders");
    private static final AssetKey CLEAN = AssetKey.of("cleanOrders");
    private static final AssetKey REJECTED = AssetKey.of("rejectedOrders");
    private static final AssetKey BIG = AssetKey.of("bigOrders");
    private static final AssetKey REPORT = AssetKey.of("report");
    private static final AssetKey UNRELATED = AssetKey.of("unrelated");

    @TempDir
    Path dir;

    private Path jar;
    private Project project;

    @BeforeEach
    void open() {
        jar = OrderJar.build(dir);
        project = Project.open(jar, options());
    }

    private ProjectOptions options() {
        return ProjectOptions.builder().home(dir.resolve("home")).parallelism(2).build();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private RunResult materialize(String selection) {
        return project.materialize(AssetSelection.parse(selection));
    }

    @Test
    void tagsOwnersKindsAndChecksAreOnTheDefinition() {
        AssetDefinition orders = project.asset(ORDERS);
        assertEquals(Map.of("domain", "sales", "pii", ""), orders.tags(), "class tag merged with the asset's");
        assertEquals(List.of("team:analytics", "ana@example.com"), orders.owners());
        assertEquals(Set.of("csv", "java"), orders.kinds());
        assertEquals(List.of("notTooMany", "ordersHaveIds"), orders.checkNames());
        assertTrue(orders.check("ordersHaveIds").orElseThrow().blocking());
        assertEquals(
                "every order has an id",
                orders.check("ordersHaveIds").orElseThrow().description());

        AssetDefinition rejected = project.asset(REJECTED);
        assertEquals("quality", rejected.group());
        assertFalse(rejected.outputRequired());
        assertEquals(
                List.of(CLEAN, REJECTED), rejected.multiAsset().orElseThrow().outs());
        assertEquals("splitOrders", rejected.multiAsset().orElseThrow().name());
        assertEquals(Set.of(ORDERS), project.asset(CLEAN).upstreamKeys());
        assertEquals(
                "warn after PT12H, fail after PT24H",
                project.asset(BIG).freshness().orElseThrow().toString());
    }

    @Test
    void checksRunRightAfterTheirAssetInTheSameRun() {
        RunResult r = materialize("orders");
        assertEquals(StepStatus.SUCCEEDED, r.status(ORDERS));
        assertEquals(CheckStatus.PASSED, r.checkStatus(ORDERS, "ordersHaveIds"));
        assertEquals(CheckStatus.FAILED, r.checkStatus(ORDERS, "notTooMany"), "3 orders are too many");
        assertEquals(CheckStatus.NOT_RUN, r.checkStatus(UNRELATED, "unrelatedIsU"));
        assertTrue(r.succeeded(), "a failed WARN check does not fail the run");

        Map<String, AssetCheckEvaluation> latest = project.history().latestCheckEvaluations(ORDERS);
        assertEquals(Set.of("notTooMany", "ordersHaveIds"), latest.keySet());
        assertEquals(AssetCheckSeverity.WARN, latest.get("notTooMany").severity());
        assertEquals(3L, latest.get("notTooMany").metadata().get("count"));
        assertEquals(r.runId(), latest.get("ordersHaveIds").runId());
    }

    @Test
    void aFailedBlockingErrorCheckSkipsTheDownstreamAssets() {
        OrderJar.set(project, "missingId", true);
        RunResult r = materialize("*");
        assertEquals(StepStatus.SUCCEEDED, r.status(ORDERS), "the asset itself is materialized");
        assertEquals(CheckStatus.FAILED, r.checkStatus(ORDERS, "ordersHaveIds"));
        assertEquals(StepStatus.SKIPPED, r.status(CLEAN));
        assertEquals(StepStatus.SKIPPED, r.status(REJECTED));
        assertEquals(StepStatus.SKIPPED, r.status(BIG));
        assertEquals(StepStatus.SUCCEEDED, r.status(UNRELATED), "an independent branch goes on");
        assertFalse(r.succeeded());
        assertTrue(
                r.failures().values().stream().anyMatch(m -> m.contains("orders/ordersHaveIds")),
                r.failures().toString());
        assertEquals(
                1L,
                project.history()
                        .latestCheckEvaluations(ORDERS)
                        .get("ordersHaveIds")
                        .metadata()
                        .get("missing_ids"));
    }

    @Test
    void aCheckThatThrowsIsAFailedErrorCheckAndTheAssetStillMaterializes() {
        RunResult r = materialize("unrelated");
        assertEquals(StepStatus.SUCCEEDED, r.status(UNRELATED));
        assertEquals(CheckStatus.FAILED, r.checkStatus(UNRELATED, "unrelatedIsU"));
        AssetCheckEvaluation e =
                project.history().latestCheckEvaluations(UNRELATED).get("unrelatedIsU");
        assertFalse(e.passed());
        assertEquals(AssetCheckSeverity.ERROR, e.severity());
        assertTrue(e.description().contains("check exploded"), e.description());
        assertEquals(AssetHealth.State.DEGRADED, project.health(UNRELATED).state());
    }

    @Test
    void checksRunAloneWithoutMaterializing() {
        materialize("orders");
        RunResult alone = project.materialize(AssetSelection.parse("check:orders/ordersHaveIds"));
        assertEquals(CheckStatus.PASSED, alone.checkStatus(ORDERS, "ordersHaveIds"));
        assertEquals(CheckStatus.NOT_RUN, alone.checkStatus(ORDERS, "notTooMany"));
        assertTrue(alone.statuses().isEmpty(), "nothing materialized: " + alone.statuses());
        assertEquals(1, project.history().countMaterializations(ORDERS));

        RunResult all = project.materialize(AssetSelection.parse("checks:orders"));
        assertEquals(CheckStatus.PASSED, all.checkStatus(ORDERS, "ordersHaveIds"));
        assertEquals(CheckStatus.FAILED, all.checkStatus(ORDERS, "notTooMany"));
        assertEquals(1, project.history().countMaterializations(ORDERS));
        assertEquals(
                3,
                project.history().checkEvaluations(ORDERS, "ordersHaveIds", 10).size(),
                "after, alone, alone");
    }

    @Test
    void aMultiAssetRunsOnceForAllItsOutsAndOptionalOutsAreNotMaterialized() {
        materialize("orders");
        RunResult r = materialize("cleanOrders");
        assertEquals(StepStatus.SUCCEEDED, r.status(CLEAN));
        assertEquals(StepStatus.NOT_MATERIALIZED, r.status(REJECTED), "selected with its sibling, left out");
        assertEquals(1, OrderJar.splits(project));
        assertEquals(List.of("a", "b", "c"), project.loadAssetValue(CLEAN));
        assertEquals(
                3L,
                project.history()
                        .latestMaterialization(CLEAN)
                        .orElseThrow()
                        .metadata()
                        .get("num_rows"));

        OrderJar.set(project, "reject", true);
        RunResult both = materialize("rejectedOrders");
        assertEquals(StepStatus.SUCCEEDED, both.status(REJECTED));
        assertEquals(StepStatus.SUCCEEDED, both.status(CLEAN));
        assertEquals(2, OrderJar.splits(project), "once per materialization, not once per out");
        assertEquals(List.of("x"), project.loadAssetValue(REJECTED));
    }

    @Test
    void aRequiredOutMissingFromTheResultFailsThatOutNamingIt() {
        materialize("orders");
        OrderJar.set(project, "dropClean", true);
        RunResult r = materialize("cleanOrders");
        assertEquals(StepStatus.FAILED, r.status(CLEAN));
        String message = r.failures().values().iterator().next();
        assertTrue(message.contains("required out 'cleanOrders'"), message);
    }

    @Test
    void richMetadataIsKeptWithItsKindAndPlainNumbersAreStillPlotted() {
        assertEquals(StepStatus.SUCCEEDED, materialize("*").status(BIG));
        Materialization m = project.history().latestMaterialization(BIG).orElseThrow();
        MetadataValue preview = MetadataValues.read(m.metadata().get("preview"));
        assertEquals(MetadataValue.Kind.TABLE, preview.kind());
        assertEquals(List.of("id", "total"), preview.tableColumns());
        assertEquals(List.of(List.of("a", 120L), List.of("b", 300L)), preview.tableRows());
        assertEquals(
                MetadataValue.Kind.MARKDOWN,
                MetadataValues.read(m.metadata().get("summary")).kind());
        assertEquals(
                "**3** big orders",
                MetadataValues.read(m.metadata().get("summary")).value());
        assertEquals(
                MetadataValue.Kind.URL,
                MetadataValues.read(m.metadata().get("dashboard")).kind());
        assertEquals(
                MetadataValue.Kind.PATH,
                MetadataValues.read(m.metadata().get("export")).kind());
        assertEquals(
                MetadataValue.Kind.TABLE_SCHEMA,
                MetadataValues.read(m.metadata().get("schema")).kind());
        assertEquals(
                MetadataValue.Kind.JSON,
                MetadataValues.read(m.metadata().get("raw")).kind());
        assertEquals(
                MetadataValue.Kind.NUMBER,
                MetadataValues.read(m.metadata().get("rows")).kind());
        assertEquals(List.of("count", "rows"), project.history().numericMetadataKeys(BIG));
    }

    @Test
    void healthComesFromTheLastAttemptTheChecksAndFreshness() {
        assertEquals(AssetHealth.State.UNKNOWN, project.health(ORDERS).state());
        assertEquals(List.of("never materialized"), project.health(ORDERS).reasons());

        materialize("orders");
        AssetHealth warning = project.health(ORDERS);
        assertEquals(AssetHealth.WARNING, warning.state());
        assertTrue(
                warning.reasons().get(0).contains("notTooMany"),
                warning.reasons().toString());

        OrderJar.set(project, "missingId", true);
        materialize("orders");
        assertEquals(AssetHealth.State.DEGRADED, project.health(ORDERS).state());

        OrderJar.set(project, "missingId", false);
        materialize("orders*");
        Instant now = Instant.now();
        assertEquals(AssetHealth.State.HEALTHY, project.health(BIG, now).state());
        assertEquals(
                AssetHealth.State.WARNING,
                project.health(BIG, now.plus(Duration.ofHours(13))).state());
        AssetHealth late = project.health(BIG, now.plus(Duration.ofHours(25)));
        assertEquals(AssetHealth.State.DEGRADED, late.state());
        assertTrue(
                late.reasons().get(0).contains("failAfter PT24H"),
                late.reasons().toString());
    }

    @Test
    void aFailedAttemptDegradesTheAsset() {
        materialize("orders");
        OrderJar.set(project, "dropClean", true);
        materialize("cleanOrders");
        AssetHealth h = project.health(CLEAN);
        assertEquals(AssetHealth.State.DEGRADED, h.state());
        assertEquals(List.of("its last materialization attempt failed"), h.reasons());
    }

    @Test
    void checkResultsSurviveARestart() {
        OrderJar.set(project, "missingId", true);
        String runId = materialize("orders").runId();
        project.close();
        project = Project.open(jar, options());
        AssetCheckEvaluation e =
                project.history().latestCheckEvaluations(ORDERS).get("ordersHaveIds");
        assertEquals(runId, e.runId());
        assertFalse(e.passed());
        assertTrue(e.blocking());
        assertEquals(1L, e.metadata().get("missing_ids"));
        assertEquals(AssetHealth.State.DEGRADED, project.health(ORDERS).state());
    }

    @Test
    void selectionsSeeTagsOwnersKindsAndHealth() {
        assertEquals(Set.of(ORDERS), project.select(AssetSelection.parse("tag:pii")));
        assertEquals(
                Set.of(ORDERS, CLEAN, REJECTED, BIG, REPORT, UNRELATED),
                project.select(AssetSelection.parse("tag:domain=sales")));
        assertEquals(Set.of(UNRELATED), project.select(AssetSelection.parse("owner:team:ops")));
        assertEquals(Set.of(ORDERS, CLEAN), project.select(AssetSelection.parse("kind:java")));
        assertEquals(Set.of(CLEAN), project.select(AssetSelection.parse("kind:java and not kind:csv")));
        materialize("unrelated");
        assertEquals(Set.of(UNRELATED), project.select(AssetSelection.parse("status:degraded")));
        assertTrue(project.select(AssetSelection.parse("status:unknown")).contains(ORDERS));
    }
}
