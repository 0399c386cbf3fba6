package dev.assetstudio.engine.history;

import java.sql.SQLException;

/** A piece of JDBC work; lets lambdas throw {@link SQLException}. */
@FunctionalInterface
interface SqlWork {
    void run() throws SQLException;
}
