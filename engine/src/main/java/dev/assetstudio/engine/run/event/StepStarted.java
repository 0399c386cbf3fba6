package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;

/** A step began (its inputs were ready and a worker took it). */
public record StepStarted(String runId, Instant time, StepKey step) implements RunEvent, StepEvent {}
