package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionsTest {
    @TempDir
    Path dir;

    @Test
    void aBusyDatabaseIsRetriedUntilTheOtherWriterLetsGo() throws Exception {
        Path db = dir.resolve("history.db");
        SqliteHistoryStore.open(db).close();
        CountDownLatch locked = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (Connection other = SchemaTest.connect(db);
                    Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                st.execute("INSERT INTO runs (run_id, status, started_at) VALUES ('other', 'STARTED', 0)");
                locked.countDown();
                Thread.sleep(700);
                st.execute("COMMIT");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        holder.start();
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        try (Connection c = SqliteConnections.openWriter(db);
                Statement st = c.createStatement()) {
            // Much shorter than the other's hold, so SQLite gives up and our backoff must retry.
            st.execute("PRAGMA busy_timeout = 50");
            long start = System.nanoTime();
            Transactions.inTransactionRetrying(
                    c, () -> st.execute("INSERT INTO runs (run_id, status, started_at) VALUES ('ours', 'STARTED', 1)"));
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= 300, "waited " + waitedMillis + " ms for the other writer");
            try (ResultSet rs =
                    st.executeQuery("SELECT group_concat(run_id) FROM (SELECT run_id FROM runs ORDER BY run_id)")) {
                rs.next();
                assertEquals("other,ours", rs.getString(1));
            }
        }
        holder.join();
    }
}
