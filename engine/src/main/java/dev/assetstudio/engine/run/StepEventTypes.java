package dev.assetstudio.engine.run;

import java.util.List;
import java.util.Set;

/** The step event type strings recorded in history, and which of them end a step. */
public final class StepEventTypes {
    public static final String STEP_STARTED = "STEP_STARTED";
    public static final String STEP_SUCCEEDED = "STEP_SUCCEEDED";
    public static final String STEP_NOT_MATERIALIZED = "STEP_NOT_MATERIALIZED";
    public static final String STEP_FAILED = "STEP_FAILED";
    public static final String STEP_SKIPPED = "STEP_SKIPPED";
    public static final String STEP_CANCELED = "STEP_CANCELED";
    public static final String STEP_INTERRUPTED = "STEP_INTERRUPTED";

    /**
     * The types that end a step. {@code STEP_NOT_MATERIALIZED} and {@code STEP_INTERRUPTED} count too:
     * the step is over in both cases, and recovery must not interrupt a step twice.
     */
    public static final List<String> TERMINAL =
            List.of(STEP_SUCCEEDED, STEP_NOT_MATERIALIZED, STEP_FAILED, STEP_SKIPPED, STEP_CANCELED, STEP_INTERRUPTED);

    private static final Set<String> TERMINAL_SET = Set.copyOf(TERMINAL);

    private StepEventTypes() {}

    /** Whether {@code type} ends a step. */
    public static boolean isTerminal(String type) {
        return TERMINAL_SET.contains(type);
    }
}
