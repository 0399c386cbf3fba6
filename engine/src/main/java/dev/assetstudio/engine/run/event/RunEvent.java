package dev.assetstudio.engine.run.event;

import java.time.Instant;

/**
 * Something that happened in a run, in the order it happened. Published to {@link
 * dev.assetstudio.engine.run.RunListener}s (the studio, the CLI's progress line) and to history.
 */
public sealed interface RunEvent
        permits RunStarted,
                StepWaiting,
                StepStarted,
                StepSucceeded,
                StepFailed,
                StepSkipped,
                StepCanceled,
                StepRetried,
                Materialized,
                CheckEvaluated,
                LogLine,
                RunFinished {
    String runId();

    Instant time();
}
