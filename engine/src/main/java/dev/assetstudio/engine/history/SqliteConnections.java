package dev.assetstudio.engine.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/** Opens connections to a history database, all set up the same way, and classifies SQLite errors. */
final class SqliteConnections {
    /**
     * How long SQLite itself waits for another connection's lock before answering SQLITE_BUSY. Another
     * process may be committing a large batch; the writer retries on top of this.
     */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_NOTADB = 26;

    private SqliteConnections() {}

    /** A connection for the writer (and for migrations and recovery). */
    static Connection openWriter(Path file) throws SQLException {
        return open(file, false);
    }

    /** A connection that refuses to write, so a reader bug cannot change history. */
    static Connection openReader(Path file) throws SQLException {
        return open(file, true);
    }

    private static Connection open(Path file, boolean queryOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // Set on every connection: busy_timeout and synchronous are per connection; journal_mode=WAL is
        // persistent in the file but asking again is harmless and covers a file made by someone else.
        config.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the
        // last commits, which is an acceptable trade for history.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // No foreign keys are declared: events may legitimately arrive for a run another process
        // recorded, and losing a log line over ordering would be worse than an orphan row.
        config.enforceForeignKeys(false);
        // The driver would otherwise run a regex over every INSERT and prepare a statement to fetch
        // generated keys after it, which doubled the cost of writing; we ask last_insert_rowid() only
        // where we need it.
        config.setGetGeneratedKeys(false);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            if (queryOnly) {
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA query_only = true");
                }
            }
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Whether another connection holds a lock we need: worth retrying later. */
    static boolean isBusy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }

    /** Whether the file is not a SQLite database at all, or a damaged one. */
    static boolean isNotADatabase(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
    }
}
