package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;

/**
 * A ready step waits for a place to run (every cluster worker's threads are busy, or the cluster has
 * no worker); {@code reason} says so in words. It has not started: {@link StepStarted} follows when
 * it does.
 */
public record StepWaiting(String runId, Instant time, StepKey step, String reason) implements RunEvent, StepEvent {}
