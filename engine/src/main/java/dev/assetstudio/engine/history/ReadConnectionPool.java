package dev.assetstudio.engine.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A few read-only connections shared by reading threads. A SQLite connection serves one thread at a
 * time; with WAL, separate connections read in parallel with each other and with the writer.
 */
final class ReadConnectionPool implements AutoCloseable {
    /** A query on a borrowed connection. */
    @FunctionalInterface
    interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final int max;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    ReadConnectionPool(Path file, int max) {
        this.file = file;
        this.max = max;
        this.idle = new ArrayBlockingQueue<>(max);
    }

    /** Runs {@code query} on a connection of the pool, opening one if none is idle and the pool is not full. */
    <T> T read(Query<T> query) {
        Connection connection = borrow();
        try {
            return query.run(connection);
        } catch (SQLException e) {
            throw new HistoryException("could not read history database " + file + ": " + e.getMessage(), e);
        } finally {
            idle.offer(connection);
        }
    }

    private Connection borrow() {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("history store " + file + " is closed");
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
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryException("interrupted while waiting to read history database " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing a read connection loses nothing; there is no one to tell.
            }
        }
        all.clear();
        idle.clear();
    }
}
