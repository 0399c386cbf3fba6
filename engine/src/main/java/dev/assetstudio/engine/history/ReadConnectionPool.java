package dev.assetstudio.engine.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A few read-only connections shared by reading threads. A SQLite connection serves one thread at a
 * time; with WAL, separate connections read in parallel with each other and with the writer.
 *
 * <p>State is guarded by {@code this}. {@link #close()} closes every connection and wakes the
 * readers waiting for one, which then fail like any read after close: with an {@link
 * IllegalStateException} saying the database is closed. A connection given back after close is
 * closed, never put back.
 */
final class ReadConnectionPool implements AutoCloseable {
    /** A query on a borrowed connection. */
    @FunctionalInterface
    interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final int max;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    ReadConnectionPool(Path file, int max) {
        this.file = file;
        this.max = max;
    }

    /** Runs {@code query} on a connection of the pool, opening one if none is idle and the pool is not full. */
    <T> T read(Query<T> query) {
        Connection connection = borrow();
        try {
            return query.run(connection);
        } catch (SQLException e) {
            throw new HistoryException("could not read history database " + file + ": " + e.getMessage(), e);
        } finally {
            giveBack(connection);
        }
    }

    /** An idle connection, a new one if the pool is not full, or the next one given back. */
    private synchronized Connection borrow() {
        while (true) {
            if (closed) {
                throw new IllegalStateException("history database " + file + " is closed");
            }
            Connection connection = idle.poll();
            if (connection != null) {
                return connection;
            }
            if (all.size() < max) {
                try {
                    Connection opened = SqliteConnections.openReader(file);
                    all.add(opened);
                    return opened;
                } catch (SQLException e) {
                    throw new HistoryException(
                            "could not open history database " + file + " for reading: " + e.getMessage(), e);
                }
            }
            try {
                wait(); // woken by giveBack or close
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HistoryException("interrupted while waiting to read history database " + file, e);
            }
        }
    }

    private synchronized void giveBack(Connection connection) {
        if (closed) {
            closeQuietly(connection); // close() closed it already; closing again is harmless
            return;
        }
        idle.push(connection);
        notifyAll();
    }

    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(ReadConnectionPool::closeQuietly);
        all.clear();
        idle.clear();
        notifyAll();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a read connection loses nothing; there is no one to tell.
        }
    }
}
