package dev.assetstudio.app.cluster;

import dev.assetstudio.engine.ProjectOptions;

/** Where a project's steps run, in words: for the launchpad and the status line. */
public final class RunTargets {
    private RunTargets() {}

    /** "in-process (the studio's JVM)", "the worker process" or "cluster 'local'". */
    public static String describe(ProjectOptions options) {
        return switch (options.execution()) {
            case IN_PROCESS -> "in-process (the studio's JVM)";
            case WORKER -> "the worker process";
            case CLUSTER -> "cluster '" + options.cluster().name() + "'";
        };
    }
}
