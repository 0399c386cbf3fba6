package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Asset checks: one row per check result (asset, check name, partition, run, passed, severity,
 * blocking, description and metadata as JSON), read newest first per asset and check.
 */
final class Migration5AssetChecks implements Migration {
    private static final List<String> STATEMENTS = List.of(
            """
            CREATE TABLE check_evaluations (
                id            INTEGER PRIMARY KEY,
                run_id        TEXT NOT NULL,
                asset_key     TEXT NOT NULL,
                check_name    TEXT NOT NULL,
                partition     TEXT,
                time          INTEGER NOT NULL,
                passed        INTEGER NOT NULL,
                severity      TEXT NOT NULL,
                blocking      INTEGER NOT NULL,
                description   TEXT NOT NULL,
                metadata_json TEXT NOT NULL
            )""",
            // latestCheckEvaluations(asset) and checkEvaluations(asset, check, limit), newest first
            "CREATE INDEX check_evaluations_by_check ON check_evaluations(asset_key, check_name, time, id)");

    @Override
    public int version() {
        return 5;
    }

    @Override
    public String description() {
        return "asset check results (check_evaluations)";
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
