package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Automation (API.md section 6): the on/off switch and cursor of each schedule, sensor and of
 * declarative automation; every tick with the runs it requested or skipped and why; the condition
 * evaluations of assets; and the one-row lease held by the daemon evaluating this database.
 */
final class Migration3Automation implements Migration {
    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE automation_state (
                name           TEXT PRIMARY KEY,
                enabled        INTEGER NOT NULL DEFAULT 0,
                enabled_at     INTEGER,
                cursor         TEXT,
                last_evaluated INTEGER,
                last_tick      INTEGER,
                updated        INTEGER NOT NULL
            )""",
            """
            CREATE TABLE automation_ticks (
                tick_id INTEGER PRIMARY KEY,
                name    TEXT NOT NULL,
                kind    TEXT NOT NULL,
                time    INTEGER NOT NULL,
                status  TEXT NOT NULL,
                summary TEXT NOT NULL,
                error   TEXT
            )""",
            "CREATE INDEX automation_ticks_by_name ON automation_ticks (name, tick_id)",
            """
            CREATE TABLE automation_requests (
                tick_id     INTEGER NOT NULL,
                name        TEXT NOT NULL,
                request_key TEXT NOT NULL,
                selection   TEXT NOT NULL,
                partition   TEXT,
                outcome     TEXT NOT NULL,
                run_id      TEXT,
                reason      TEXT NOT NULL
            )""",
            "CREATE INDEX automation_requests_by_key ON automation_requests (name, request_key, outcome)",
            "CREATE INDEX automation_requests_by_tick ON automation_requests (tick_id)",
            """
            CREATE TABLE automation_evaluations (
                tick_id     INTEGER NOT NULL,
                asset_key   TEXT NOT NULL,
                time        INTEGER NOT NULL,
                result      INTEGER NOT NULL,
                explanation TEXT NOT NULL
            )""",
            "CREATE INDEX automation_evaluations_by_asset ON automation_evaluations (asset_key, tick_id)",
            """
            CREATE TABLE automation_lease (
                id        INTEGER PRIMARY KEY CHECK (id = 1),
                holder    TEXT NOT NULL,
                pid       INTEGER NOT NULL,
                host      TEXT NOT NULL,
                since     INTEGER NOT NULL,
                heartbeat INTEGER NOT NULL
            )""");

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "automation: switches, cursors, ticks, requests, evaluations, daemon lease";
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
