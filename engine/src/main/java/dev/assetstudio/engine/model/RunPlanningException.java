package dev.assetstudio.engine.model;

import java.util.List;

/**
 * A run that cannot start: its selection, partitions or config are wrong. The message lists every
 * problem found, one per line, each naming the asset (and field or partition) at fault.
 */
public final class RunPlanningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RunPlanningException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public RunPlanningException(String problem) {
        this(List.of(problem));
    }

    /** Each problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
