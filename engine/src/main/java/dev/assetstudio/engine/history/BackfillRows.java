package dev.assetstudio.engine.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillOrigin;
import dev.assetstudio.engine.backfill.BackfillStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes and reads the {@code backfills} and {@code backfill_runs} rows (schema version 3). */
final class BackfillRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> ASSETS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, List<String>>> PARTITIONS = new TypeReference<>() {};

    static final String COLUMNS =
            "backfill_id, selection, origin, status, created_at, finished_at, assets_json, partitions_json";
    private static final String INSERT = "INSERT INTO backfills (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_RUN = "INSERT OR IGNORE INTO backfill_runs (backfill_id, position, run_id)"
            + " VALUES (?, (SELECT count(*) FROM backfill_runs WHERE backfill_id = ?), ?)";
    private static final String UPDATE_STATUS =
            "UPDATE backfills SET status = ?, finished_at = ? WHERE backfill_id = ?";
    static final String PAGE =
            "SELECT " + COLUMNS + " FROM backfills ORDER BY created_at DESC, backfill_id DESC LIMIT ? OFFSET ?";
    static final String ONE = "SELECT " + COLUMNS + " FROM backfills WHERE backfill_id = ?";
    static final String RUNS = "SELECT run_id FROM backfill_runs WHERE backfill_id = ? ORDER BY position";
    private static final String INSERT_PROJECT_RUN =
            "INSERT OR IGNORE INTO project_runs (project, started_at, run_id) VALUES (?, ?, ?)";
    static final String PROJECT_RUNS = "SELECT r.run_id, r.status, r.selection, r.started_at, r.finished_at,"
            + " r.step_count, r.config_json, r.partitions_json, r.executor FROM project_runs p JOIN runs r ON r.run_id = p.run_id WHERE p.project = ?"
            + " ORDER BY p.started_at DESC, p.run_id DESC LIMIT ? OFFSET ?";
    static final HistoryQueries.IdLookup IDS = HistoryQueries.IdLookup.of("backfill", "backfills", "backfill_id");

    private BackfillRows() {}

    static WriteOp created(Backfill backfill) {
        Objects.requireNonNull(backfill, "backfill");
        Map<String, String> assets = new LinkedHashMap<>();
        backfill.assets().forEach((key, partitions) -> assets.put(key.toString(), partitions));
        String assetsJson = json(assets);
        String partitionsJson = json(backfill.partitions());
        long created = Times.toMicros(backfill.createdAt());
        return s -> {
            PreparedStatement st = s.get(INSERT);
            st.setString(1, backfill.id());
            st.setString(2, backfill.selection());
            st.setString(3, backfill.origin().name());
            st.setString(4, backfill.status().name());
            st.setLong(5, created);
            if (backfill.finishedAt() == null) {
                st.setNull(6, java.sql.Types.INTEGER);
            } else {
                st.setLong(6, Times.toMicros(backfill.finishedAt()));
            }
            st.setString(7, assetsJson);
            st.setString(8, partitionsJson);
            st.executeUpdate();
            for (String runId : backfill.runIds()) {
                addRun(s, backfill.id(), runId);
            }
        };
    }

    static WriteOp projectRun(String project, String runId, Instant startedAt) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(runId, "runId");
        long started = Times.toMicros(Objects.requireNonNull(startedAt, "startedAt"));
        return s -> {
            PreparedStatement st = s.get(INSERT_PROJECT_RUN);
            st.setString(1, project);
            st.setLong(2, started);
            st.setString(3, runId);
            st.executeUpdate();
        };
    }

    static WriteOp runAdded(String backfillId, String runId) {
        Objects.requireNonNull(backfillId, "backfillId");
        Objects.requireNonNull(runId, "runId");
        return s -> addRun(s, backfillId, runId);
    }

    private static void addRun(WriteStatements s, String backfillId, String runId) throws SQLException {
        PreparedStatement st = s.get(INSERT_RUN);
        st.setString(1, backfillId);
        st.setString(2, backfillId);
        st.setString(3, runId);
        st.executeUpdate();
    }

    static WriteOp status(String backfillId, BackfillStatus status, Instant finishedAt) {
        Objects.requireNonNull(backfillId, "backfillId");
        Objects.requireNonNull(status, "status");
        Long finished = finishedAt == null ? null : Times.toMicros(finishedAt);
        return s -> {
            PreparedStatement st = s.get(UPDATE_STATUS);
            st.setString(1, status.name());
            if (finished == null) {
                st.setNull(2, java.sql.Types.INTEGER);
            } else {
                st.setLong(2, finished);
            }
            st.setString(3, backfillId);
            st.executeUpdate();
        };
    }

    /** A backfill row, without its runs (read apart). */
    static Backfill read(ResultSet rs) throws SQLException {
        String id = rs.getString("backfill_id");
        Map<AssetKey, String> assets = new LinkedHashMap<>();
        read(rs.getString("assets_json"), ASSETS, id).forEach((key, p) -> assets.put(AssetKey.parse(key), p));
        return new Backfill(
                id,
                rs.getString("selection"),
                origin(rs.getString("origin"), id),
                status(rs.getString("status"), id),
                Times.fromMicros(rs.getLong("created_at")),
                Rows.instantOrNull(rs, "finished_at"),
                assets,
                read(rs.getString("partitions_json"), PARTITIONS, id),
                List.of());
    }

    private static BackfillStatus status(String stored, String id) {
        try {
            return BackfillStatus.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new HistoryException("backfill " + id + " has an unknown status '" + stored + "' in the history"
                    + " database (known: " + List.of(BackfillStatus.values()) + ")");
        }
    }

    private static BackfillOrigin origin(String stored, String id) {
        try {
            return BackfillOrigin.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new HistoryException("backfill " + id + " has an unknown origin '" + stored + "' in the history"
                    + " database (known: " + List.of(BackfillOrigin.values()) + ")");
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write backfill as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type, String id) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new HistoryException(
                    "backfill " + id + " is damaged in the history database: " + e.getOriginalMessage(), e);
        }
    }
}
