package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema version 2: numeric metadata values name their run by a number, not by its id text.
 *
 * <p>{@code metadataSeries} reads one row per materialization, and reading the run id as text was
 * about half of its cost (the driver decodes and allocates a string per row). Run ids are interned in
 * {@code run_numbers}; {@code metadata_values} keeps the {@code run_num}, which readers map back to
 * the id through a cache. Existing values are converted: every run id they name gets a number, and
 * the table is rebuilt with the same primary key (so the series stays one range read).
 */
final class Migration2RunNumbers implements Migration {
    private static final List<String> STATEMENTS = List.of(
            // Numbers are assigned by SQLite (the rowid) and never reused: no row is ever deleted.
            """
            CREATE TABLE run_numbers (
                run_num INTEGER PRIMARY KEY,
                run_id  TEXT NOT NULL UNIQUE
            )""",
            "INSERT INTO run_numbers (run_id) SELECT DISTINCT run_id FROM metadata_values ORDER BY run_id",
            """
            CREATE TABLE metadata_values_v2 (
                asset_key          TEXT NOT NULL,
                meta_key           TEXT NOT NULL,
                time               INTEGER NOT NULL,
                materialization_id INTEGER NOT NULL,
                num_value          REAL NOT NULL,
                run_num            INTEGER NOT NULL,
                partition          TEXT,
                PRIMARY KEY (asset_key, meta_key, time, materialization_id)
            ) WITHOUT ROWID""",
            """
            INSERT INTO metadata_values_v2
                (asset_key, meta_key, time, materialization_id, num_value, run_num, partition)
            SELECT m.asset_key, m.meta_key, m.time, m.materialization_id, m.num_value, r.run_num, m.partition
            FROM metadata_values m JOIN run_numbers r ON r.run_id = m.run_id""",
            "DROP TABLE metadata_values",
            "ALTER TABLE metadata_values_v2 RENAME TO metadata_values");

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "metadata values name their run by number (run_numbers)";
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
