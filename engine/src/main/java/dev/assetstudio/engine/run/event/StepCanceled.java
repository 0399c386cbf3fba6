package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;

/** A step was interrupted, or never started, because the run was canceled. */
public record StepCanceled(String runId, Instant time, StepKey step) implements RunEvent, StepEvent {}
