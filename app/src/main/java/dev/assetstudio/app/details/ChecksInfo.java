package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.CheckDefinition;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Checks tab shows of one asset: each check with its latest result and its recent results,
 * and the asset's health (read from the engine, which owns the rule).
 *
 * @param checks one row per check, in name order
 */
public record ChecksInfo(AssetKey key, AssetHealth health, List<Row> checks) {
    /** How many results of each check are kept for its history list. */
    static final int HISTORY = 20;

    /**
     * One check.
     *
     * @param latest its newest result, if it ever ran
     * @param history its newest results, newest first
     */
    public record Row(
            String name,
            String description,
            boolean blocking,
            Optional<AssetCheckEvaluation> latest,
            List<AssetCheckEvaluation> history) {
        /** {@code passed}, {@code FAILED} or {@code never run}. */
        public String result() {
            return latest.map(e -> e.passed() ? "passed" : "FAILED").orElse("never run");
        }
    }

    /** Reads it from the engine and history; off the FX thread. */
    public static ChecksInfo of(Project project, AssetKey key) {
        AssetDefinition def = project.asset(key);
        Map<String, AssetCheckEvaluation> latest =
                def.checks().isEmpty() ? Map.of() : project.history().latestCheckEvaluations(key);
        List<Row> rows = new ArrayList<>();
        for (CheckDefinition c : def.checks()) {
            rows.add(new Row(
                    c.name(),
                    c.description(),
                    c.blocking(),
                    Optional.ofNullable(latest.get(c.name())),
                    project.history().checkEvaluations(key, c.name(), HISTORY)));
        }
        return new ChecksInfo(key, project.health(key), List.copyOf(rows));
    }
}
