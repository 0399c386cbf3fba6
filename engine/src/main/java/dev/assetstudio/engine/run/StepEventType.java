package dev.assetstudio.engine.run;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of step event, one vocabulary from the executor through history back to every reader.
 *
 * <pre>{@code
 * for (StepEventRecord e : project.history().stepEvents(runId)) {
 *     if (e.type() == StepEventType.FAILED) { ... }
 * }
 * }</pre>
 *
 * <p>History stores each as its {@link #storedName()} ({@code STEP_FAILED}, …), the text earlier
 * versions wrote, so old databases read the same. A stored name this code does not know is refused
 * with an error naming it ({@link #ofStoredName(String)} is empty), never guessed.
 */
public enum StepEventType {
    /** The step began (on a cluster: a worker's thread took it). */
    STARTED,
    /** The step ran and materialized its asset. */
    SUCCEEDED,
    /** A conditional asset's step ran and returned no value. */
    NOT_MATERIALIZED,
    /** The step's user code or its I/O threw. */
    FAILED,
    /** The step did not run: an upstream step failed, was skipped or did not materialize. */
    SKIPPED,
    /** The run was canceled before the step ended. */
    CANCELED,
    /** The process running the step went away before the step ended (found when history is next opened). */
    INTERRUPTED,
    /**
     * An attempt at the step was lost (its cluster worker left mid-step) and the step is tried again
     * elsewhere; the message is the cause. The step still runs: this neither starts nor ends it.
     */
    RETRIED,
    /**
     * The step was ready but waited for a place to run (every cluster worker's threads busy, or no
     * worker at all); the message says why. It has not started: {@link #STARTED} follows when it does.
     */
    WAITING;

    /** The types that end a step; {@link #NOT_MATERIALIZED} and {@link #INTERRUPTED} end it too. */
    public static final List<StepEventType> TERMINAL =
            List.of(SUCCEEDED, NOT_MATERIALIZED, FAILED, SKIPPED, CANCELED, INTERRUPTED);

    private static final String PREFIX = "STEP_";

    /** Whether this type ends a step. */
    public boolean isTerminal() {
        return this != STARTED && this != RETRIED && this != WAITING;
    }

    /** Whether this type says where the step stands (a retry does not: the step runs on, as it was). */
    public boolean isState() {
        return this != RETRIED;
    }

    /** How history stores it: {@code STEP_} and the constant's name. */
    public String storedName() {
        return PREFIX + name();
    }

    /** The type stored as {@code stored}; empty when no type is stored so. */
    public static Optional<StepEventType> ofStoredName(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String name = stored.substring(PREFIX.length());
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** The stored names of {@code types}, in order. */
    public static List<String> storedNames(List<StepEventType> types) {
        return types.stream().map(StepEventType::storedName).toList();
    }

    /** In words for people: "succeeded", "not materialized". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
