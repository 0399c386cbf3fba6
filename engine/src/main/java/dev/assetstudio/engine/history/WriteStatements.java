package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer connection's prepared statements, prepared once and reused for every batch. Used by the
 * writer thread only.
 */
final class WriteStatements implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    WriteStatements(Connection connection) {
        this.connection = connection;
    }

    /** The prepared statement for {@code sql}, parameters cleared. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            prepared.put(sql, st);
        } else {
            st.clearParameters();
        }
        return st;
    }

    /** The rowid of the last row this connection inserted. */
    long lastInsertId() throws SQLException {
        try (ResultSet rs = get("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Closes every prepared statement, so the next {@link #get} prepares a fresh one. */
    void closeQuietly() {
        try {
            close();
        } catch (SQLException e) {
            // The statements are dropped either way; a failure to finalize one loses nothing.
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement st : prepared.values()) {
            try {
                st.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
