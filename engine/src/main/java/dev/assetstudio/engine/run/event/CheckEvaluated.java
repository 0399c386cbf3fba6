package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;

/** An asset check ran in a step (after its asset materialized, or alone): its result. */
public record CheckEvaluated(String runId, Instant time, StepKey step, AssetCheckEvaluation evaluation)
        implements RunEvent, StepEvent {}
