package dev.assetstudio.engine.backfill;

/** Where a backfill was started from, kept with it so the studio and the CLI can tell. */
public enum BackfillOrigin {
    /** The studio (Materialize all, Partitions › Missing, …). */
    STUDIO,
    /** The command line ({@code materialize --select '*'}). */
    CLI,
    /** Java code calling {@link dev.assetstudio.engine.Project#launchBackfill}. */
    API
}
