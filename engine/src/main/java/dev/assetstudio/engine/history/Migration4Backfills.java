package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema version 4: backfills, so that one followed, cancelled and retried as one thing outlives the
 * process that launched it.
 *
 * <p>A backfill names its assets (with their partitions definition) and the partitions asked for as
 * JSON, and its runs in {@code backfill_runs}; its progress is read from the step events of those
 * runs, so nothing is written twice. {@code project_runs} says which project (jar) started a run.
 */
final class Migration4Backfills implements Migration {
    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE backfills (
                backfill_id     TEXT PRIMARY KEY,
                selection       TEXT,
                origin          TEXT NOT NULL,
                status          TEXT NOT NULL,
                created_at      INTEGER NOT NULL,
                finished_at     INTEGER,
                assets_json     TEXT NOT NULL,
                partitions_json TEXT NOT NULL
            )""",
            // backfills(offset, limit), newest first
            "CREATE INDEX backfills_by_created ON backfills(created_at, backfill_id)",
            """
            CREATE TABLE backfill_runs (
                backfill_id TEXT NOT NULL,
                position    INTEGER NOT NULL,
                run_id      TEXT NOT NULL,
                PRIMARY KEY (backfill_id, position)
            ) WITHOUT ROWID""",
            // the backfill of a run (the run view links to it)
            "CREATE INDEX backfill_runs_by_run ON backfill_runs(run_id)",
            // Which project (jar) started a run: the studio lists the runs of the open project only,
            // though several projects share one history database.
            """
            CREATE TABLE project_runs (
                project    TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                run_id     TEXT NOT NULL,
                PRIMARY KEY (project, started_at, run_id)
            ) WITHOUT ROWID""");

    @Override
    public int version() {
        return 4;
    }

    @Override
    public String description() {
        return "backfills and their runs; the project of each run";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                st.execute(sql);
            }
        }
    }
}
