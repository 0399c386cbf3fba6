package dev.assetstudio.engine.run;

import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.LogLine;
import java.time.Instant;

/** A step's {@link RunLog}: every line becomes a {@link LogLine} event of the run. */
final class StepLog implements RunLog {
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
}
