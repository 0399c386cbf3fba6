package dev.assetstudio.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.MetadataValue;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.CheckStatus;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.worker.WorkerFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section 5 with the project's code in a worker process (as the CLI and the studio run it): the
 * engine sees tags, owners, kinds, checks, freshness and multi-assets through the worker's snapshot,
 * and check results and MetadataValues come back across the process boundary.
 */
class WorkerModelTest {
    @TempDir
    Path dir;

    @Test
    void theModelAndCheckResultsCrossTheProcessBoundary() {
        try (Project project = Project.open(OrderJar.build(dir), WorkerFixtures.options(dir.resolve("home")))) {
            var orders = project.asset(AssetKey.of("orders"));
            assertEquals(Map.of("domain", "sales", "pii", ""), orders.tags());
            assertEquals(List.of("team:analytics", "ana@example.com"), orders.owners());
            assertEquals(Set.of("csv", "java"), orders.kinds());
            assertEquals(List.of("notTooMany", "ordersHaveIds"), orders.checkNames());
            assertTrue(orders.check("ordersHaveIds").orElseThrow().blocking());
            assertEquals(
                    List.of(AssetKey.of("cleanOrders"), AssetKey.of("rejectedOrders")),
                    project.asset(AssetKey.of("cleanOrders"))
                            .multiAsset()
                            .orElseThrow()
                            .outs());
            assertTrue(project.asset(AssetKey.of("bigOrders")).freshness().isPresent());
            assertEquals(Set.of(AssetKey.of("orders")), project.select(AssetSelection.parse("tag:pii")));

            RunResult r = project.materialize(AssetSelection.parse("key:orders+"));
            assertEquals(CheckStatus.PASSED, r.checkStatus(AssetKey.of("orders"), "ordersHaveIds"));
            assertEquals(CheckStatus.FAILED, r.checkStatus(AssetKey.of("orders"), "notTooMany"));
            assertEquals(StepStatus.NOT_MATERIALIZED, r.status(AssetKey.of("rejectedOrders")));
            assertEquals(StepStatus.SUCCEEDED, r.status(AssetKey.of("report")));
            assertEquals(
                    AssetHealth.State.WARNING,
                    project.health(AssetKey.of("orders")).state());
            var big = project.history()
                    .latestMaterialization(AssetKey.of("bigOrders"))
                    .orElseThrow();
            assertEquals(
                    MetadataValue.Kind.TABLE,
                    MetadataValues.read(big.metadata().get("preview")).kind());
            assertTrue(project.history()
                    .numericMetadataKeys(AssetKey.of("bigOrders"))
                    .contains("count"));

            RunResult alone = project.materialize(AssetSelection.parse("check:unrelated/unrelatedIsU"));
            assertEquals(CheckStatus.FAILED, alone.checkStatus(AssetKey.of("unrelated"), "unrelatedIsU"));
            var thrown = project.history()
                    .latestCheckEvaluations(AssetKey.of("unrelated"))
                    .get("unrelatedIsU");
            assertFalse(thrown.passed());
            assertTrue(
                    thrown.description().contains("could not get the value")
                            || thrown.description().contains("check exploded"),
                    thrown.description());
        }
    }
}
