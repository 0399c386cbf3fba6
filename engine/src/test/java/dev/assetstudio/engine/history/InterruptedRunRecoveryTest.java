package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptedRunRecoveryTest {
    static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void runsOfDeadProcessesAreInterruptedWithTheirInFlightSteps() throws Exception {
        Path db = dir.resolve("history.db");
        SqliteHistoryStore.open(db).close();
        ProcessHandle self = ProcessHandle.current();
        long selfStart = self.info().startInstant().orElseThrow().toEpochMilli();
        DeadProcess dead = DeadProcess.startAndWait();

        try (Connection c = SchemaTest.connect(db)) {
            insertRun(c, "dead", RunStatus.STARTED, dead.pid(), dead.startMillis());
            insertRun(c, "alive", RunStatus.STARTED, self.pid(), selfStart);
            // our pid, but a process started an hour earlier: the pid was reused
            insertRun(c, "reused", RunStatus.STARTED, self.pid(), selfStart - 3_600_000);
            insertRun(c, "unknown", RunStatus.STARTED, null, null);
            insertRun(c, "finished", RunStatus.SUCCEEDED, dead.pid(), dead.startMillis());

            insertStep(c, "dead", "done", null, StepEventType.STARTED, 1);
            insertStep(c, "dead", "done", null, StepEventType.SUCCEEDED, 2);
            insertStep(c, "dead", "notMaterialized", null, StepEventType.STARTED, 1);
            insertStep(c, "dead", "notMaterialized", null, StepEventType.NOT_MATERIALIZED, 2);
            insertStep(c, "dead", "inFlight", null, StepEventType.STARTED, 3);
            insertStep(c, "dead", "part", "p1", StepEventType.STARTED, 4);
            insertStep(c, "dead", "part", "p2", StepEventType.STARTED, 4);
            insertStep(c, "dead", "part", "p2", StepEventType.FAILED, 5);
            insertStep(c, "dead", "skipped", null, StepEventType.SKIPPED, 5);
            insertStep(c, "reused", "x", null, StepEventType.STARTED, 1);
            insertStep(c, "alive", "y", null, StepEventType.STARTED, 1);
        }

        Instant beforeOpen = Instant.now().minusMillis(1);
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(
                    List.of("dead", "reused"),
                    store.interruptedOnOpen().stream().sorted().toList());

            RunRecord deadRun = store.run("dead").orElseThrow();
            assertEquals(RunStatus.INTERRUPTED, deadRun.status());
            assertNotNull(deadRun.finishedAt());
            assertFalse(deadRun.finishedAt().isBefore(beforeOpen), "finished_at is the time of recovery");
            assertEquals(
                    RunStatus.INTERRUPTED, store.run("reused").orElseThrow().status());
            assertEquals(RunStatus.STARTED, store.run("alive").orElseThrow().status());
            assertNull(store.run("alive").orElseThrow().finishedAt());
            assertEquals(RunStatus.STARTED, store.run("unknown").orElseThrow().status());
            assertEquals(
                    RunStatus.SUCCEEDED, store.run("finished").orElseThrow().status());
            assertTrue(store.runs(0, 10).stream()
                    .anyMatch(r -> r.runId().equals("dead") && r.status() == RunStatus.INTERRUPTED));

            List<String> interruptedSteps = store.stepEvents("dead").stream()
                    .filter(e -> e.type().equals(StepEventType.INTERRUPTED))
                    .map(e -> e.assetKey() + "[" + e.partition() + "]")
                    .sorted()
                    .toList();
            assertEquals(List.of("inFlight[null]", "part[p1]"), interruptedSteps);
            assertEquals(
                    List.of(StepEventType.STARTED, StepEventType.INTERRUPTED),
                    store.stepEvents("reused").stream()
                            .map(StepEventRecord::type)
                            .toList());
            assertEquals(1, store.stepEvents("alive").size());
            assertEquals(
                    StepEventType.INTERRUPTED,
                    store.latestStepOutcomes().get(dev.assetstudio.api.AssetKey.of("inFlight")));
        }

        // A second open finds nothing left to do and adds no second interruption.
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(List.of(), store.interruptedOnOpen());
            assertEquals(
                    1,
                    store.stepEvents("dead").stream()
                            .filter(e -> e.type().equals(StepEventType.INTERRUPTED)
                                    && e.assetKey().name().equals("inFlight"))
                            .count());
        }
    }

    @Test
    void aRunStartedThroughTheStoreRecordsThisProcessAndSurvivesReopening() throws Exception {
        Path db = dir.resolve("history.db");
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            store.runStarted("mine", T0, "*", List.of("a"));
            store.stepEvent("mine", "a", null, StepEventType.STARTED, T0, null);
        }
        try (Connection c = SchemaTest.connect(db);
                PreparedStatement st = c.prepareStatement("SELECT pid, process_start FROM runs WHERE run_id = ?")) {
            st.setString(1, "mine");
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(ProcessHandle.current().pid(), rs.getLong(1));
                assertEquals(
                        ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli),
                        Optional.of(rs.getLong(2)));
            }
        }
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(List.of(), store.interruptedOnOpen());
            assertEquals(RunStatus.STARTED, store.run("mine").orElseThrow().status());
        }
    }

    @Test
    void livenessChecksPidAndStartTime() throws Exception {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().orElseThrow().toEpochMilli();
        assertTrue(InterruptedRunRecovery.isAlive(self.pid(), start));
        assertTrue(InterruptedRunRecovery.isAlive(self.pid(), null));
        assertFalse(InterruptedRunRecovery.isAlive(self.pid(), start - 60_000));
        DeadProcess dead = DeadProcess.startAndWait();
        assertFalse(InterruptedRunRecovery.isAlive(dead.pid(), dead.startMillis()));
    }

    /** A process that has run and exited, so its pid names no live process. */
    record DeadProcess(long pid, long startMillis) {
        static DeadProcess startAndWait() throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            long start = p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            assertEquals(0, p.waitFor());
            assertTrue(ProcessHandle.of(p.pid()).isEmpty()
                    || !ProcessHandle.of(p.pid()).get().isAlive());
            return new DeadProcess(p.pid(), start);
        }
    }

    private static void insertRun(Connection c, String runId, RunStatus status, Long pid, Long processStart)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO runs (run_id, status, selection, started_at,"
                + " pid, process_start, step_count) VALUES (?, ?, NULL, ?, ?, ?, 3)")) {
            st.setString(1, runId);
            st.setString(2, status.name());
            st.setLong(3, Times.toMicros(T0));
            if (pid == null) {
                st.setNull(4, Types.INTEGER);
                st.setNull(5, Types.INTEGER);
            } else {
                st.setLong(4, pid);
                st.setLong(5, processStart);
            }
            st.executeUpdate();
        }
    }

    private static void insertStep(
            Connection c, String runId, String asset, String partition, StepEventType type, long sec)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO step_events (run_id, asset_key, partition, type,"
                + " time, message) VALUES (?, ?, ?, ?, ?, NULL)")) {
            st.setString(1, runId);
            st.setString(2, asset);
            st.setString(3, partition);
            st.setString(4, type.storedName());
            st.setLong(5, Times.toMicros(T0.plusSeconds(sec)));
            st.executeUpdate();
        }
    }
}
