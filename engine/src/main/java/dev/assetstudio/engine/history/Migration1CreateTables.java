package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema version 1: every table and index.
 *
 * <p>Times are epoch microseconds (see {@link Times}); asset keys are their written form {@code a/b/c}.
 * Every index below serves one read of {@link HistoryQueries}; the comment next to it says which.
 */
final class Migration1CreateTables implements Migration {
    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE runs (
                run_id        TEXT PRIMARY KEY,
                status        TEXT NOT NULL,
                selection     TEXT,
                started_at    INTEGER NOT NULL,
                finished_at   INTEGER,
                pid           INTEGER,
                process_start INTEGER,
                step_count    INTEGER NOT NULL DEFAULT 0
            )""",
            // runs(offset, limit), newest first
            "CREATE INDEX runs_by_start ON runs(started_at, run_id)",
            // recovery of interrupted runs on open
            "CREATE INDEX runs_by_status ON runs(status)",
            // Which assets a run touched (planned steps and anything recorded for it): runsForAsset
            // without scanning every event of the asset.
            """
            CREATE TABLE run_assets (
                asset_key TEXT NOT NULL,
                run_id    TEXT NOT NULL,
                PRIMARY KEY (asset_key, run_id)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE step_events (
                id        INTEGER PRIMARY KEY,
                run_id    TEXT NOT NULL,
                asset_key TEXT NOT NULL,
                partition TEXT,
                type      TEXT NOT NULL,
                time      INTEGER NOT NULL,
                message   TEXT
            )""",
            // stepEvents(runId) in order; recovery's in-flight steps
            "CREATE INDEX step_events_by_run ON step_events(run_id, time, id)",
            // latestStepOutcomes()
            "CREATE INDEX step_events_by_asset ON step_events(asset_key, time, id)",
            // partitionStatuses(): latest failure per partition
            "CREATE INDEX step_events_by_asset_type ON step_events(asset_key, type, partition, time)",
            """
            CREATE TABLE log_lines (
                id        INTEGER PRIMARY KEY,
                run_id    TEXT NOT NULL,
                asset_key TEXT,
                partition TEXT,
                level     TEXT NOT NULL,
                time      INTEGER NOT NULL,
                message   TEXT
            )""",
            // logLines(runId) and logLines(runId, asset)
            "CREATE INDEX log_lines_by_run ON log_lines(run_id, time, id)",
            "CREATE INDEX log_lines_by_run_asset ON log_lines(run_id, asset_key, time, id)",
            """
            CREATE TABLE materializations (
                id            INTEGER PRIMARY KEY,
                run_id        TEXT NOT NULL,
                asset_key     TEXT NOT NULL,
                partition     TEXT,
                time          INTEGER NOT NULL,
                duration_ms   INTEGER NOT NULL,
                code_version  TEXT,
                metadata_json TEXT NOT NULL
            )""",
            // latest, latest per asset, paging, count, durationSeries
            "CREATE INDEX materializations_by_asset ON materializations(asset_key, time, id)",
            // partitionStatuses(): latest materialization per partition
            "CREATE INDEX materializations_by_partition ON materializations(asset_key, partition, time, id)",
            // Numeric metadata, one row per (materialization, key). Clustered on (asset, key, time) and
            // carrying run and partition so metadataSeries is one contiguous range read with no lookups.
            """
            CREATE TABLE metadata_values (
                asset_key          TEXT NOT NULL,
                meta_key           TEXT NOT NULL,
                time               INTEGER NOT NULL,
                materialization_id INTEGER NOT NULL,
                num_value          REAL NOT NULL,
                run_id             TEXT NOT NULL,
                partition          TEXT,
                PRIMARY KEY (asset_key, meta_key, time, materialization_id)
            ) WITHOUT ROWID""",
            """
            CREATE TABLE definition_snapshots (
                id        INTEGER PRIMARY KEY,
                jar       TEXT NOT NULL,
                opened_at INTEGER NOT NULL
            )""",
            // latestDefinitions(jar)
            "CREATE INDEX definition_snapshots_by_jar ON definition_snapshots(jar, opened_at, id)",
            """
            CREATE TABLE definitions (
                snapshot_id   INTEGER NOT NULL,
                position      INTEGER NOT NULL,
                asset_key     TEXT NOT NULL,
                group_name    TEXT,
                description   TEXT,
                code_version  TEXT,
                metadata_json TEXT NOT NULL,
                upstream_json TEXT NOT NULL,
                defined_in    TEXT,
                partitions    TEXT,
                is_source     INTEGER NOT NULL,
                PRIMARY KEY (snapshot_id, position)
            ) WITHOUT ROWID""");

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "create runs, step events, log lines, materializations, metadata values, definitions";
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
