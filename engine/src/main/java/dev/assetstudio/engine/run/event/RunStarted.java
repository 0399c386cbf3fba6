package dev.assetstudio.engine.run.event;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run began; {@code steps} is its whole plan, in a valid execution order, and {@code config} the
 * config fields each asset that takes config runs with; {@code executor} where its steps execute
 * ({@link dev.assetstudio.engine.run.RunPlan#executor()}), or {@code null} when not said.
 */
public record RunStarted(
        String runId,
        Instant time,
        List<StepKey> steps,
        String selection,
        Map<AssetKey, Map<String, Object>> config,
        String executor)
        implements RunEvent {
    public RunStarted {
        steps = List.copyOf(steps);
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** A run whose executor is not said. */
    public RunStarted(
            String runId,
            Instant time,
            List<StepKey> steps,
            String selection,
            Map<AssetKey, Map<String, Object>> config) {
        this(runId, time, steps, selection, config, null);
    }

    /** A run whose assets take no config. */
    public RunStarted(String runId, Instant time, List<StepKey> steps, String selection) {
        this(runId, time, steps, selection, Map.of());
    }
}
