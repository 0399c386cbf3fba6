package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.RunStatus;
import java.time.Instant;

/** The run ended; no event of the run follows this one. */
public record RunFinished(String runId, Instant time, RunStatus status) implements RunEvent {}
