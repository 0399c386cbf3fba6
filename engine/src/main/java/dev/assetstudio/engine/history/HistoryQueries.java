package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.run.StepEventType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read side of the store: one method per question, each a single indexed query on a pooled read
 * connection. Safe to call from any thread; results are immutable.
 */
final class HistoryQueries {
    private static final String MATERIALIZATION_COLUMNS =
            "id, run_id, asset_key, partition, time, duration_ms, code_version, metadata_json";
    private static final String RUN_COLUMNS =
            "run_id, status, selection, started_at, finished_at, step_count, config_json, partitions_json, executor";
    private static final String STEP_EVENT_COLUMNS = "id, run_id, asset_key, partition, type, time, message";
    private static final String LOG_LINE_COLUMNS = "id, run_id, asset_key, partition, level, time, message";

    private static final String LATEST_MATERIALIZATION = "SELECT " + MATERIALIZATION_COLUMNS
            + " FROM materializations WHERE asset_key = ? ORDER BY time DESC, id DESC LIMIT 1";
    private static final String LATEST_PARTITION_MATERIALIZATION = "SELECT " + MATERIALIZATION_COLUMNS
            + " FROM materializations WHERE asset_key = ? AND partition = ? ORDER BY time DESC, id DESC LIMIT 1";
    // Walks the distinct asset keys through the index (one seek per key, not one row per
    // materialization), then takes each key's newest row.
    private static final String LATEST_MATERIALIZATIONS =
            """
            WITH RECURSIVE keys(k) AS (
                SELECT (SELECT min(asset_key) FROM materializations)
                UNION ALL
                SELECT (SELECT min(asset_key) FROM materializations WHERE asset_key > keys.k)
                FROM keys WHERE keys.k IS NOT NULL)
            SELECT m.id, m.run_id, m.asset_key, m.partition, m.time, m.duration_ms, m.code_version,
                   m.metadata_json
            FROM keys JOIN materializations m ON m.id = (
                SELECT id FROM materializations WHERE asset_key = keys.k ORDER BY time DESC, id DESC LIMIT 1)
            WHERE keys.k IS NOT NULL""";
    private static final String MATERIALIZATIONS_PAGE = "SELECT " + MATERIALIZATION_COLUMNS
            + " FROM materializations WHERE asset_key = ? ORDER BY time DESC, id DESC LIMIT ? OFFSET ?";
    private static final String COUNT_MATERIALIZATIONS = "SELECT count(*) FROM materializations WHERE asset_key = ?";
    private static final String RUNS_PAGE =
            "SELECT " + RUN_COLUMNS + " FROM runs ORDER BY started_at DESC, run_id DESC LIMIT ? OFFSET ?";
    private static final String RUN = "SELECT " + RUN_COLUMNS + " FROM runs WHERE run_id = ?";
    private static final String RUNS_FOR_ASSET = "SELECT r.run_id, r.status, r.selection, r.started_at,"
            + " r.finished_at, r.step_count, r.config_json, r.partitions_json, r.executor FROM run_assets a JOIN runs r ON r.run_id = a.run_id"
            + " WHERE a.asset_key = ? ORDER BY r.started_at DESC, r.run_id DESC LIMIT ?";
    private static final String STEP_EVENTS =
            "SELECT " + STEP_EVENT_COLUMNS + " FROM step_events WHERE run_id = ? ORDER BY time, id";
    private static final String LOG_LINES =
            "SELECT " + LOG_LINE_COLUMNS + " FROM log_lines WHERE run_id = ? ORDER BY time, id";
    private static final String LOG_LINES_FOR_ASSET =
            "SELECT " + LOG_LINE_COLUMNS + " FROM log_lines WHERE run_id = ? AND asset_key = ? ORDER BY time, id";
    // The second column is the run number, bit-flipped (negative) when the row has a partition: most
    // series have none, and this way reading it costs no call per row. Run numbers are rowids, >= 1.
    static final String METADATA_SERIES = "SELECT time, CASE WHEN partition IS NULL THEN run_num ELSE ~run_num END,"
            + " partition, num_value FROM metadata_values"
            + " WHERE asset_key = ? AND meta_key = ? ORDER BY time, materialization_id";
    private static final String CHECK_COLUMNS = "run_id, asset_key, check_name, partition, time, passed, severity,"
            + " blocking, description, metadata_json";
    private static final String CHECK_EVALUATIONS = "SELECT " + CHECK_COLUMNS + " FROM check_evaluations"
            + " WHERE asset_key = ? AND check_name = ? ORDER BY time DESC, id DESC LIMIT ?";
    private static final String CHECK_NAMES =
            "SELECT DISTINCT check_name FROM check_evaluations WHERE asset_key = ? ORDER BY check_name";
    private static final String RUN_ID_OF_NUMBER = "SELECT run_id FROM run_numbers WHERE run_num = ?";

    /**
     * Past this many cached run ids, forget them all. A number's run id never changes (rows of
     * {@code run_numbers} are never updated or deleted), so the cache needs no invalidation, only a
     * bound on memory; a miss costs one lookup by primary key.
     */
    static final int MAX_RUN_IDS_CACHED = 1 << 17;
    // Distinct keys by skipping through the primary key, rather than reading every value of the asset.
    private static final String NUMERIC_METADATA_KEYS =
            """
            WITH RECURSIVE keys(k) AS (
                SELECT (SELECT min(meta_key) FROM metadata_values WHERE asset_key = ?1)
                UNION ALL
                SELECT (SELECT min(meta_key) FROM metadata_values WHERE asset_key = ?1 AND meta_key > keys.k)
                FROM keys WHERE keys.k IS NOT NULL)
            SELECT k FROM keys WHERE k IS NOT NULL""";
    private static final String DURATION_SERIES = "SELECT time, run_id, partition, duration_ms FROM materializations"
            + " WHERE asset_key = ? ORDER BY time, id";
    private static final String LATEST_PARTITION_MATERIALIZATIONS =
            """
            SELECT partition, run_id, time, duration_ms FROM (
                SELECT partition, run_id, time, duration_ms,
                       row_number() OVER (PARTITION BY partition ORDER BY time DESC, id DESC) AS rn
                FROM materializations WHERE asset_key = ?1 AND partition IS NOT NULL)
            WHERE rn = 1""";
    // The latest failure per partition, with the start of that failed step when it was recorded.
    private static final String LATEST_PARTITION_FAILURES =
            """
            SELECT f.partition, f.run_id, f.time,
                   (SELECT max(s.time) FROM step_events s
                    WHERE s.asset_key = ?1 AND s.type = ?3 AND s.partition = f.partition
                      AND s.run_id = f.run_id AND s.time <= f.time) AS started
            FROM (
                SELECT partition, run_id, time,
                       row_number() OVER (PARTITION BY partition ORDER BY time DESC, id DESC) AS rn
                FROM step_events WHERE asset_key = ?1 AND type = ?2 AND partition IS NOT NULL) f
            WHERE f.rn = 1""";
    private static final String LATEST_STEP_OUTCOMES =
            """
            WITH RECURSIVE keys(k) AS (
                SELECT (SELECT min(asset_key) FROM step_events)
                UNION ALL
                SELECT (SELECT min(asset_key) FROM step_events WHERE asset_key > keys.k)
                FROM keys WHERE keys.k IS NOT NULL)
            SELECT k, (SELECT type FROM step_events
                       WHERE asset_key = keys.k AND type IN (?, ?, ?, ?, ?, ?)
                       ORDER BY time DESC, id DESC LIMIT 1) AS outcome
            FROM keys WHERE k IS NOT NULL""";
    private static final String LATEST_DEFINITIONS = "SELECT asset_key, group_name, description, code_version,"
            + " metadata_json, upstream_json, defined_in, partitions, is_source FROM definitions"
            + " WHERE snapshot_id = (SELECT id FROM definition_snapshots WHERE jar = ?"
            + " ORDER BY opened_at DESC, id DESC LIMIT 1) ORDER BY position";

    /** Exact, prefix and short-id lookups of ids in one table (the table name is ours, never input). */
    record IdLookup(String what, String exact, String prefix, String containing) {
        static IdLookup of(String what, String table, String column) {
            return new IdLookup(
                    what,
                    "SELECT " + column + " FROM " + table + " WHERE " + column + " = ?",
                    "SELECT " + column + " FROM " + table + " WHERE " + column + " >= ? AND " + column
                            + " < ? ORDER BY " + column + " LIMIT 21",
                    "SELECT " + column + " FROM " + table + " WHERE instr(" + column + ", ?) > 0 ORDER BY " + column);
        }
    }

    static final IdLookup RUN_IDS = IdLookup.of("run", "runs", "run_id");

    /** Maps one row. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final ReadConnectionPool pool;
    /** Run ids by their number in {@code run_numbers}, for {@link #metadataSeries}. */
    private final Map<Long, String> runIdsByNumber = new ConcurrentHashMap<>();

    HistoryQueries(ReadConnectionPool pool) {
        this.pool = pool;
    }

    Optional<Materialization> latestMaterialization(AssetKey key) {
        return first(LATEST_MATERIALIZATION, Rows::materialization, key.toString());
    }

    Optional<Materialization> latestMaterialization(AssetKey key, String partition) {
        return first(LATEST_PARTITION_MATERIALIZATION, Rows::materialization, key.toString(), partition);
    }

    Map<AssetKey, Materialization> latestMaterializations() {
        Map<AssetKey, Materialization> result = new TreeMap<>();
        for (Materialization m : list(LATEST_MATERIALIZATIONS, Rows::materialization)) {
            result.put(m.assetKey(), m);
        }
        return Collections.unmodifiableMap(result);
    }

    List<Materialization> materializations(AssetKey key, int offset, int limit) {
        checkPage(offset, limit);
        return list(MATERIALIZATIONS_PAGE, Rows::materialization, key.toString(), limit, offset);
    }

    long countMaterializations(AssetKey key) {
        return first(COUNT_MATERIALIZATIONS, rs -> rs.getLong(1), key.toString())
                .orElse(0L);
    }

    List<RunRecord> runs(int offset, int limit) {
        checkPage(offset, limit);
        return list(RUNS_PAGE, Rows::run, limit, offset);
    }

    List<RunRecord> runs(String project, int offset, int limit) {
        checkPage(offset, limit);
        return list(BackfillRows.PROJECT_RUNS, Rows::run, project, limit, offset);
    }

    Optional<RunRecord> run(String runId) {
        return first(RUN, Rows::run, runId);
    }

    /**
     * The one id that {@code text} stands for: the id itself, the one id it is a prefix of, or the one
     * id whose short id ({@link dev.assetstudio.engine.run.RunIds#shortId}) starts with it. Empty when
     * none does.
     *
     * @throws AmbiguousIdException listing the candidates when several do
     */
    Optional<String> resolveId(IdLookup lookup, String text) {
        String id = text == null ? "" : text.strip();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (first(lookup.exact(), rs -> rs.getString(1), id).isPresent()) {
            return Optional.of(id);
        }
        List<String> byPrefix = list(lookup.prefix(), rs -> rs.getString(1), id, id + Character.MAX_VALUE);
        if (byPrefix.size() == 1) {
            return Optional.of(byPrefix.get(0));
        }
        if (byPrefix.size() > 1) {
            throw new AmbiguousIdException(lookup.what(), id, byPrefix);
        }
        List<String> byShortId = list(lookup.containing(), rs -> rs.getString(1), id).stream()
                .filter(candidate ->
                        dev.assetstudio.engine.run.RunIds.shortId(candidate).startsWith(id))
                .toList();
        if (byShortId.size() > 1) {
            throw new AmbiguousIdException(lookup.what(), id, byShortId);
        }
        return byShortId.stream().findFirst();
    }

    List<dev.assetstudio.engine.backfill.Backfill> backfills(int offset, int limit) {
        checkPage(offset, limit);
        return list(BackfillRows.PAGE, BackfillRows::read, limit, offset).stream()
                .map(b -> b.withRuns(list(BackfillRows.RUNS, rs -> rs.getString(1), b.id())))
                .toList();
    }

    Optional<dev.assetstudio.engine.backfill.Backfill> backfill(String id) {
        return first(BackfillRows.ONE, BackfillRows::read, id)
                .map(b -> b.withRuns(list(BackfillRows.RUNS, rs -> rs.getString(1), b.id())));
    }

    List<RunRecord> runsForAsset(AssetKey key, int limit) {
        checkPage(0, limit);
        return list(RUNS_FOR_ASSET, Rows::run, key.toString(), limit);
    }

    List<StepEventRecord> stepEvents(String runId) {
        return list(STEP_EVENTS, Rows::stepEvent, runId);
    }

    List<LogLineRecord> logLines(String runId) {
        return list(LOG_LINES, Rows::logLine, runId);
    }

    List<LogLineRecord> logLines(String runId, AssetKey key) {
        return list(LOG_LINES_FOR_ASSET, Rows::logLine, runId, key.toString());
    }

    List<SeriesPoint> metadataSeries(AssetKey key, String metadataKey) {
        return pool.read(connection -> {
            List<SeriesPoint> result = new ArrayList<>();
            PreparedStatement runIdLookup = null;
            try (PreparedStatement st = prepare(connection, METADATA_SERIES, key.toString(), metadataKey);
                    ResultSet rs = st.executeQuery()) {
                // One call per column and row, with the narrowest getter: this loop is the whole cost
                // of a long series. Consecutive points are usually of the same run.
                long lastNumber = Long.MIN_VALUE;
                String lastRunId = null;
                while (rs.next()) {
                    long micros = rs.getLong(1);
                    long number = rs.getLong(2);
                    String partition = null;
                    if (number < 0) {
                        number = ~number;
                        partition = rs.getString(3);
                    }
                    double value = rs.getDouble(4);
                    if (number != lastNumber) {
                        String runId = runIdsByNumber.get(number);
                        if (runId == null) {
                            if (runIdLookup == null) {
                                runIdLookup = connection.prepareStatement(RUN_ID_OF_NUMBER);
                            }
                            runId = runIdOf(runIdLookup, number);
                        }
                        lastNumber = number;
                        lastRunId = runId;
                    }
                    result.add(new SeriesPoint(Times.fromMicros(micros), lastRunId, partition, value));
                }
            } finally {
                if (runIdLookup != null) {
                    runIdLookup.close();
                }
            }
            return List.copyOf(result);
        });
    }

    private String runIdOf(PreparedStatement lookup, long number) throws SQLException {
        lookup.setLong(1, number);
        String runId;
        try (ResultSet rs = lookup.executeQuery()) {
            if (!rs.next()) {
                // Cannot happen: the number was written in the same transaction as its run_numbers row.
                throw new SQLException("run number " + number + " is not in run_numbers");
            }
            runId = rs.getString(1);
        }
        if (runIdsByNumber.size() >= MAX_RUN_IDS_CACHED) {
            runIdsByNumber.clear();
        }
        runIdsByNumber.put(number, runId);
        return runId;
    }

    List<String> numericMetadataKeys(AssetKey key) {
        List<String> keys = new ArrayList<>(list(NUMERIC_METADATA_KEYS, rs -> rs.getString(1), key.toString()));
        // SQLite orders by UTF-8 bytes; sort again so the order is Java's, as documented.
        Collections.sort(keys);
        return List.copyOf(keys);
    }

    List<SeriesPoint> durationSeries(AssetKey key) {
        return list(DURATION_SERIES, Rows::seriesPoint, key.toString());
    }

    Map<String, PartitionStatus> partitionStatuses(AssetKey key) {
        String asset = key.toString();
        return pool.read(connection -> {
            Map<String, PartitionStatus> result = new TreeMap<>();
            try (PreparedStatement st = prepare(connection, LATEST_PARTITION_MATERIALIZATIONS, asset);
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String partition = rs.getString(1);
                    result.put(
                            partition,
                            new PartitionStatus(
                                    partition,
                                    PartitionStatus.State.MATERIALIZED,
                                    Times.fromMicros(rs.getLong(3)),
                                    rs.getString(2),
                                    Duration.ofMillis(rs.getLong(4))));
                }
            }
            try (PreparedStatement st = prepare(
                            connection,
                            LATEST_PARTITION_FAILURES,
                            asset,
                            StepEventType.FAILED.storedName(),
                            StepEventType.STARTED.storedName());
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String partition = rs.getString(1);
                    Instant failedAt = Times.fromMicros(rs.getLong(3));
                    PartitionStatus materialized = result.get(partition);
                    // Failed only if the failure came after the latest materialization; a later
                    // success repairs the partition.
                    if (materialized == null || failedAt.isAfter(materialized.time())) {
                        Instant started = Rows.instantOrNull(rs, "started");
                        result.put(
                                partition,
                                new PartitionStatus(
                                        partition,
                                        PartitionStatus.State.FAILED,
                                        failedAt,
                                        rs.getString(2),
                                        started == null ? null : Duration.between(started, failedAt)));
                    }
                }
            }
            return Collections.unmodifiableMap(result);
        });
    }

    Map<AssetKey, StepEventType> latestStepOutcomes() {
        Map<AssetKey, StepEventType> result = new TreeMap<>();
        Object[] params = StepEventType.storedNames(StepEventType.TERMINAL).toArray();
        for (String[] row : list(LATEST_STEP_OUTCOMES, rs -> new String[] {rs.getString(1), rs.getString(2)}, params)) {
            if (row[1] != null) {
                result.put(AssetKey.parse(row[0]), Rows.stepEventType(row[1]));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    List<AssetCheckEvaluation> checkEvaluations(AssetKey key, String checkName, int limit) {
        return List.copyOf(list(CHECK_EVALUATIONS, Rows::checkEvaluation, key.toString(), checkName, limit));
    }

    Map<String, AssetCheckEvaluation> latestCheckEvaluations(AssetKey key) {
        Map<String, AssetCheckEvaluation> result = new TreeMap<>();
        for (String name : list(CHECK_NAMES, rs -> rs.getString(1), key.toString())) {
            checkEvaluations(key, name, 1).forEach(e -> result.put(name, e));
        }
        return Collections.unmodifiableMap(result);
    }

    List<DefinitionSnapshot> latestDefinitions(String jar) {
        return list(LATEST_DEFINITIONS, Rows::definition, jar);
    }

    private <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        return pool.read(connection -> {
            try (PreparedStatement st = prepare(connection, sql, params);
                    ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        });
    }

    private <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return pool.read(connection -> {
            try (PreparedStatement st = prepare(connection, sql, params);
                    ResultSet rs = st.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
                return List.copyOf(result);
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement st = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st;
        } catch (SQLException e) {
            st.close();
            throw e;
        }
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
    }
}
