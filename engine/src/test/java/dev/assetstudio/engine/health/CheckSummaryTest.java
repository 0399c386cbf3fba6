package dev.assetstudio.engine.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.CheckDefinition;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.CheckKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check badge and the CLI's check column come from one summary of the latest results. */
class CheckSummaryTest {

    private static final AssetKey ORDERS = AssetKey.of("orders");

    private static AssetDefinition withChecks(String... names) {
        return AssetDefinition.builder(ORDERS)
                .source(true) // no computation needed to hold checks
                .build()
                .withChecks(java.util.Arrays.stream(names)
                        .map(n -> new CheckDefinition(
                                CheckKey.of(ORDERS, n), "", false, true, "Test", (context, value) -> null))
                        .toList());
    }

    private static AssetCheckEvaluation result(String name, boolean passed, AssetCheckSeverity severity) {
        return new AssetCheckEvaluation(
                "run1", Instant.EPOCH, CheckKey.of(ORDERS, name), null, passed, severity, false, "", Map.of());
    }

    @Test
    void theWorstLatestResultDecides() {
        var asset = withChecks("a", "b", "c");
        assertEquals(
                CheckSummary.State.NONE, CheckSummary.of(withChecks(), Map.of()).state());
        assertEquals("-", CheckSummary.of(withChecks(), Map.of()).text());
        assertEquals(
                CheckSummary.State.NOT_EVALUATED,
                CheckSummary.of(asset, Map.of()).state());
        assertEquals("0/3 passed", CheckSummary.of(asset, Map.of()).text());

        var passed = CheckSummary.of(asset, Map.of("a", result("a", true, AssetCheckSeverity.ERROR)));
        assertEquals(CheckSummary.State.PASSED, passed.state());
        assertEquals("1/3 passed", passed.text());

        var warned = CheckSummary.of(
                asset,
                Map.of(
                        "a",
                        result("a", true, AssetCheckSeverity.ERROR),
                        "b",
                        result("b", false, AssetCheckSeverity.WARN)));
        assertEquals(CheckSummary.State.WARNING, warned.state());
        assertEquals("1 failed, 1/3 passed", warned.text());

        var failed = CheckSummary.of(
                asset,
                Map.of(
                        "b", result("b", false, AssetCheckSeverity.WARN),
                        "c", result("c", false, AssetCheckSeverity.ERROR)));
        assertEquals(CheckSummary.State.FAILED, failed.state());
        assertEquals("2 failed, 0/3 passed", failed.text());
        assertEquals(new CheckSummary(3, 0, 1, 1), failed);
    }

    @Test
    void resultsOfChecksNoLongerDefinedDoNotCount() {
        var asset = withChecks("a");
        var summary = CheckSummary.of(
                asset,
                Map.of(
                        "gone",
                        result("gone", false, AssetCheckSeverity.ERROR),
                        "a",
                        result("a", true, AssetCheckSeverity.ERROR)));
        assertEquals(CheckSummary.State.PASSED, summary.state());
        assertEquals(List.of("a"), asset.checkNames());
    }
}
