package dev.assetstudio.app.run;

import dev.assetstudio.engine.history.StepAttempts;
import dev.assetstudio.engine.model.StepKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One step of the run shown in the run panel: its state, when it started and ended, its message, and
 * its attempts when one was lost and the step retried.
 */
public final class StepRow {

    private final StepKey step;
    private final ReadOnlyObjectWrapper<StepState> state =
            new ReadOnlyObjectWrapper<>(this, "state", StepState.PENDING);
    private final ReadOnlyObjectWrapper<Instant> started = new ReadOnlyObjectWrapper<>(this, "started");
    private final ReadOnlyObjectWrapper<Instant> ended = new ReadOnlyObjectWrapper<>(this, "ended");
    private final ReadOnlyObjectWrapper<Duration> duration = new ReadOnlyObjectWrapper<>(this, "duration");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<StepAttempts> attempts =
            new ReadOnlyObjectWrapper<>(this, "attempts", StepAttempts.FIRST);

    public StepRow(StepKey step) {
        this.step = Objects.requireNonNull(step);
    }

    /** The engine said the step (or its retry) waits for a place to run, and why; it has not started. */
    void waiting(String reason) {
        if (!state.get().isDone()) {
            state.set(StepState.WAITING);
            message.set(reason == null ? "" : reason);
        }
    }

    void start(Instant time) {
        if (state.get() == StepState.WAITING) {
            message.set(""); // the reason it waited is over
        }
        if (started.get() == null) {
            started.set(time); // a retry that started again keeps the step's first start
        }
        state.set(StepState.RUNNING);
    }

    void end(StepState outcome, Instant time, Duration took, String text) {
        state.set(outcome);
        ended.set(time);
        if (took != null) {
            duration.set(took);
        } else if (started.get() != null && time != null) {
            duration.set(Duration.between(started.get(), time));
        }
        if (text != null) {
            message.set(text);
        }
    }

    /** An attempt was lost for {@code cause}; the next one runs (the engine numbers them, {@link StepAttempts}). */
    void retried(String cause) {
        attempts.set(attempts.get().retried(cause));
    }

    /** Its attempts so far: {@link StepAttempts#FIRST} unless an attempt was lost and it was tried again. */
    public ReadOnlyObjectProperty<StepAttempts> attemptsProperty() {
        return attempts.getReadOnlyProperty();
    }

    public StepAttempts attempts() {
        return attempts.get();
    }

    public StepKey step() {
        return step;
    }

    public ReadOnlyObjectProperty<StepState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public StepState state() {
        return state.get();
    }

    /** When it started, or null while pending (or if it never ran). */
    public ReadOnlyObjectProperty<Instant> startedProperty() {
        return started.getReadOnlyProperty();
    }

    public Instant started() {
        return started.get();
    }

    /** When it ended, or null while it has not. */
    public Instant ended() {
        return ended.get();
    }

    public ReadOnlyObjectProperty<Duration> durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
