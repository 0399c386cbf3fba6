package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One numbered step of the history schema. Migrations run in order of {@link #version()}, each in its
 * own transaction that also sets {@code PRAGMA user_version} to that number.
 */
interface Migration {
    /** The schema version this migration brings the database to; 1, 2, 3… without gaps. */
    int version();

    /** What it does, for logs. */
    String description();

    /** Applies the change inside the transaction the caller opened. */
    void apply(Connection connection) throws SQLException;
}
