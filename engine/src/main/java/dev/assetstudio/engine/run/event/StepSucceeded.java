package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Duration;
import java.time.Instant;

/**
 * A step ended well. {@code materialized} is false for a conditional asset ({@code outputRequired =
 * false}) that returned an empty {@code Optional}.
 */
public record StepSucceeded(String runId, Instant time, StepKey step, Duration duration, boolean materialized)
        implements RunEvent, StepEvent {}
