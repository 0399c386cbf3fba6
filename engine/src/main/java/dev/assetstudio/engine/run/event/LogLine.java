package dev.assetstudio.engine.run.event;

import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;

/** A line a step logged through its {@code RunLog}. */
public record LogLine(String runId, Instant time, StepKey step, RunLog.Level level, String message)
        implements RunEvent, StepEvent {}
