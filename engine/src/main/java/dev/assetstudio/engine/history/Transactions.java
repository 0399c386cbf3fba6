package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Write transactions on a history connection, retried while another connection (often another
 * process) holds the database lock.
 *
 * <p>Transactions are begun by hand with {@code BEGIN IMMEDIATE} on an auto-commit connection rather
 * than through {@code setAutoCommit(false)}: the driver would open the next transaction right after
 * each commit, and an immediate transaction left open holds the write lock between batches, starving
 * other processes. Taking the lock up front also means a transaction never fails half-way with
 * SQLITE_BUSY when upgrading from a read lock.
 */
final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** How long to keep retrying a busy database, on top of each attempt's own busy timeout. */
    static final Duration MAX_BUSY_WAIT = Duration.ofMinutes(2);

    private static final long FIRST_BACKOFF_MILLIS = 10;
    private static final long MAX_BACKOFF_MILLIS = 1_000;

    private Transactions() {}

    /** Runs {@code work} in one immediate transaction, retrying the whole of it while the database is busy. */
    static void inTransactionRetrying(Connection connection, SqlWork work) throws SQLException {
        long deadline = System.nanoTime() + MAX_BUSY_WAIT.toNanos();
        long backoff = FIRST_BACKOFF_MILLIS;
        while (true) {
            try {
                inTransaction(connection, work);
                return;
            } catch (SQLException e) {
                if (!SqliteConnections.isBusy(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.debug("history database busy, retrying in about {} ms: {}", backoff, e.getMessage());
                sleep(backoff + ThreadLocalRandom.current().nextLong(backoff / 2 + 1), e);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /** Runs {@code work} in one immediate transaction: committed if it returns, rolled back if it throws. */
    static void inTransaction(Connection connection, SqlWork work) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        try {
            work.run();
            execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            // A failed statement or COMMIT may have ended the transaction already, and the driver
            // cannot tell us; "no transaction is active" is then expected and not worth reporting.
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static void sleep(long millis, SQLException cause) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            SQLException e = new SQLException("interrupted while waiting for a busy history database", ie);
            e.addSuppressed(cause);
            throw e;
        }
    }
}
