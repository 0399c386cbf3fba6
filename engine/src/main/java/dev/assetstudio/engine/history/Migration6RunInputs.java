package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The config and partitions a run used, kept with the run (JSON), so that a run can be shown with them
 * and re-executed as it was asked. Runs recorded before have neither (both columns {@code NULL}).
 */
final class Migration6RunInputs implements Migration {
    @Override
    public int version() {
        return 6;
    }

    @Override
    public String description() {
        return "the config and partitions of each run (runs.config_json, runs.partitions_json)";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE runs ADD COLUMN config_json TEXT");
            st.execute("ALTER TABLE runs ADD COLUMN partitions_json TEXT");
        }
    }
}
