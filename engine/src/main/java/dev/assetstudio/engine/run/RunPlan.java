package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.StepKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The steps of a run in a valid topological order (every step after the steps it depends on),
 * made by {@link RunPlanner} and executed by {@link RunExecutor}. Source assets are never steps.
 *
 * @param steps the steps, upstream first
 * @param selection how the selection was written (recorded with the run, e.g. {@code *table1})
 * @param config the config fields each asset that takes config runs with (given or defaulted), by
 *     asset; recorded with the run so that it can be shown and re-executed as it was
 * @param executor where its steps execute, as history records it ({@code in-process}, {@code worker},
 *     {@code cluster:NAME}), or {@code null} when the caller does not say
 */
public record RunPlan(
        List<PlannedStep> steps, String selection, Map<AssetKey, Map<String, Object>> config, String executor) {
    public RunPlan {
        steps = List.copyOf(steps);
        selection = selection == null ? "" : selection;
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** A plan that does not say where it executes. */
    public RunPlan(List<PlannedStep> steps, String selection, Map<AssetKey, Map<String, Object>> config) {
        this(steps, selection, config, null);
    }

    /** This plan, executing on {@code executor}. */
    public RunPlan withExecutor(String executor) {
        return new RunPlan(steps, selection, config, executor);
    }

    /** A plan whose assets take no config. */
    public RunPlan(List<PlannedStep> steps, String selection) {
        this(steps, selection, Map.of());
    }

    /** The step keys, in plan order. */
    public List<StepKey> stepKeys() {
        return steps.stream().map(PlannedStep::key).toList();
    }

    /** The step {@code key}; fails naming it when the plan has no such step. */
    public PlannedStep step(StepKey key) {
        return steps.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no step " + key + " in this plan"));
    }

    /** The steps by key, in plan order. */
    public Map<StepKey, PlannedStep> byKey() {
        Map<StepKey, PlannedStep> map = new LinkedHashMap<>();
        steps.forEach(s -> map.put(s.key(), s));
        return map;
    }
}
