package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run ids by short id or prefix, typed step events, and reads that see the writes before them. */
class RunIdsAndEventTypesTest {
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final String FIRST = "20240101-000000-abc123";
    private static final String SECOND = "20240101-000001-abd999";

    @TempDir
    Path dir;

    private SqliteHistoryStore store;

    @BeforeEach
    void open() {
        store = SqliteHistoryStore.open(dir.resolve("h.db"));
        store.runStarted(FIRST, T0, "a", List.of("a"));
        store.runStarted(SECOND, T0.plusSeconds(1), "b", List.of("b"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRunIsFoundByItsIdItsShortIdOrAUniquePrefix() {
        assertEquals(Optional.of(FIRST), store.resolveRunId(FIRST));
        assertEquals(Optional.of(FIRST), store.resolveRunId("abc123"), "the short id the studio shows");
        assertEquals(Optional.of(FIRST), store.resolveRunId("abc"), "a prefix of the short id");
        assertEquals(Optional.of(SECOND), store.resolveRunId("20240101-000001"), "a prefix of the id");
        assertEquals(FIRST, store.run("abc1").orElseThrow().runId());
        assertEquals(Optional.empty(), store.resolveRunId("fff"));
        assertEquals(Optional.empty(), store.run("nothing"));
    }

    @Test
    void anAmbiguousPrefixIsRefusedListingTheCandidates() {
        AmbiguousIdException e = assertThrows(AmbiguousIdException.class, () -> store.resolveRunId("ab"));
        assertEquals(List.of(FIRST, SECOND), e.candidates());
        assertTrue(e.getMessage().contains(FIRST) && e.getMessage().contains(SECOND), e.getMessage());
        assertThrows(AmbiguousIdException.class, () -> store.run("20240101-00000"));
    }

    @Test
    void readsByShortIdReachTheEventsAndLogLines() {
        store.stepEvent(FIRST, "a", null, StepEventType.STARTED, T0, null);
        store.stepEvent(FIRST, "a", null, StepEventType.SUCCEEDED, T0.plusMillis(5), null);
        store.logLine(FIRST, "a", null, "INFO", T0.plusMillis(1), "hello");
        assertEquals(
                List.of(StepEventType.STARTED, StepEventType.SUCCEEDED),
                store.stepEvents("abc123").stream().map(StepEventRecord::type).toList());
        assertEquals("hello", store.logLines("abc").get(0).message());
        assertEquals(1, store.logLines("abc", AssetKey.of("a")).size());
    }

    @Test
    void readsSeeTheWritesBeforeThemWithoutFlush() {
        for (int i = 0; i < 500; i++) {
            store.logLine(SECOND, "b", null, "INFO", T0.plusMillis(i), "line " + i);
        }
        store.runFinished(SECOND, T0.plusSeconds(2), RunStatus.SUCCEEDED);
        assertEquals(500, store.logLines(SECOND).size());
        assertEquals(RunStatus.SUCCEEDED, store.run(SECOND).orElseThrow().status());
    }

    @Test
    void anUnknownStoredEventTypeFailsNamingTheValue() throws Exception {
        store.flush();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"));
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO step_events (run_id, asset_key, partition, type, time, message)"
                    + " VALUES ('" + FIRST + "', 'a', NULL, 'STEP_EXPLODED', 1, NULL)");
        }
        HistoryException e = assertThrows(HistoryException.class, () -> store.stepEvents(FIRST));
        assertTrue(e.getMessage().contains("'STEP_EXPLODED'"), e.getMessage());
    }

    @Test
    void storedNamesRoundTripAndOnlyKnownOnesAreAccepted() {
        for (StepEventType type : StepEventType.values()) {
            assertEquals(Optional.of(type), StepEventType.ofStoredName(type.storedName()));
        }
        assertEquals("STEP_NOT_MATERIALIZED", StepEventType.NOT_MATERIALIZED.storedName());
        assertEquals(Optional.empty(), StepEventType.ofStoredName("STEP_"));
        assertEquals(Optional.empty(), StepEventType.ofStoredName("INTERRUPTED"));
    }
}
