package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Instant;
import java.util.List;

/** A run began; {@code steps} is its whole plan, in a valid execution order. */
public record RunStarted(String runId, Instant time, List<StepKey> steps, String selection) implements RunEvent {
    public RunStarted {
        steps = List.copyOf(steps);
    }
}
