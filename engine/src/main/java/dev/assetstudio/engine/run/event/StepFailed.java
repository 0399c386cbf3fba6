package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Duration;
import java.time.Instant;

/**
 * A step failed in {@code phase} ({@code COMPUTE}, {@code HANDLE_OUTPUT}, {@code LOAD_INPUT}, or
 * {@code SETUP}); {@code message} is one line naming the asset, {@code stackTrace} the whole cause.
 */
public record StepFailed(
        String runId, Instant time, StepKey step, Duration duration, String phase, String message, String stackTrace)
        implements RunEvent, StepEvent {}
