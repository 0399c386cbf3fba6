package dev.assetstudio.engine.run;

import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.LogLine;
import dev.assetstudio.engine.run.event.StepRetried;
import java.time.Instant;

/** A step's {@link StepReport}: every line becomes a {@link LogLine} event of the run, every retry a {@link StepRetried}. */
final class StepLog implements StepReport {
    private final RunEmitter emitter;
    private final String runId;
    private final StepKey step;

    StepLog(RunEmitter emitter, String runId, StepKey step) {
        this.emitter = emitter;
        this.runId = runId;
        this.step = step;
    }

    @Override
    public void log(Level level, String message) {
        emitter.emit(new LogLine(runId, Instant.now(), step, level, message));
    }

    @Override
    public void retrying(int attempt, String cause) {
        emitter.emit(new StepRetried(runId, Instant.now(), step, attempt, cause));
    }
}
