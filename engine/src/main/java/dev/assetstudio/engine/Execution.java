package dev.assetstudio.engine;

/**
 * Where a {@link Project} runs the project's code.
 *
 * <ul>
 *   <li>{@link #IN_PROCESS}: in the caller's JVM, as Dagster's {@code materialize()} in tests — the
 *       Java API's default, for tests and benchmarks of the engine alone.
 *   <li>{@link #WORKER}: in a child JVM per open project; the caller's JVM never loads the
 *       project's classes, and a step that exits, runs out of memory or ignores a cancel costs
 *       that step, never the caller. The studio's and the CLI's default.
 *   <li>{@link #CLUSTER}: on the workers of a Hazelcast cluster ({@link
 *       ProjectOptions#cluster()}); this JVM plans, hands steps out and writes history.
 * </ul>
 */
public enum Execution {
    IN_PROCESS,
    WORKER,
    CLUSTER
}
