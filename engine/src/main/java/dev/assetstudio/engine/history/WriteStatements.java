package dev.assetstudio.engine.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The writer connection's prepared statements, prepared once and reused for every batch, and what the
 * writer remembers having written ({@code run_assets} pairs, so each is inserted once rather than on
 * every event; run numbers). What a transaction adds is kept only if it commits. Used by the writer
 * thread only.
 */
final class WriteStatements implements AutoCloseable {
    /**
     * Past this many remembered (run, asset) pairs, forget them all: runs this writer never sees finish
     * (recorded by another process, or events without a run) must not grow memory without end, and
     * forgetting only costs a redundant {@code INSERT OR IGNORE}.
     */
    static final int MAX_RUN_ASSETS_REMEMBERED = 100_000;

    private static final String FIND_RUN_NUMBER = "SELECT run_num FROM run_numbers WHERE run_id = ?";
    private static final String INSERT_RUN_NUMBER = "INSERT INTO run_numbers (run_id) VALUES (?)";

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** Asset keys by run id whose {@code run_assets} row a committed transaction of this writer inserted. */
    private final Map<String, Set<String>> runAssetsCommitted = new HashMap<>();
    /** The same for the transaction in progress: kept only if it commits (a rolled-back batch is replayed). */
    private final Map<String, Set<String>> runAssetsPending = new HashMap<>();

    private int runAssetsRemembered;
    /** Run numbers ({@code run_numbers}) known to be committed, by run id; bounded like the pairs. */
    private final Map<String, Long> runNumbersCommitted = new HashMap<>();
    /** Run numbers the transaction in progress assigned or looked up: kept only if it commits. */
    private final Map<String, Long> runNumbersPending = new HashMap<>();

    /** Past this many cached run numbers, forget them all (a miss costs one indexed lookup). */
    static final int MAX_RUN_NUMBERS_REMEMBERED = 10_000;

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

    /** Starts a transaction's bookkeeping: what an earlier, rolled-back attempt remembered is dropped. */
    void beginTransaction() {
        runAssetsPending.clear();
        runNumbersPending.clear();
    }

    /** The transaction begun by {@link #beginTransaction()} committed: keep what it remembered. */
    void transactionCommitted() {
        runAssetsPending.forEach((runId, assets) -> {
            Set<String> committed = runAssetsCommitted.computeIfAbsent(runId, r -> new HashSet<>());
            for (String asset : assets) {
                if (committed.add(asset)) {
                    runAssetsRemembered++;
                }
            }
        });
        runAssetsPending.clear();
        if (runAssetsRemembered > MAX_RUN_ASSETS_REMEMBERED) {
            runAssetsCommitted.clear();
            runAssetsRemembered = 0;
        }
        if (runNumbersCommitted.size() + runNumbersPending.size() > MAX_RUN_NUMBERS_REMEMBERED) {
            runNumbersCommitted.clear();
        }
        runNumbersCommitted.putAll(runNumbersPending);
        runNumbersPending.clear();
    }

    /**
     * The number of {@code runId} in {@code run_numbers}, assigned now (in the current transaction) if
     * it has none yet.
     */
    long runNumber(String runId) throws SQLException {
        Long known = runNumbersCommitted.get(runId);
        if (known == null) {
            known = runNumbersPending.get(runId);
        }
        if (known != null) {
            return known;
        }
        long number;
        PreparedStatement find = get(FIND_RUN_NUMBER);
        find.setString(1, runId);
        try (ResultSet rs = find.executeQuery()) {
            number = rs.next() ? rs.getLong(1) : -1;
        }
        if (number < 0) {
            PreparedStatement insert = get(INSERT_RUN_NUMBER);
            insert.setString(1, runId);
            insert.executeUpdate();
            number = lastInsertId();
        }
        runNumbersPending.put(runId, number);
        return number;
    }

    /**
     * Whether this writer already inserted the {@code run_assets} row of {@code runId} and {@code
     * assetKey}, committed or in the current transaction; if not, it is remembered as inserted by the
     * current transaction (the caller inserts it).
     */
    boolean runAssetWritten(String runId, String assetKey) {
        Set<String> committed = runAssetsCommitted.get(runId);
        if (committed != null && committed.contains(assetKey)) {
            return true;
        }
        return !runAssetsPending.computeIfAbsent(runId, r -> new HashSet<>()).add(assetKey);
    }

    /** Forgets the run's pairs (it finished); a later event of it would insert its row again, harmlessly. */
    void forgetRunAssets(String runId) {
        Set<String> committed = runAssetsCommitted.remove(runId);
        if (committed != null) {
            runAssetsRemembered -= committed.size();
        }
        runAssetsPending.remove(runId);
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
