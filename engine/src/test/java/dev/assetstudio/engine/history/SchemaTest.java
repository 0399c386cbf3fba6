package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {
    @TempDir
    Path dir;

    @Test
    void newDatabaseGetsCurrentSchemaVersionWalAndEveryTable() throws Exception {
        Path db = dir.resolve("nested/deeper/history.db");
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(db.toAbsolutePath().normalize(), store.file());
        }
        assertTrue(Files.isRegularFile(db), "open creates the parent directories and the file");
        try (Connection c = connect(db)) {
            assertEquals(Schema.currentVersion(), Schema.userVersion(c));
            assertEquals(Schema.MIGRATIONS.size(), SqliteHistoryStore.schemaVersion());
            assertEquals("wal", single(c, "PRAGMA journal_mode"));
            List<String> tables = strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            assertEquals(
                    List.of(
                            "automation_evaluations",
                            "automation_lease",
                            "automation_requests",
                            "automation_state",
                            "automation_ticks",
                            "backfill_runs",
                            "backfills",
                            "check_evaluations",
                            "definition_snapshots",
                            "definitions",
                            "log_lines",
                            "materializations",
                            "metadata_values",
                            "project_runs",
                            "run_assets",
                            "run_numbers",
                            "runs",
                            "step_events"),
                    tables);
            List<String> indexes = strings(
                    c,
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name");
            assertTrue(indexes.contains("materializations_by_asset"), indexes.toString());
            assertTrue(indexes.contains("step_events_by_run"), indexes.toString());
        }
    }

    @Test
    void reopeningDoesNotMigrateAgainAndKeepsData() throws Exception {
        Path db = dir.resolve("h.db");
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            store.runStarted("r1", java.time.Instant.parse("2024-01-01T00:00:00Z"), "*", List.of("a"));
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals("r1", store.run("r1").orElseThrow().runId());
        }
        try (Connection c = connect(db)) {
            assertEquals(Schema.currentVersion(), Schema.userVersion(c));
        }
    }

    @Test
    void aNewMigrationRunsOnceInOrderAndSetsUserVersion() throws Exception {
        Path db = dir.resolve("h.db");
        SqliteHistoryStore.open(db).close();
        List<Integer> applied = new ArrayList<>();
        int nextVersion = Schema.currentVersion() + 1;
        Migration next = new Migration() {
            @Override
            public int version() {
                return nextVersion;
            }

            @Override
            public String description() {
                return "add a column";
            }

            @Override
            public void apply(Connection connection) throws SQLException {
                applied.add(nextVersion);
                try (Statement st = connection.createStatement()) {
                    st.execute("ALTER TABLE runs ADD COLUMN tags TEXT");
                }
            }
        };
        List<Migration> migrations = new ArrayList<>(Schema.MIGRATIONS);
        migrations.add(next);
        try (Connection c = connect(db)) {
            Schema.migrate(c, db, migrations);
            Schema.migrate(c, db, migrations);
            assertEquals(List.of(nextVersion), applied, "the new migration ran exactly once");
            assertEquals(nextVersion, Schema.userVersion(c));
            assertTrue(strings(c, "SELECT name FROM pragma_table_info('runs')").contains("tags"));
        }
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() throws Exception {
        Migration gap = new Migration() {
            @Override
            public int version() {
                return Schema.currentVersion() + 2;
            }

            @Override
            public String description() {
                return "gap";
            }

            @Override
            public void apply(Connection connection) {}
        };
        List<Migration> withGap = new ArrayList<>(Schema.MIGRATIONS);
        withGap.add(gap);
        try (Connection c = connect(dir.resolve("h.db"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Schema.migrate(c, dir, withGap));
            int expected = Schema.currentVersion() + 1;
            assertTrue(e.getMessage().contains("version " + (expected + 1) + ", expected " + expected), e.getMessage());
        }
    }

    @Test
    void newerSchemaIsRefusedWithAClearMessage() throws Exception {
        Path db = dir.resolve("future.db");
        SqliteHistoryStore.open(db).close();
        try (Connection c = connect(db);
                Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Schema.currentVersion() + 1));
        }
        HistoryException e = assertThrows(HistoryException.class, () -> SqliteHistoryStore.open(db));
        Path file = db.toAbsolutePath().normalize();
        assertEquals(
                "history database " + file + " has schema version " + (Schema.currentVersion() + 1)
                        + ", newer than this Asset Studio knows ("
                        + Schema.currentVersion() + ");"
                        + " use a newer Asset Studio or another history database",
                e.getMessage());
        try (Connection c = connect(db)) {
            assertEquals(Schema.currentVersion() + 1, Schema.userVersion(c), "a refused database is left untouched");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedNamingTheFile() throws Exception {
        Path db = dir.resolve("garbage.db");
        byte[] garbage = new byte[8192];
        new Random(42).nextBytes(garbage);
        Files.write(db, garbage);
        HistoryException e = assertThrows(HistoryException.class, () -> SqliteHistoryStore.open(db));
        assertTrue(
                e.getMessage()
                        .startsWith("history database " + db.toAbsolutePath().normalize()),
                e.getMessage());
        assertTrue(e.getMessage().contains("is not a SQLite database or is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("another history database"), e.getMessage());
        byte[] after = Files.readAllBytes(db);
        assertEquals(garbage.length, after.length, "the file is left as it was");
    }

    @Test
    void aDirectoryInsteadOfAFileIsRefusedNamingIt() throws Exception {
        Path db = Files.createDirectories(dir.resolve("adir"));
        HistoryException e = assertThrows(HistoryException.class, () -> SqliteHistoryStore.open(db));
        assertTrue(e.getMessage().contains(db.toAbsolutePath().normalize().toString()), e.getMessage());
    }

    static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next());
            String value = rs.getString(1);
            assertFalse(rs.next());
            return value;
        }
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
