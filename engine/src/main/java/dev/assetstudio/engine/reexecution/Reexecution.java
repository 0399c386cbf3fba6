package dev.assetstudio.engine.reexecution;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunIds;
import dev.assetstudio.engine.run.StepEventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What re-executing a recorded run runs: every step it planned ({@code all}), or only those that did
 * not end well ({@code from failure}: failed, skipped, canceled, and planned steps that never ran because
 * the run was canceled or interrupted), each with its partition, under the config the run used.
 *
 * <pre>{@code
 * Reexecution r = Reexecution.of(run, history.stepEvents(run.runId()), true, definitions);
 * r.steps();     // {daily=[2024-01-03, 2024-01-04]}: the failed partition and the one skipped after it
 * r.request();   // the config the run used, for the assets that run again
 * }</pre>
 *
 * <p>Runs recorded before history kept the planned steps (schema version 6) are re-executed from their
 * step events. Assets the project no longer has are left out.
 *
 * @param steps each asset to run with its partition keys ({@code [null]} for an unpartitioned asset)
 * @param request the config the run used, for the assets that run again and still take config
 * @param selection the selection text the new run is recorded with
 */
public record Reexecution(Map<AssetKey, List<String>> steps, RunRequest request, String selection) {
    public Reexecution {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(selection, "selection");
        Map<AssetKey, List<String>> copy = new LinkedHashMap<>();
        steps.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
        steps = Collections.unmodifiableMap(copy);
    }

    /**
     * Plans the re-execution of {@code run}.
     *
     * @param events the run's step events in time order
     * @param definitions the project's definitions now
     * @throws IllegalStateException when nothing is to run again (every step ended well, or none is of
     *     this project), with a message saying so
     */
    public static Reexecution of(
            RunRecord run, List<StepEventRecord> events, boolean fromFailure, ProjectDefinitions definitions) {
        Map<StepKey, StepEventType> latest = new LinkedHashMap<>();
        if (run.knowsPlannedSteps()) {
            run.partitions().forEach((asset, keys) -> {
                if (keys.isEmpty()) {
                    latest.put(StepKey.of(asset, null), null);
                } else {
                    keys.forEach(p -> latest.put(StepKey.of(asset, p), null));
                }
            });
        }
        for (StepEventRecord e : events) {
            StepKey step = StepKey.of(e.assetKey(), e.partition());
            if ((!run.knowsPlannedSteps() || latest.containsKey(step))
                    && e.type().isState()) {
                latest.put(step, e.type());
            }
        }
        Map<AssetKey, List<String>> steps = new LinkedHashMap<>();
        latest.forEach((step, type) -> {
            if ((!fromFailure || !endedWell(type)) && definitions.assets().containsKey(step.asset())) {
                steps.computeIfAbsent(step.asset(), k -> new ArrayList<>()).add(step.partition());
            }
        });
        if (steps.isEmpty()) {
            throw new IllegalStateException(
                    fromFailure
                            ? "every step of run " + run.runId() + " ended well: nothing to re-execute from a failure"
                            : "run " + run.runId() + " has no step of this project to re-execute");
        }
        RunRequest.Builder request = RunRequest.builder();
        run.config().forEach((asset, fields) -> {
            AssetDefinition def = definitions.assets().get(asset);
            if (steps.containsKey(asset) && def != null && def.config().isPresent()) {
                request.config(asset, fields);
            }
        });
        String text = (fromFailure ? "from failure of " : "re-execution of ") + RunIds.shortId(run.runId());
        return new Reexecution(steps, request.build(), text);
    }

    /** Succeeded, or evaluated and not materialized (a conditional asset): nothing to run again. */
    private static boolean endedWell(StepEventType type) {
        return type == StepEventType.SUCCEEDED || type == StepEventType.NOT_MATERIALIZED;
    }
}
