package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;

/** A step did not run because an upstream step failed or did not materialize; {@code reason} says which. */
public record StepSkipped(String runId, Instant time, StepKey step, String reason) implements RunEvent, StepEvent {}
