package dev.assetstudio.engine.health;

import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.FreshnessRule;
import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.run.StepEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link AssetHealth} from history: the last materialization attempt, the latest result of
 * each current check, and the freshness policy at a given instant. The one place the rule lives.
 *
 * <pre>{@code
 * Map<AssetKey, AssetHealth> all = new HealthEvaluator(history).evaluate(definitions, Instant.now());
 * }</pre>
 */
public final class HealthEvaluator {
    private final HistoryStore history;

    public HealthEvaluator(HistoryStore history) {
        this.history = history;
    }

    /** The health of every definition at {@code now}, in the given order. */
    public Map<AssetKey, AssetHealth> evaluate(Iterable<AssetDefinition> definitions, Instant now) {
        Map<AssetKey, StepEventType> outcomes = history.latestStepOutcomes();
        Map<AssetKey, Materialization> latest = history.latestMaterializations();
        Map<AssetKey, AssetHealth> result = new LinkedHashMap<>();
        for (AssetDefinition def : definitions) {
            result.put(def.key(), evaluate(def, outcomes.get(def.key()), latest.get(def.key()), now));
        }
        return result;
    }

    /** The health of one asset at {@code now}. */
    public AssetHealth evaluate(AssetDefinition def, Instant now) {
        return evaluate(
                def,
                history.latestStepOutcomes().get(def.key()),
                history.latestMaterialization(def.key()).orElse(null),
                now);
    }

    private AssetHealth evaluate(AssetDefinition def, StepEventType lastOutcome, Materialization last, Instant now) {
        List<String> degraded = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (lastOutcome == StepEventType.FAILED) {
            degraded.add("its last materialization attempt failed");
        }
        Map<String, AssetCheckEvaluation> checks =
                def.checks().isEmpty() ? Map.of() : history.latestCheckEvaluations(def.key());
        int checksPassed = 0;
        for (String name : def.checkNames()) {
            AssetCheckEvaluation e = checks.get(name);
            if (e == null) {
                continue;
            }
            if (e.passed()) {
                checksPassed++;
                continue;
            }
            String why = "check " + name + " failed (" + e.severity() + ")"
                    + (e.description().isBlank() ? "" : ": " + e.description());
            (e.severity() == AssetCheckSeverity.ERROR ? degraded : warnings).add(why);
        }
        if (last != null && def.freshness().isPresent()) {
            FreshnessRule.Verdict verdict = def.freshness().get().evaluate(last.timestamp(), now);
            switch (verdict.level()) {
                case FAIL -> degraded.add(verdict.reason());
                case WARN -> warnings.add(verdict.reason());
                default -> {}
            }
        }
        List<String> reasons = new ArrayList<>(degraded);
        reasons.addAll(warnings);
        if (!degraded.isEmpty()) {
            return new AssetHealth(AssetHealth.State.DEGRADED, reasons);
        }
        if (!warnings.isEmpty()) {
            return new AssetHealth(AssetHealth.State.WARNING, reasons);
        }
        if (last == null && checksPassed == 0) {
            return new AssetHealth(
                    AssetHealth.State.UNKNOWN,
                    List.of(def.source() ? "a source asset with no check results" : "never materialized"));
        }
        List<String> fine = new ArrayList<>();
        if (last != null) {
            fine.add("materialized " + last.timestamp());
        }
        if (checksPassed > 0) {
            fine.add(checksPassed + " of " + def.checks().size() + " checks passed");
        }
        return new AssetHealth(AssetHealth.State.HEALTHY, fine);
    }
}
