package dev.assetstudio.engine.history;

import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds the {@link WriteOp}s of the write API. Everything that can fail on bad input (nulls, JSON) is
 * done here, on the caller's thread, so the caller hears about it at once; the ops themselves only
 * bind values to prepared statements.
 */
final class WriteOps {
    private static final String INSERT_RUN = "INSERT INTO runs"
            + " (run_id, status, selection, started_at, finished_at, pid, process_start, step_count, config_json,"
            + " partitions_json, executor) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)";
    private static final String FINISH_RUN = "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?";
    private static final String INSERT_RUN_ASSET = "INSERT OR IGNORE INTO run_assets (asset_key, run_id) VALUES (?, ?)";
    private static final String INSERT_STEP_EVENT =
            "INSERT INTO step_events (run_id, asset_key, partition, type, time, message) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LOG_LINE =
            "INSERT INTO log_lines (run_id, asset_key, partition, level, time, message) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MATERIALIZATION = "INSERT INTO materializations"
            + " (run_id, asset_key, partition, time, duration_ms, code_version, metadata_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_METADATA_VALUE = "INSERT OR REPLACE INTO metadata_values"
            + " (asset_key, meta_key, time, materialization_id, num_value, run_num, partition)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CHECK_EVALUATION = "INSERT INTO check_evaluations"
            + " (run_id, asset_key, check_name, partition, time, passed, severity, blocking, description, metadata_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SNAPSHOT = "INSERT INTO definition_snapshots (jar, opened_at) VALUES (?, ?)";
    private static final String INSERT_DEFINITION = "INSERT INTO definitions"
            + " (snapshot_id, position, asset_key, group_name, description, code_version, metadata_json,"
            + " upstream_json, defined_in, partitions, is_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private WriteOps() {}

    static WriteOp runStarted(
            String runId, Instant startedAt, String selection, List<String> stepKeys, Long pid, Long processStart) {
        return runStarted(runId, startedAt, selection, stepKeys, Map.of(), null, pid, processStart);
    }

    static WriteOp runStarted(
            String runId,
            Instant startedAt,
            String selection,
            List<String> stepKeys,
            Map<String, Map<String, Object>> config,
            String executor,
            Long pid,
            Long processStart) {
        Objects.requireNonNull(runId, "runId");
        String configJson = MetadataJson.write(config == null ? Map.of() : config);
        long time = Times.toMicros(Objects.requireNonNull(startedAt, "startedAt"));
        List<String> steps = List.copyOf(Objects.requireNonNull(stepKeys, "stepKeys"));
        List<String> assets = List.copyOf(
                steps.stream().map(WriteOps::assetOfStep).collect(Collectors.toCollection(LinkedHashSet::new)));
        String partitionsJson = MetadataJson.write(partitionsOfSteps(steps));
        return s -> {
            PreparedStatement st = s.get(INSERT_RUN);
            st.setString(1, runId);
            st.setString(2, RunStatus.STARTED.name());
            st.setString(3, selection);
            st.setLong(4, time);
            setLongOrNull(st, 5, pid);
            setLongOrNull(st, 6, processStart);
            st.setInt(7, steps.size());
            st.setString(8, configJson);
            st.setString(9, partitionsJson);
            st.setString(10, executor);
            st.executeUpdate();
            for (String asset : assets) {
                runAsset(s, runId, asset);
            }
        };
    }

    /** Each asset of the steps with its partition keys in step order; an empty list when unpartitioned. */
    static Map<String, List<String>> partitionsOfSteps(List<String> stepKeys) {
        Map<String, List<String>> partitions = new java.util.LinkedHashMap<>();
        for (String step : stepKeys) {
            List<String> keys = partitions.computeIfAbsent(assetOfStep(step), k -> new ArrayList<>());
            int open = step.indexOf('[');
            if (open > 0 && step.endsWith("]")) {
                keys.add(step.substring(open + 1, step.length() - 1));
            }
        }
        return partitions;
    }

    /** The asset of a step key, written {@code a/b} or {@code a/b[partition]}. */
    static String assetOfStep(String stepKey) {
        int open = stepKey.indexOf('[');
        return open > 0 && stepKey.endsWith("]") ? stepKey.substring(0, open) : stepKey;
    }

    static WriteOp runFinished(String runId, Instant finishedAt, RunStatus status) {
        Objects.requireNonNull(runId, "runId");
        long time = Times.toMicros(Objects.requireNonNull(finishedAt, "finishedAt"));
        Objects.requireNonNull(status, "status");
        return s -> {
            PreparedStatement st = s.get(FINISH_RUN);
            st.setString(1, status.name());
            st.setLong(2, time);
            st.setString(3, runId);
            st.executeUpdate();
            s.forgetRunAssets(runId);
        };
    }

    static WriteOp stepEvent(
            String runId, String assetKey, String partition, StepEventType type, Instant at, String message) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(assetKey, "assetKey");
        Objects.requireNonNull(type, "type");
        long time = Times.toMicros(Objects.requireNonNull(at, "time"));
        return s -> {
            PreparedStatement st = s.get(INSERT_STEP_EVENT);
            st.setString(1, runId);
            st.setString(2, assetKey);
            st.setString(3, partition);
            st.setString(4, type.storedName());
            st.setLong(5, time);
            st.setString(6, message);
            st.executeUpdate();
            runAsset(s, runId, assetKey);
        };
    }

    static WriteOp logLine(String runId, String assetKey, String partition, String level, Instant at, String message) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(level, "level");
        long time = Times.toMicros(Objects.requireNonNull(at, "time"));
        return s -> {
            PreparedStatement st = s.get(INSERT_LOG_LINE);
            st.setString(1, runId);
            st.setString(2, assetKey);
            st.setString(3, partition);
            st.setString(4, level);
            st.setLong(5, time);
            st.setString(6, message);
            st.executeUpdate();
        };
    }

    static WriteOp materialization(
            String runId,
            String assetKey,
            String partition,
            Instant at,
            long durationMillis,
            String codeVersion,
            Map<String, Object> metadata) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(assetKey, "assetKey");
        long time = Times.toMicros(Objects.requireNonNull(at, "time"));
        String json = MetadataJson.write(metadata);
        Map<String, Double> numbers = MetadataJson.numericEntries(metadata);
        return s -> {
            PreparedStatement st = s.get(INSERT_MATERIALIZATION);
            st.setString(1, runId);
            st.setString(2, assetKey);
            st.setString(3, partition);
            st.setLong(4, time);
            st.setLong(5, durationMillis);
            st.setString(6, codeVersion);
            st.setString(7, json);
            st.executeUpdate();
            long id = s.lastInsertId();
            long runNumber = numbers.isEmpty() ? 0 : s.runNumber(runId);
            PreparedStatement mv = s.get(INSERT_METADATA_VALUE);
            for (Map.Entry<String, Double> e : numbers.entrySet()) {
                mv.setString(1, assetKey);
                mv.setString(2, e.getKey());
                mv.setLong(3, time);
                mv.setLong(4, id);
                mv.setDouble(5, e.getValue());
                mv.setLong(6, runNumber);
                mv.setString(7, partition);
                mv.executeUpdate();
            }
            runAsset(s, runId, assetKey);
        };
    }

    static WriteOp checkEvaluation(
            String runId,
            String assetKey,
            String partition,
            String checkName,
            Instant at,
            boolean passed,
            String severity,
            boolean blocking,
            String description,
            Map<String, Object> metadata) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(assetKey, "assetKey");
        Objects.requireNonNull(checkName, "checkName");
        Objects.requireNonNull(severity, "severity");
        long time = Times.toMicros(Objects.requireNonNull(at, "time"));
        String json = MetadataJson.write(metadata);
        String text = description == null ? "" : description;
        return s -> {
            PreparedStatement st = s.get(INSERT_CHECK_EVALUATION);
            st.setString(1, runId);
            st.setString(2, assetKey);
            st.setString(3, checkName);
            st.setString(4, partition);
            st.setLong(5, time);
            st.setInt(6, passed ? 1 : 0);
            st.setString(7, severity);
            st.setInt(8, blocking ? 1 : 0);
            st.setString(9, text);
            st.setString(10, json);
            st.executeUpdate();
            runAsset(s, runId, assetKey);
        };
    }

    static WriteOp saveDefinitions(String jar, Instant openedAt, List<DefinitionSnapshot> definitions) {
        Objects.requireNonNull(jar, "jar");
        long time = Times.toMicros(Objects.requireNonNull(openedAt, "openedAt"));
        record Row(DefinitionSnapshot d, String metadataJson, String upstreamJson) {}
        List<Row> rows = new ArrayList<>();
        for (DefinitionSnapshot d : Objects.requireNonNull(definitions, "definitions")) {
            rows.add(new Row(d, MetadataJson.write(d.metadata()), MetadataJson.writeList(d.upstreamKeys())));
        }
        return s -> {
            PreparedStatement snap = s.get(INSERT_SNAPSHOT);
            snap.setString(1, jar);
            snap.setLong(2, time);
            snap.executeUpdate();
            long snapshotId = s.lastInsertId();
            PreparedStatement st = s.get(INSERT_DEFINITION);
            int position = 0;
            for (Row row : rows) {
                DefinitionSnapshot d = row.d();
                st.setLong(1, snapshotId);
                st.setInt(2, position++);
                st.setString(3, d.assetKey());
                st.setString(4, d.group());
                st.setString(5, d.description());
                st.setString(6, d.codeVersion());
                st.setString(7, row.metadataJson());
                st.setString(8, row.upstreamJson());
                st.setString(9, d.definedIn());
                st.setString(10, d.partitions());
                st.setInt(11, d.source() ? 1 : 0);
                st.executeUpdate();
            }
        };
    }

    /**
     * Records that the run touched the asset. {@code runStarted} records the planned assets; events
     * and materializations call this too, for assets outside the plan, but the writer skips the
     * statement for a pair it has already inserted (that was three redundant statements per step).
     */
    private static void runAsset(WriteStatements s, String runId, String assetKey) throws SQLException {
        if (s.runAssetWritten(runId, assetKey)) {
            return;
        }
        PreparedStatement st = s.get(INSERT_RUN_ASSET);
        st.setString(1, assetKey);
        st.setString(2, runId);
        st.executeUpdate();
    }

    private static void setLongOrNull(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }
}
