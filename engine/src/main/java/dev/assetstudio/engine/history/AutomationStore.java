package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.history.AutomationRecords.Evaluation;
import dev.assetstudio.engine.history.AutomationRecords.Lease;
import dev.assetstudio.engine.history.AutomationRecords.Outcome;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.State;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The automation part of a history database: switches, cursors, ticks, condition evaluations and the
 * daemon lease. Unlike run history these writes are synchronous (a daemon must know a request is
 * recorded before it decides the next one) and rare (a few per tick), so one connection serves both
 * reads and writes, guarded by {@code this}.
 *
 * <pre>{@code
 * try (AutomationStore store = AutomationStore.open(home.resolve("history.db"))) {
 *     store.setEnabled("morning_sales", true, Instant.now());
 *     store.ticks("morning_sales", 10);
 * }
 * }</pre>
 */
public final class AutomationStore implements AutoCloseable {
    private final Path file;
    private final Connection connection;

    private AutomationStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating and migrating it if needed) the history database {@code dbFile}.
     *
     * @throws HistoryException naming the file if it cannot be opened
     */
    public static AutomationStore open(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Connection connection = SqliteConnections.openWriter(file);
            try {
                Schema.migrate(connection, file);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new AutomationStore(file, connection);
        } catch (IOException | SQLException e) {
            throw new HistoryException(
                    "cannot open history database " + file + " for automation: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    // ---- switches and cursors ----

    public synchronized State state(String name) {
        return read(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM automation_state WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? state(rs) : State.off(name);
                }
            }
        });
    }

    public synchronized Map<String, State> states() {
        return read(() -> {
            Map<String, State> states = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM automation_state ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    State s = state(rs);
                    states.put(s.name(), s);
                }
            }
            return states;
        });
    }

    public synchronized void setEnabled(String name, boolean enabled, Instant now) {
        write(() -> {
            ensureRow(name, now);
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE automation_state SET enabled = ?, enabled_at = CASE WHEN ? = 1 AND enabled = 0 THEN ?"
                            + " ELSE enabled_at END, updated = ? WHERE name = ?")) {
                ps.setInt(1, enabled ? 1 : 0);
                ps.setInt(2, enabled ? 1 : 0);
                ps.setLong(3, Times.toMicros(now));
                ps.setLong(4, Times.toMicros(now));
                ps.setString(5, name);
                ps.executeUpdate();
            }
        });
    }

    public synchronized void saveProgress(String name, String cursor, Instant lastEvaluated, Instant lastTick) {
        write(() -> {
            ensureRow(name, lastEvaluated);
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE automation_state SET cursor = coalesce(?, cursor), last_evaluated = ?,"
                            + " last_tick = coalesce(?, last_tick), updated = ? WHERE name = ?")) {
                ps.setString(1, cursor);
                ps.setLong(2, Times.toMicros(lastEvaluated));
                setInstant(ps, 3, lastTick);
                ps.setLong(4, Times.toMicros(lastEvaluated));
                ps.setString(5, name);
                ps.executeUpdate();
            }
        });
    }

    private void ensureRow(String name, Instant now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR IGNORE INTO automation_state (name, enabled, updated) VALUES (?, 0, ?)")) {
            ps.setString(1, name);
            ps.setLong(2, Times.toMicros(now));
            ps.executeUpdate();
        }
    }

    // ---- ticks ----

    public synchronized long recordTick(Tick tick, List<Evaluation> evaluations) {
        long[] id = new long[1];
        write(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO automation_ticks (name, kind, time, status, summary, error) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, tick.name());
                ps.setString(2, tick.kind());
                ps.setLong(3, Times.toMicros(tick.time()));
                ps.setString(4, tick.status().name());
                ps.setString(5, tick.summary());
                ps.setString(6, tick.error());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT last_insert_rowid()");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                id[0] = rs.getLong(1);
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO automation_requests (tick_id, name, request_key, selection, partition, outcome, run_id,"
                            + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Request r : tick.requests()) {
                    ps.setLong(1, id[0]);
                    ps.setString(2, tick.name());
                    ps.setString(3, r.requestKey());
                    ps.setString(4, r.selection());
                    ps.setString(5, r.partition());
                    ps.setString(6, r.outcome().name());
                    ps.setString(7, r.runId());
                    ps.setString(8, r.reason());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO automation_evaluations (tick_id, asset_key, time, result, explanation)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                for (Evaluation e : evaluations) {
                    ps.setLong(1, id[0]);
                    ps.setString(2, e.asset().toString());
                    ps.setLong(3, Times.toMicros(e.time()));
                    ps.setInt(4, e.requested() ? 1 : 0);
                    ps.setString(5, e.explanation());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        return id[0];
    }

    public synchronized Optional<Request> requested(String name, String requestKey) {
        return read(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT * FROM automation_requests WHERE name = ? AND request_key = ? AND outcome = 'REQUESTED'"
                            + " ORDER BY tick_id DESC LIMIT 1")) {
                ps.setString(1, name);
                ps.setString(2, requestKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(request(rs)) : Optional.empty();
                }
            }
        });
    }

    public synchronized List<Tick> ticks(String name, int limit) {
        return read(() -> {
            String sql = name == null
                    ? "SELECT * FROM automation_ticks ORDER BY tick_id DESC LIMIT ?"
                    : "SELECT * FROM automation_ticks WHERE name = ? ORDER BY tick_id DESC LIMIT ?";
            List<Tick> ticks = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int i = 1;
                if (name != null) {
                    ps.setString(i++, name);
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ticks.add(new Tick(
                                rs.getLong("tick_id"),
                                rs.getString("name"),
                                rs.getString("kind"),
                                Times.fromMicros(rs.getLong("time")),
                                TickStatus.valueOf(rs.getString("status")),
                                rs.getString("summary"),
                                rs.getString("error"),
                                List.of()));
                    }
                }
            }
            List<Tick> withRequests = new ArrayList<>();
            try (PreparedStatement ps =
                    connection.prepareStatement("SELECT * FROM automation_requests WHERE tick_id = ? ORDER BY rowid")) {
                for (Tick t : ticks) {
                    ps.setLong(1, t.id());
                    List<Request> requests = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            requests.add(request(rs));
                        }
                    }
                    withRequests.add(new Tick(
                            t.id(), t.name(), t.kind(), t.time(), t.status(), t.summary(), t.error(), requests));
                }
            }
            return withRequests;
        });
    }

    public synchronized List<Evaluation> evaluations(AssetKey asset, int limit) {
        return read(() -> {
            List<Evaluation> list = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT * FROM automation_evaluations WHERE asset_key = ? ORDER BY tick_id DESC LIMIT ?")) {
                ps.setString(1, asset.toString());
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Evaluation(
                                rs.getLong("tick_id"),
                                AssetKey.parse(rs.getString("asset_key")),
                                Times.fromMicros(rs.getLong("time")),
                                rs.getInt("result") == 1,
                                rs.getString("explanation")));
                    }
                }
            }
            return list;
        });
    }

    // ---- lease ----

    public synchronized Optional<Lease> lease() {
        return read(this::readLease);
    }

    public synchronized Lease acquireLease(
            String holder, long pid, String host, Instant now, Duration timeout, LongPredicate processAlive) {
        Lease[] result = new Lease[1];
        write(() -> {
            Optional<Lease> current = readLease();
            boolean mine = current.isPresent() && current.get().holder().equals(holder);
            boolean free = current.isEmpty()
                    || current.get().heartbeat().plus(timeout).isBefore(now)
                    || (current.get().host().equals(host)
                            && !processAlive.test(current.get().pid()));
            if (mine) {
                try (PreparedStatement ps =
                        connection.prepareStatement("UPDATE automation_lease SET heartbeat = ? WHERE id = 1")) {
                    ps.setLong(1, Times.toMicros(now));
                    ps.executeUpdate();
                }
                result[0] = new Lease(holder, pid, host, current.get().since(), now);
            } else if (free) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT OR REPLACE INTO automation_lease (id, holder, pid, host, since, heartbeat)"
                                + " VALUES (1, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, holder);
                    ps.setLong(2, pid);
                    ps.setString(3, host);
                    ps.setLong(4, Times.toMicros(now));
                    ps.setLong(5, Times.toMicros(now));
                    ps.executeUpdate();
                }
                result[0] = new Lease(holder, pid, host, now, now);
            } else {
                result[0] = current.get();
            }
        });
        return result[0];
    }

    public synchronized void releaseLease(String holder) {
        write(() -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM automation_lease WHERE holder = ?")) {
                ps.setString(1, holder);
                ps.executeUpdate();
            }
        });
    }

    private Optional<Lease> readLease() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM automation_lease WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Lease(
                    rs.getString("holder"),
                    rs.getLong("pid"),
                    rs.getString("host"),
                    Times.fromMicros(rs.getLong("since")),
                    Times.fromMicros(rs.getLong("heartbeat"))));
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new HistoryException("cannot close history database " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- helpers ----

    private static State state(ResultSet rs) throws SQLException {
        return new State(
                rs.getString("name"),
                rs.getInt("enabled") == 1,
                instant(rs, "enabled_at"),
                rs.getString("cursor"),
                instant(rs, "last_evaluated"),
                instant(rs, "last_tick"));
    }

    private static Request request(ResultSet rs) throws SQLException {
        return new Request(
                rs.getString("request_key"),
                rs.getString("selection"),
                rs.getString("partition"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("run_id"),
                rs.getString("reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Times.fromMicros(v);
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, Times.toMicros(value));
        }
    }

    private interface SqlRead<T> {
        T run() throws SQLException;
    }

    private <T> T read(SqlRead<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new HistoryException(
                    "could not read automation from history database " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(SqlWork work) {
        try {
            Transactions.inTransactionRetrying(connection, work);
        } catch (SQLException e) {
            throw new HistoryException(
                    "could not write automation to history database " + file + ": " + e.getMessage(), e);
        }
    }
}
