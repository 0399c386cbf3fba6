package dev.assetstudio.engine.run;

import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.LogLine;
import dev.assetstudio.engine.run.event.StepRetried;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepWaiting;
import java.time.Instant;
import java.util.Optional;

/**
 * A step's {@link StepReport}: every line becomes a {@link LogLine} event of the run, every retry a
 * {@link StepRetried}, the wait for a place to run a {@link StepWaiting} and the start a {@link
 * StepStarted}. The wait and the start are said once per wait: before the step first starts, and
 * again for a retry that has to wait for another worker (its attempt starts when it gets one). A
 * checks-only step has neither, as it has no step of its own to show.
 */
final class StepLog implements StepReport {
    private final RunEmitter emitter;
    private final String runId;
    private final StepKey step;
    private final boolean shown;
    private boolean waited;
    private boolean retried;
    private Instant startedAt;

    /** {@code shown}: whether the step's wait and start are events (false for a checks-only step). */
    StepLog(RunEmitter emitter, String runId, StepKey step, boolean shown) {
        this.emitter = emitter;
        this.runId = runId;
        this.step = step;
        this.shown = shown;
    }

    @Override
    public void log(Level level, String message) {
        emitter.emit(new LogLine(runId, Instant.now(), step, level, message));
    }

    @Override
    public void retrying(int attempt, String cause) {
        synchronized (this) {
            retried = true;
        }
        emitter.emit(new StepRetried(runId, Instant.now(), step, attempt, cause));
    }

    @Override
    public void waiting(String reason) {
        synchronized (this) {
            // once before the first start, and once more after each retry (its attempt waits anew)
            if (waited || (startedAt != null && !retried)) {
                return;
            }
            waited = true;
            retried = false;
        }
        if (shown) {
            emitter.emit(new StepWaiting(runId, Instant.now(), step, reason));
        }
    }

    @Override
    public void started() {
        Instant now = Instant.now();
        synchronized (this) {
            boolean again = startedAt != null;
            if (again && !waited) {
                return; // started, or a retry that found a free worker at once: it runs on, as it was
            }
            waited = false;
            retried = false;
            if (!again) {
                startedAt = now; // the step's duration counts from its first start
            }
        }
        if (shown) {
            emitter.emit(new StepStarted(runId, now, step));
        }
    }

    /** When the step started, or empty if it never did (canceled or failed while it waited). */
    synchronized Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }
}
