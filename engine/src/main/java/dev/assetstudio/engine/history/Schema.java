package dev.assetstudio.engine.history;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history schema's version, kept in {@code PRAGMA user_version}, and the ordered migrations that
 * bring a database up to it. Adding schema version 2 is one new {@link Migration} appended to {@link
 * #MIGRATIONS}.
 */
final class Schema {
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** Every migration, in order; entry {@code i} brings the database to version {@code i + 1}. */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration1CreateTables(),
            new Migration2RunNumbers(),
            new Migration3Automation(),
            new Migration4Backfills(),
            new Migration5AssetChecks(),
            new Migration6RunInputs(),
            new Migration7RunExecutor());

    private Schema() {}

    /** The schema version this code writes and reads. */
    static int currentVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    /** Brings {@code connection}'s database up to {@link #currentVersion()}, or refuses a newer one. */
    static void migrate(Connection connection, Path file) throws SQLException {
        migrate(connection, file, MIGRATIONS);
    }

    /** As {@link #migrate(Connection, Path)} with a given list, so tests can add a migration 2. */
    static void migrate(Connection connection, Path file, List<Migration> migrations) throws SQLException {
        checkNumbering(migrations);
        int known = migrations.get(migrations.size() - 1).version();
        refuseNewer(file, userVersion(connection), known);
        for (Migration migration : migrations) {
            if (userVersion(connection) >= migration.version()) {
                continue;
            }
            Transactions.inTransactionRetrying(connection, () -> {
                // Another process may have migrated while we waited for the lock: look again inside
                // the transaction so a migration never runs twice.
                int found = userVersion(connection);
                refuseNewer(file, found, known);
                if (found >= migration.version()) {
                    return;
                }
                LOG.info(
                        "history database {}: migrating to schema version {} ({})",
                        file,
                        migration.version(),
                        migration.description());
                migration.apply(connection);
                setUserVersion(connection, migration.version());
            });
        }
    }

    /** The database's {@code PRAGMA user_version}; 0 for a new file. */
    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void setUserVersion(Connection connection, int version) throws SQLException {
        // PRAGMA takes no bound parameters; the number comes from our own migration list, never
        // from outside, so building the text is safe here.
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA user_version = " + version);
        }
    }

    private static void refuseNewer(Path file, int found, int known) {
        if (found > known) {
            throw new HistoryException("history database " + file + " has schema version " + found
                    + ", newer than this Asset Studio knows (" + known
                    + "); use a newer Asset Studio or another history database");
        }
    }

    private static void checkNumbering(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("history migration at position " + i + " has version "
                        + migrations.get(i).version() + ", expected " + (i + 1));
            }
        }
    }
}
