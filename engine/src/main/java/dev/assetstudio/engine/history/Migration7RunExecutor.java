package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where each run's steps executed ({@code in-process}, {@code worker} or {@code cluster:NAME}), kept
 * with the run, since a single run may be sent elsewhere than its project's default. Runs recorded
 * before have none ({@code NULL}).
 */
final class Migration7RunExecutor implements Migration {
    @Override
    public int version() {
        return 7;
    }

    @Override
    public String description() {
        return "where each run's steps executed (runs.executor)";
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE runs ADD COLUMN executor TEXT");
        }
    }
}
