package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillStatus;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link HistoryStore} in a SQLite file: WAL journal, a schema versioned in {@code PRAGMA
 * user_version}, one writer thread, pooled read connections.
 */
public final class SqliteHistoryStore implements HistoryStore {
    private static final int READ_CONNECTIONS = 4;

    private final Path file;
    private final HistoryWriter writer;
    private final ReadConnectionPool readers;
    private final HistoryQueries queries;
    private final List<String> interruptedOnOpen;
    private final Long pid;
    private final Long processStart;

    private SqliteHistoryStore(Path file, Connection writeConnection, List<String> interruptedOnOpen) {
        this.file = file;
        this.interruptedOnOpen = interruptedOnOpen;
        ProcessHandle self = ProcessHandle.current();
        this.pid = self.pid();
        this.processStart =
                self.info().startInstant().map(Instant::toEpochMilli).orElse(null);
        this.writer = new HistoryWriter(file, writeConnection);
        this.readers = new ReadConnectionPool(file, READ_CONNECTIONS);
        this.queries = new HistoryQueries(readers);
    }

    /**
     * Opens (creating it and its parent directories if needed) the history database {@code dbFile},
     * migrates it to the current schema, and marks interrupted the runs whose process is gone.
     *
     * @throws HistoryException if the file is not a SQLite database, has a newer schema than this
     *     code knows, or cannot be opened; the message names the file
     */
    public static SqliteHistoryStore open(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new HistoryException("cannot create the directory of history database " + file + ": " + e, e);
        }
        Connection connection = null;
        try {
            connection = SqliteConnections.openWriter(file);
            Schema.migrate(connection, file);
            List<String> interrupted = InterruptedRunRecovery.recover(connection, file, Instant.now());
            return new SqliteHistoryStore(file, connection, interrupted);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw openFailure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The runs this open marked {@link RunStatus#INTERRUPTED} because their process was gone. */
    public List<String> interruptedOnOpen() {
        return interruptedOnOpen;
    }

    /** The schema version this code writes. */
    public static int schemaVersion() {
        return Schema.currentVersion();
    }

    @Override
    public void runStarted(
            String runId,
            Instant startedAt,
            String selection,
            List<String> stepKeys,
            Map<String, Map<String, Object>> config) {
        runStarted(runId, startedAt, selection, stepKeys, config, null);
    }

    @Override
    public void runStarted(
            String runId,
            Instant startedAt,
            String selection,
            List<String> stepKeys,
            Map<String, Map<String, Object>> config,
            String executor) {
        writer.enqueue(WriteOps.runStarted(runId, startedAt, selection, stepKeys, config, executor, pid, processStart));
    }

    @Override
    public void runFinished(String runId, Instant finishedAt, RunStatus status) {
        writer.enqueue(WriteOps.runFinished(runId, finishedAt, status));
    }

    @Override
    public void stepEvent(
            String runId, String assetKey, String partition, StepEventType type, Instant time, String message) {
        writer.enqueue(WriteOps.stepEvent(runId, assetKey, partition, type, time, message));
    }

    @Override
    public void logLine(String runId, String assetKey, String partition, String level, Instant time, String message) {
        writer.enqueue(WriteOps.logLine(runId, assetKey, partition, level, time, message));
    }

    @Override
    public void materialization(
            String runId,
            String assetKey,
            String partition,
            Instant time,
            long durationMillis,
            String codeVersion,
            Map<String, Object> metadata) {
        writer.enqueue(
                WriteOps.materialization(runId, assetKey, partition, time, durationMillis, codeVersion, metadata));
    }

    @Override
    public void projectRun(String project, String runId, Instant startedAt) {
        writer.enqueue(BackfillRows.projectRun(project, runId, startedAt));
    }

    @Override
    public List<RunRecord> runs(String project, int offset, int limit) {
        writer.awaitQueued();
        return queries.runs(project, offset, limit);
    }

    @Override
    public void backfillCreated(Backfill backfill) {
        writer.enqueue(BackfillRows.created(backfill));
    }

    @Override
    public void backfillRunAdded(String backfillId, String runId) {
        writer.enqueue(BackfillRows.runAdded(backfillId, runId));
    }

    @Override
    public void backfillStatus(String backfillId, BackfillStatus status, Instant finishedAt) {
        writer.enqueue(BackfillRows.status(backfillId, status, finishedAt));
    }

    @Override
    public List<Backfill> backfills(int offset, int limit) {
        writer.awaitQueued();
        return queries.backfills(offset, limit);
    }

    @Override
    public Optional<Backfill> backfill(String idOrPrefix) {
        writer.awaitQueued();
        return queries.resolveId(BackfillRows.IDS, idOrPrefix).flatMap(queries::backfill);
    }

    @Override
    public void checkEvaluation(
            String runId,
            String assetKey,
            String partition,
            String checkName,
            Instant time,
            boolean passed,
            String severity,
            boolean blocking,
            String description,
            Map<String, Object> metadata) {
        writer.enqueue(WriteOps.checkEvaluation(
                runId, assetKey, partition, checkName, time, passed, severity, blocking, description, metadata));
    }

    @Override
    public List<AssetCheckEvaluation> checkEvaluations(AssetKey key, String checkName, int limit) {
        writer.awaitQueued();
        return queries.checkEvaluations(key, checkName, limit);
    }

    @Override
    public Map<String, AssetCheckEvaluation> latestCheckEvaluations(AssetKey key) {
        writer.awaitQueued();
        return queries.latestCheckEvaluations(key);
    }

    @Override
    public void saveDefinitions(String jar, Instant openedAt, List<DefinitionSnapshot> definitions) {
        writer.enqueue(WriteOps.saveDefinitions(jar, openedAt, definitions));
    }

    @Override
    public void flush() {
        writer.flush();
    }

    @Override
    public void close() {
        try {
            writer.close();
        } finally {
            readers.close();
        }
    }

    @Override
    public Optional<Materialization> latestMaterialization(AssetKey key) {
        writer.awaitQueued();
        return queries.latestMaterialization(key);
    }

    @Override
    public Optional<Materialization> latestMaterialization(AssetKey key, String partition) {
        writer.awaitQueued();
        return queries.latestMaterialization(key, partition);
    }

    @Override
    public Map<AssetKey, Materialization> latestMaterializations() {
        writer.awaitQueued();
        return queries.latestMaterializations();
    }

    @Override
    public List<Materialization> materializations(AssetKey key, int offset, int limit) {
        writer.awaitQueued();
        return queries.materializations(key, offset, limit);
    }

    @Override
    public long countMaterializations(AssetKey key) {
        writer.awaitQueued();
        return queries.countMaterializations(key);
    }

    @Override
    public List<RunRecord> runs(int offset, int limit) {
        writer.awaitQueued();
        return queries.runs(offset, limit);
    }

    @Override
    public Optional<RunRecord> run(String runId) {
        writer.awaitQueued();
        return resolveRunId(runId).flatMap(queries::run);
    }

    @Override
    public Optional<String> resolveRunId(String idOrPrefix) {
        writer.awaitQueued();
        return queries.resolveId(HistoryQueries.RUN_IDS, idOrPrefix);
    }

    /** The run id {@code text} stands for, or {@code text} itself when it stands for none. */
    private String runIdOf(String text) {
        return queries.resolveId(HistoryQueries.RUN_IDS, text).orElse(text);
    }

    @Override
    public List<RunRecord> runsForAsset(AssetKey key, int limit) {
        writer.awaitQueued();
        return queries.runsForAsset(key, limit);
    }

    @Override
    public List<StepEventRecord> stepEvents(String runId) {
        writer.awaitQueued();
        return queries.stepEvents(runIdOf(runId));
    }

    @Override
    public List<LogLineRecord> logLines(String runId) {
        writer.awaitQueued();
        return queries.logLines(runIdOf(runId));
    }

    @Override
    public List<LogLineRecord> logLines(String runId, AssetKey key) {
        writer.awaitQueued();
        return queries.logLines(runIdOf(runId), key);
    }

    @Override
    public List<SeriesPoint> metadataSeries(AssetKey key, String metadataKey) {
        writer.awaitQueued();
        return queries.metadataSeries(key, metadataKey);
    }

    @Override
    public List<String> numericMetadataKeys(AssetKey key) {
        writer.awaitQueued();
        return queries.numericMetadataKeys(key);
    }

    @Override
    public List<SeriesPoint> durationSeries(AssetKey key) {
        writer.awaitQueued();
        return queries.durationSeries(key);
    }

    @Override
    public Map<String, PartitionStatus> partitionStatuses(AssetKey key) {
        writer.awaitQueued();
        return queries.partitionStatuses(key);
    }

    @Override
    public Map<AssetKey, StepEventType> latestStepOutcomes() {
        writer.awaitQueued();
        return queries.latestStepOutcomes();
    }

    @Override
    public List<DefinitionSnapshot> latestDefinitions(String jar) {
        writer.awaitQueued();
        return queries.latestDefinitions(jar);
    }

    @Override
    public String toString() {
        return "SqliteHistoryStore[" + file + "]";
    }

    private static HistoryException openFailure(Path file, SQLException e) {
        if (SqliteConnections.isNotADatabase(e)) {
            return new HistoryException(
                    "history database " + file + " is not a SQLite database or is damaged (" + e.getMessage()
                            + "); move it aside or use another history database",
                    e);
        }
        if (SqliteConnections.isBusy(e)) {
            return new HistoryException(
                    "history database " + file + " stayed locked by another process; try again later", e);
        }
        return new HistoryException("cannot open history database " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
