package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run recorded before schema version 7 reads back with its executor "not recorded"; a run recorded
 * since keeps where it executed.
 */
class Migration7RunExecutorTest {
    @TempDir
    Path dir;

    @Test
    void anOlderRunHasNoExecutorAndANewOneKeepsIt() throws Exception {
        Path db = dir.resolve("history.db");
        try (Connection c = SchemaTest.connect(db)) {
            Schema.migrate(c, db, Schema.MIGRATIONS.subList(0, 6));
            assertEquals(6, Schema.userVersion(c));
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO runs (run_id, status, selection, started_at, finished_at, step_count)"
                        + " VALUES ('old-run', 'SUCCEEDED', 'a', 1000000, 2000000, 2)");
            }
        }
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            RunRecord old = store.run("old-run").orElseThrow();
            assertNull(old.executor());
            assertEquals("not recorded", old.executorWords());

            store.runStarted("new-run", Instant.ofEpochSecond(5), "a", List.of("a"), Map.of(), "cluster:prod");
            store.flush();
            RunRecord recorded = store.run("new-run").orElseThrow();
            assertEquals("cluster:prod", recorded.executor());
            assertEquals("cluster 'prod'", recorded.executorWords());
        }
        try (Connection c = SchemaTest.connect(db)) {
            assertEquals(7, Schema.userVersion(c));
        }
    }
}
