package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** metadataSeries over 100,000 materializations must stay an index range read. */
class MetadataSeriesPerformanceTest {
    private static final int COUNT = 100_000;

    @TempDir
    Path dir;

    @Test
    void seriesOf100000MaterializationsIsFast() throws SQLException {
        Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
        AssetKey key = AssetKey.of("big", "table");
        try (HistoryStore store = SqliteHistoryStore.open(dir.resolve("history.db"))) {
            long writeStart = System.nanoTime();
            for (int i = 0; i < COUNT; i++) {
                store.materialization(
                        "run-" + i,
                        "big/table",
                        null,
                        t0.plusSeconds(i),
                        i % 1000,
                        "v1",
                        Map.of("num_rows", i, "bytes", i * 10L, "ratio", i / 2.0, "name", "x"));
                // Another asset interleaved, so the asset's rows are not simply the whole table.
                if (i % 10 == 0) {
                    store.materialization("run-" + i, "small", null, t0.plusSeconds(i), 1, null, Map.of("num_rows", 1));
                }
            }
            store.flush();
            long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;

            List<SeriesPoint> series = store.metadataSeries(key, "num_rows"); // warm-up
            long best = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 5; attempt++) {
                long start = System.nanoTime();
                series = store.metadataSeries(key, "num_rows");
                best = Math.min(best, System.nanoTime() - start);
            }
            long bestMillis = best / 1_000_000;
            System.out.printf(
                    "history: wrote %d materializations in %d ms; metadataSeries of %d points in %d ms%n",
                    COUNT, writeMillis, series.size(), bestMillis);

            assertEquals(COUNT, series.size());
            assertEquals(new SeriesPoint(t0, "run-0", null, 0.0), series.get(0));
            assertEquals(
                    new SeriesPoint(t0.plusSeconds(COUNT - 1), "run-" + (COUNT - 1), null, COUNT - 1.0),
                    series.get(COUNT - 1));
            for (int i = 1; i < series.size(); i++) {
                assertTrue(series.get(i - 1).time().isBefore(series.get(i).time()), "oldest first");
            }
            assertEquals(List.of("bytes", "num_rows", "ratio"), store.numericMetadataKeys(key));
            assertEquals(COUNT, store.countMaterializations(key));
            // The target is well under 50 ms on a developer machine (measured there); a shared CI box
            // can be many times slower, so the hard bound only catches a full scan or a sort.
            assertTrue(bestMillis < 1_000, "metadataSeries took " + bestMillis + " ms for " + COUNT + " points");
        }
        assertSeriesIsOneIndexRangeWithoutSort(dir.resolve("history.db"));
    }

    /** The deterministic half of the check: the plan is a primary-key range read in the wanted order. */
    private static void assertSeriesIsOneIndexRangeWithoutSort(Path db) throws SQLException {
        try (Connection c = SchemaTest.connect(db);
                PreparedStatement st = c.prepareStatement("EXPLAIN QUERY PLAN " + HistoryQueries.METADATA_SERIES)) {
            st.setString(1, "big/table");
            st.setString(2, "num_rows");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString("detail")).append('\n');
                }
            }
            assertEquals(
                    "SEARCH metadata_values USING PRIMARY KEY (asset_key=? AND meta_key=?)\n",
                    plan.toString(),
                    "no table scan, no temp b-tree for ORDER BY");
        }
    }
}
