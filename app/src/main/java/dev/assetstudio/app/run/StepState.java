package dev.assetstudio.app.run;

import dev.assetstudio.engine.run.StepEventTypes;

/** Where a step of a run stands, as the run panel shows it. */
public enum StepState {
    PENDING("Pending"),
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
        return this != PENDING && this != RUNNING;
    }

    /** The state a history step event type stands for. */
    static StepState ofHistoryType(String type) {
        return switch (type) {
            case StepEventTypes.STEP_STARTED -> RUNNING;
            case StepEventTypes.STEP_SUCCEEDED -> SUCCEEDED;
            case StepEventTypes.STEP_NOT_MATERIALIZED -> NOT_MATERIALIZED;
            case StepEventTypes.STEP_FAILED -> FAILED;
            case StepEventTypes.STEP_SKIPPED -> SKIPPED;
            case StepEventTypes.STEP_CANCELED -> CANCELED;
            default -> INTERRUPTED;
        };
    }
}
