package dev.assetstudio.engine.worker;

import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.CheckKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asset check results as plain JSON values, for the worker protocol ({@code StepEnded.checks}) and
 * the cluster's step results.
 */
public final class CheckEvaluations {
    private CheckEvaluations() {}

    public static List<Map<String, Object>> toJson(List<AssetCheckEvaluation> checks) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AssetCheckEvaluation e : checks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("runId", e.runId());
            m.put("time", e.time().toString());
            m.put("asset", e.check().asset().toString());
            m.put("name", e.check().name());
            m.put("partition", e.partition());
            m.put("passed", e.passed());
            m.put("severity", e.severity().name());
            m.put("blocking", e.blocking());
            m.put("description", e.description());
            m.put("metadata", JsonValues.reduce(e.metadata()));
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<AssetCheckEvaluation> fromJson(List<Map<String, Object>> checks) {
        if (checks == null) {
            return List.of();
        }
        List<AssetCheckEvaluation> out = new ArrayList<>();
        for (Map<String, Object> m : checks) {
            out.add(new AssetCheckEvaluation(
                    (String) m.get("runId"),
                    Instant.parse((String) m.get("time")),
                    CheckKey.of(AssetKey.parse((String) m.get("asset")), (String) m.get("name")),
                    (String) m.get("partition"),
                    Boolean.TRUE.equals(m.get("passed")),
                    AssetCheckSeverity.valueOf((String) m.get("severity")),
                    Boolean.TRUE.equals(m.get("blocking")),
                    (String) m.get("description"),
                    (Map<String, Object>) m.getOrDefault("metadata", Map.of())));
        }
        return out;
    }
}
