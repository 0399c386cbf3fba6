package dev.assetstudio.app.run;

import dev.assetstudio.engine.run.StepEventType;

/** Where a step of a run stands, as the run panel shows it. */
public enum StepState {
    PENDING("Pending"),
    /** Ready, but waiting for a place to run (a cluster worker's free thread); the message says why. */
    WAITING("Waiting"),
    RUNNING("Running"),
    SUCCEEDED("Succeeded"),
    NOT_MATERIALIZED("Not materialized"),
    FAILED("Failed"),
    SKIPPED("Skipped"),
    CANCELED("Canceled"),
    INTERRUPTED("Interrupted");

    private final String words;

    StepState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Whether the step is over. */
    public boolean isDone() {
        return this != PENDING && this != WAITING && this != RUNNING;
    }

    /** Whether the step ran to its end (well or not): over, and not canceled or interrupted. */
    public boolean ranToItsEnd() {
        return isDone() && this != CANCELED && this != INTERRUPTED;
    }

    /** The state a history step event type stands for. */
    static StepState of(StepEventType type) {
        return switch (type) {
            case WAITING -> WAITING;
            case STARTED, RETRIED -> RUNNING;
            case SUCCEEDED -> SUCCEEDED;
            case NOT_MATERIALIZED -> NOT_MATERIALIZED;
            case FAILED -> FAILED;
            case SKIPPED -> SKIPPED;
            case CANCELED -> CANCELED;
            case INTERRUPTED -> INTERRUPTED;
        };
    }
}
