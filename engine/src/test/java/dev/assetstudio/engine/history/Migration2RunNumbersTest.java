package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version-1 database with numeric metadata is converted by migration 2 and reads back the same. */
class Migration2RunNumbersTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final AssetKey TABLE = AssetKey.of("big", "table");

    @TempDir
    Path dir;

    @Test
    void versionOneMetadataValuesKeepTheirSeriesAfterMigrating() throws Exception {
        Path db = dir.resolve("history.db");
        try (Connection c = SchemaTest.connect(db)) {
            Schema.migrate(c, db, List.of(new Migration1CreateTables()));
            assertEquals(1, Schema.userVersion(c));
            // As version 1 wrote them: run ids as text. Two runs, a partition, another key and
            // another asset, a tie on time broken by materialization id, rows not in time order.
            insertV1(c, "big/table", "num_rows", 3, 30, 7.0, "run-b", "p1");
            insertV1(c, "big/table", "num_rows", 1, 10, 5.0, "run-a", null);
            insertV1(c, "big/table", "num_rows", 3, 31, 8.5, "run-b", "p2");
            insertV1(c, "big/table", "bytes", 1, 10, 50.0, "run-a", null);
            insertV1(c, "small", "num_rows", 2, 20, 1.0, "run-c", null);
        }
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(
                    List.of(
                            new SeriesPoint(T0.plusSeconds(1), "run-a", null, 5.0),
                            new SeriesPoint(T0.plusSeconds(3), "run-b", "p1", 7.0),
                            new SeriesPoint(T0.plusSeconds(3), "run-b", "p2", 8.5)),
                    store.metadataSeries(TABLE, "num_rows"));
            assertEquals(
                    List.of(new SeriesPoint(T0.plusSeconds(1), "run-a", null, 50.0)),
                    store.metadataSeries(TABLE, "bytes"));
            assertEquals(
                    List.of(new SeriesPoint(T0.plusSeconds(2), "run-c", null, 1.0)),
                    store.metadataSeries(AssetKey.of("small"), "num_rows"));
            assertEquals(List.of("bytes", "num_rows"), store.numericMetadataKeys(TABLE));

            // New values of a known run reuse its number; a new run gets the next one.
            store.materialization("run-b", "big/table", null, T0.plusSeconds(4), 1, null, Map.of("num_rows", 9));
            store.materialization("run-d", "big/table", null, T0.plusSeconds(5), 1, null, Map.of("num_rows", 10));
            store.flush();
            List<SeriesPoint> series = store.metadataSeries(TABLE, "num_rows");
            assertEquals(5, series.size());
            assertEquals(new SeriesPoint(T0.plusSeconds(4), "run-b", null, 9.0), series.get(3));
            assertEquals(new SeriesPoint(T0.plusSeconds(5), "run-d", null, 10.0), series.get(4));
        }
        try (Connection c = SchemaTest.connect(db)) {
            assertEquals(Schema.currentVersion(), Schema.userVersion(c));
            assertEquals(
                    List.of("1 run-a", "2 run-b", "3 run-c", "4 run-d"),
                    SchemaTest.strings(c, "SELECT run_num || ' ' || run_id FROM run_numbers ORDER BY run_num"));
            assertEquals(
                    List.of("asset_key", "meta_key", "time", "materialization_id", "num_value", "run_num", "partition"),
                    SchemaTest.strings(c, "SELECT name FROM pragma_table_info('metadata_values') ORDER BY cid"));
            assertEquals(
                    List.of("0"), SchemaTest.strings(c, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v2'"));
        }
    }

    @Test
    void anEmptyVersionOneDatabaseMigrates() throws Exception {
        Path db = dir.resolve("empty.db");
        try (Connection c = SchemaTest.connect(db)) {
            Schema.migrate(c, db, List.of(new Migration1CreateTables()));
        }
        try (HistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(List.of(), store.metadataSeries(TABLE, "num_rows"));
            store.materialization("r", "big/table", "p", T0, 1, null, Map.of("num_rows", 1));
            store.flush();
            assertEquals(List.of(new SeriesPoint(T0, "r", "p", 1.0)), store.metadataSeries(TABLE, "num_rows"));
        }
    }

    private static void insertV1(
            Connection c,
            String asset,
            String metaKey,
            long second,
            long id,
            double value,
            String run,
            String partition)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO metadata_values"
                + " (asset_key, meta_key, time, materialization_id, num_value, run_id, partition)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, asset);
            st.setString(2, metaKey);
            st.setLong(3, Times.toMicros(T0.plusSeconds(second)));
            st.setLong(4, id);
            st.setDouble(5, value);
            st.setString(6, run);
            st.setString(7, partition);
            st.executeUpdate();
        }
    }
}
