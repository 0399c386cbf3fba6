package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.CheckKey;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Maps result rows to the store's records; column names as selected by {@link HistoryQueries}. */
final class Rows {
    private Rows() {}

    static Materialization materialization(ResultSet rs) throws SQLException {
        return new Materialization(
                rs.getLong("id"),
                AssetKey.parse(rs.getString("asset_key")),
                rs.getString("partition"),
                rs.getString("run_id"),
                Times.fromMicros(rs.getLong("time")),
                Duration.ofMillis(rs.getLong("duration_ms")),
                rs.getString("code_version"),
                MetadataJson.read(rs.getString("metadata_json")));
    }

    static AssetCheckEvaluation checkEvaluation(ResultSet rs) throws SQLException {
        return new AssetCheckEvaluation(
                rs.getString("run_id"),
                Times.fromMicros(rs.getLong("time")),
                CheckKey.of(AssetKey.parse(rs.getString("asset_key")), rs.getString("check_name")),
                rs.getString("partition"),
                rs.getInt("passed") != 0,
                AssetCheckSeverity.valueOf(rs.getString("severity")),
                rs.getInt("blocking") != 0,
                rs.getString("description"),
                MetadataJson.read(rs.getString("metadata_json")));
    }

    static RunRecord run(ResultSet rs) throws SQLException {
        return new RunRecord(
                rs.getString("run_id"),
                RunStatus.valueOf(rs.getString("status")),
                rs.getString("selection"),
                Times.fromMicros(rs.getLong("started_at")),
                instantOrNull(rs, "finished_at"),
                rs.getInt("step_count"),
                runConfig(rs.getString("config_json")),
                runPartitions(rs.getString("partitions_json")),
                rs.getString("executor"));
    }

    /** The config of a run as written by {@code WriteOps.runStarted}; empty when not recorded. */
    @SuppressWarnings("unchecked")
    private static Map<AssetKey, Map<String, Object>> runConfig(String json) {
        Map<AssetKey, Map<String, Object>> config = new java.util.LinkedHashMap<>();
        if (json != null) {
            MetadataJson.read(json)
                    .forEach((key, fields) -> config.put(AssetKey.parse(key), (Map<String, Object>)
                            (fields instanceof Map<?, ?> ? fields : Map.of())));
        }
        return config;
    }

    /** The planned partitions of a run as written by {@code WriteOps.runStarted}; empty when not recorded. */
    private static Map<AssetKey, List<String>> runPartitions(String json) {
        Map<AssetKey, List<String>> partitions = new java.util.LinkedHashMap<>();
        if (json != null) {
            MetadataJson.read(json)
                    .forEach((key, keys) -> partitions.put(
                            AssetKey.parse(key),
                            keys instanceof List<?> list
                                    ? list.stream().map(String::valueOf).toList()
                                    : List.of()));
        }
        return partitions;
    }

    static StepEventRecord stepEvent(ResultSet rs) throws SQLException {
        return new StepEventRecord(
                rs.getLong("id"),
                rs.getString("run_id"),
                AssetKey.parse(rs.getString("asset_key")),
                rs.getString("partition"),
                stepEventType(rs.getString("type")),
                Times.fromMicros(rs.getLong("time")),
                rs.getString("message"));
    }

    /** The type stored as {@code stored}; a value this code does not know is refused, never guessed. */
    static StepEventType stepEventType(String stored) {
        return StepEventType.ofStoredName(stored)
                .orElseThrow(() -> new HistoryException("unknown step event type '" + stored
                        + "' in the history database (known: "
                        + StepEventType.storedNames(List.of(StepEventType.values()))
                        + "); it was written by a newer or foreign Asset Studio"));
    }

    static LogLineRecord logLine(ResultSet rs) throws SQLException {
        String asset = rs.getString("asset_key");
        return new LogLineRecord(
                rs.getLong("id"),
                rs.getString("run_id"),
                asset == null ? null : AssetKey.parse(asset),
                rs.getString("partition"),
                rs.getString("level"),
                Times.fromMicros(rs.getLong("time")),
                rs.getString("message"));
    }

    /** A point from columns {@code time, run_id, partition} and a numeric {@code value}. */
    static SeriesPoint seriesPoint(ResultSet rs) throws SQLException {
        // By index: this runs 100,000 times for a long series and name lookups add up.
        return new SeriesPoint(Times.fromMicros(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getDouble(4));
    }

    static DefinitionSnapshot definition(ResultSet rs) throws SQLException {
        return new DefinitionSnapshot(
                rs.getString("asset_key"),
                rs.getString("group_name"),
                rs.getString("description"),
                rs.getString("code_version"),
                MetadataJson.readStrings(rs.getString("metadata_json")),
                MetadataJson.readStringList(rs.getString("upstream_json")),
                rs.getString("defined_in"),
                rs.getString("partitions"),
                rs.getInt("is_source") != 0);
    }

    static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null : Times.fromMicros(micros);
    }
}
