package dev.assetstudio.app.cluster;

import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.ProjectOptions;

/** Where a project's steps run, in words: for the launchpad and the status line. */
public final class RunTargets {
    private RunTargets() {}

    /** "in-process (the studio's JVM)", "the worker process" or "cluster 'local'". */
    public static String describe(ProjectOptions options) {
        return describe(options.execution(), options);
    }

    /** {@code execution} for a project opened with {@code options}, in the words of {@link #describe(ProjectOptions)}. */
    public static String describe(Execution execution, ProjectOptions options) {
        return switch (execution) {
            case IN_PROCESS -> "in-process (the studio's JVM)";
            case WORKER -> "the worker process";
            case CLUSTER -> options.cluster() == null
                    ? "a cluster"
                    : "cluster '" + options.cluster().name() + "'";
        };
    }
}
