package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;

/**
 * An attempt at a step was lost (the cluster worker running it left) and the step is tried again:
 * {@code attempt} is the number of the attempt now starting (2 for the first retry), {@code cause} why
 * the one before it was lost.
 */
public record StepRetried(String runId, Instant time, StepKey step, int attempt, String cause)
        implements RunEvent, StepEvent {}
