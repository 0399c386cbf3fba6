package dev.assetstudio.engine.history;

import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On open, marks {@code INTERRUPTED} the runs left {@code STARTED} by a process that is gone, and adds a
 * {@code STEP_INTERRUPTED} event for each of their steps that started (or waited for a worker) and never ended.
 *
 * <p>A process is gone when no process has the recorded pid, or the one that has it started at another
 * time (the pid was reused). A run without a recorded pid is left alone: we cannot tell.
 */
final class InterruptedRunRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedRunRecovery.class);

    /** Slack when comparing process start times, which some platforms report with coarse resolution. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    private static final String STARTED_RUNS = "SELECT run_id, pid, process_start FROM runs WHERE status = ?";
    // Guarded by status so a run that finished meanwhile (another process) is not overwritten.
    private static final String MARK_INTERRUPTED =
            "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ? AND status = ?";
    private static final String INTERRUPT_STEPS =
            """
            INSERT INTO step_events (run_id, asset_key, partition, type, time, message)
            SELECT DISTINCT s.run_id, s.asset_key, s.partition, ?2, ?3, ?4
            FROM step_events s
            WHERE s.run_id = ?1 AND s.type IN (?5, ?12)
              AND NOT EXISTS (
                SELECT 1 FROM step_events t
                WHERE t.run_id = s.run_id AND t.asset_key = s.asset_key AND t.partition IS s.partition
                  AND t.type IN (?6, ?7, ?8, ?9, ?10, ?11))""";

    private InterruptedRunRecovery() {}

    /** Recovers the database behind {@code connection}; returns the ids of the runs marked interrupted. */
    static List<String> recover(Connection connection, Path file, Instant now) throws SQLException {
        List<String> interrupted = new ArrayList<>();
        Transactions.inTransactionRetrying(connection, () -> {
            interrupted.clear();
            for (String runId : deadRuns(connection)) {
                if (markInterrupted(connection, runId, now)) {
                    interrupted.add(runId);
                }
            }
        });
        if (!interrupted.isEmpty()) {
            LOG.info("history database {}: marked {} run(s) interrupted: {}", file, interrupted.size(), interrupted);
        }
        return List.copyOf(interrupted);
    }

    /** Whether the process that recorded {@code pid} and {@code processStartMillis} is still running. */
    static boolean isAlive(long pid, Long processStartMillis) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        if (processStartMillis == null) {
            return true;
        }
        Optional<Instant> start = handle.get().info().startInstant();
        // Unknown start time: assume it is the same process rather than interrupt a live run.
        return start.isEmpty()
                || Math.abs(start.get().toEpochMilli() - processStartMillis) <= START_TOLERANCE.toMillis();
    }

    private static List<String> deadRuns(Connection connection) throws SQLException {
        List<String> dead = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(STARTED_RUNS)) {
            st.setString(1, RunStatus.STARTED.name());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long pid = rs.getLong(2);
                    if (rs.wasNull()) {
                        continue;
                    }
                    long start = rs.getLong(3);
                    Long processStart = rs.wasNull() ? null : start;
                    if (!isAlive(pid, processStart)) {
                        dead.add(rs.getString(1));
                    }
                }
            }
        }
        return dead;
    }

    private static boolean markInterrupted(Connection connection, String runId, Instant now) throws SQLException {
        long time = Times.toMicros(now);
        try (PreparedStatement st = connection.prepareStatement(MARK_INTERRUPTED)) {
            st.setString(1, RunStatus.INTERRUPTED.name());
            st.setLong(2, time);
            st.setString(3, runId);
            st.setString(4, RunStatus.STARTED.name());
            if (st.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement st = connection.prepareStatement(INTERRUPT_STEPS)) {
            st.setString(1, runId);
            st.setString(2, StepEventType.INTERRUPTED.storedName());
            st.setLong(3, time);
            st.setString(4, "the process running this step ended before the step did");
            st.setString(5, StepEventType.STARTED.storedName());
            List<String> terminal = StepEventType.storedNames(StepEventType.TERMINAL);
            for (int i = 0; i < terminal.size(); i++) {
                st.setString(6 + i, terminal.get(i));
            }
            // a step that waited for a cluster worker never ends either once its coordinator is gone
            st.setString(6 + terminal.size(), StepEventType.WAITING.storedName());
            st.executeUpdate();
        }
        return true;
    }
}
