package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.assetstudio.engine.model.RunStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run recorded before schema version 6 reads back without config or planned partitions. */
class Migration6RunInputsTest {
    @TempDir
    Path dir;

    @Test
    void anOlderRunHasNoConfigAndNoPlannedSteps() throws Exception {
        Path db = dir.resolve("history.db");
        try (Connection c = SchemaTest.connect(db)) {
            Schema.migrate(c, db, Schema.MIGRATIONS.subList(0, 5));
            assertEquals(5, Schema.userVersion(c));
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO runs (run_id, status, selection, started_at, finished_at, step_count)"
                        + " VALUES ('old-run', 'SUCCEEDED', 'a', 1000000, 2000000, 2)");
            }
        }
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            RunRecord old = store.run("old-run").orElseThrow();
            assertEquals(RunStatus.SUCCEEDED, old.status());
            assertEquals(Map.of(), old.config());
            assertEquals(Map.of(), old.partitions());
            assertFalse(old.knowsPlannedSteps());
            assertEquals("none", old.partitionWords());
        }
        try (Connection c = SchemaTest.connect(db)) {
            assertEquals(Schema.currentVersion(), Schema.userVersion(c), "migrated on to the current schema");
            assertEquals(
                    List.of("config_json", "partitions_json"),
                    SchemaTest.strings(
                            c, "SELECT name FROM pragma_table_info('runs') WHERE name LIKE '%_json' ORDER BY cid"));
        }
    }
}
