package dev.assetstudio.engine.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreRoundTripTest {
    static final Instant T0 = Instant.parse("2024-03-01T10:00:00.123456Z");
    static final AssetKey TABLE1 = AssetKey.of("table1");
    static final AssetKey NESTED = AssetKey.of("one", "two", "prefixed");

    @TempDir
    Path dir;

    HistoryStore store;

    @BeforeEach
    void open() {
        store = SqliteHistoryStore.open(dir.resolve("history.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Instant t(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void runLifecycleRoundTrips() {
        store.runStarted("r1", t(0), "*table1", List.of("table0", "table1", "table1"));
        store.flush();
        RunRecord started = store.run("r1").orElseThrow();
        Map<AssetKey, List<String>> planned = new java.util.LinkedHashMap<>();
        planned.put(AssetKey.of("table0"), List.of());
        planned.put(AssetKey.of("table1"), List.of());
        assertEquals(new RunRecord("r1", RunStatus.STARTED, "*table1", t(0), null, 3, Map.of(), planned), started);

        store.runFinished("r1", t(5), RunStatus.SUCCEEDED);
        store.flush();
        assertEquals(
                new RunRecord("r1", RunStatus.SUCCEEDED, "*table1", t(0), t(5), 3, Map.of(), planned),
                store.run("r1").orElseThrow());
        assertTrue(store.run("nope").isEmpty());
    }

    @Test
    void aRunKeepsItsConfigAndPlannedPartitions() {
        store.runStarted(
                "r2",
                t(0),
                "daily,report",
                List.of("daily[2024-01-01]", "daily[2024-01-02]", "report"),
                Map.of("daily", Map.of("factor", 3, "names", List.of("a", "b"))));
        RunRecord run = store.run("r2").orElseThrow();
        assertEquals(Map.of(AssetKey.of("daily"), Map.of("factor", 3L, "names", List.of("a", "b"))), run.config());
        assertEquals(
                Map.of(AssetKey.of("daily"), List.of("2024-01-01", "2024-01-02"), AssetKey.of("report"), List.of()),
                run.partitions());
        assertTrue(run.knowsPlannedSteps());
        assertEquals("2024-01-01, 2024-01-02", run.partitionWords());
        assertEquals(run, store.runs(0, 1).get(0));
    }

    @Test
    void instantsKeepMicroseconds() {
        Instant precise = Instant.parse("2024-03-01T10:00:00.987654Z");
        store.runStarted("r1", precise, null, List.of());
        store.flush();
        RunRecord run = store.run("r1").orElseThrow();
        assertEquals(precise, run.startedAt());
        assertNull(run.selection());
        assertEquals(0, run.stepCount());
    }

    @Test
    void runsArePagedNewestFirst() {
        for (int i = 0; i < 5; i++) {
            store.runStarted("r" + i, t(i), "sel" + i, List.of("a"));
        }
        store.flush();
        assertEquals(List.of("r4", "r3"), ids(store.runs(0, 2)));
        assertEquals(List.of("r2", "r1"), ids(store.runs(2, 2)));
        assertEquals(List.of("r0"), ids(store.runs(4, 2)));
        assertEquals(List.of(), ids(store.runs(5, 2)));
        assertThrows(IllegalArgumentException.class, () -> store.runs(-1, 2));
    }

    @Test
    void runsForAssetFindsPlannedAndRecordedSteps() {
        store.runStarted("r1", t(1), null, List.of("table1", "other"));
        store.runStarted("r2", t(2), null, List.of("other"));
        store.runStarted("r3", t(3), null, List.of());
        // r3 did not plan table1 but recorded a step of it (e.g. its plan came from elsewhere)
        store.stepEvent("r3", "table1", null, StepEventType.STARTED, t(3), null);
        store.runStarted("r4", t(4), null, List.of("table1"));
        store.flush();
        assertEquals(List.of("r4", "r3", "r1"), ids(store.runsForAsset(TABLE1, 10)));
        assertEquals(List.of("r4", "r3"), ids(store.runsForAsset(TABLE1, 2)));
        assertEquals(List.of("r2", "r1"), ids(store.runsForAsset(AssetKey.of("other"), 10)));
        assertEquals(List.of(), ids(store.runsForAsset(AssetKey.of("none"), 10)));
    }

    @Test
    void aBackfillPlanTouchesItsAssetsOnceEachAndCountsEveryStep() {
        store.runStarted("b1", t(1), "daily", List.of("daily[2024-01-01]", "daily[2024-01-02]", "rollup"));
        store.flush();
        assertEquals(List.of("b1"), ids(store.runsForAsset(AssetKey.of("daily"), 10)));
        assertEquals(List.of("b1"), ids(store.runsForAsset(AssetKey.of("rollup"), 10)));
        assertEquals(
                List.of(),
                ids(store.runsForAsset(
                        AssetKey.parse("daily[2024-01-01]".replace("[", "_").replace("]", "")), 10)));
        assertEquals(3, store.run("b1").orElseThrow().stepCount());
    }

    @Test
    void stepEventsComeBackInTimeOrder() {
        store.runStarted("r1", t(0), null, List.of("one/two/prefixed"));
        store.stepEvent("r1", "one/two/prefixed", "2024-01-01", StepEventType.STARTED, t(1), null);
        // recorded late but happened earlier: time order wins
        store.stepEvent("r1", "one/two/prefixed", null, StepEventType.SKIPPED, t(0), "skipped");
        store.stepEvent("r1", "one/two/prefixed", "2024-01-01", StepEventType.FAILED, t(2), "boom");
        store.stepEvent("r2", "x", null, StepEventType.STARTED, t(1), null);
        store.flush();
        List<StepEventRecord> events = store.stepEvents("r1");
        assertEquals(3, events.size());
        StepEventRecord first = events.get(0);
        assertEquals("r1", first.runId());
        assertEquals(NESTED, first.assetKey());
        assertNull(first.partition());
        assertEquals(StepEventType.SKIPPED, first.type());
        assertEquals(t(0), first.time());
        assertEquals("skipped", first.message());
        assertEquals(StepEventType.STARTED, events.get(1).type());
        assertEquals("2024-01-01", events.get(1).partition());
        assertNull(events.get(1).message());
        assertEquals(StepEventType.FAILED, events.get(2).type());
        assertEquals("boom", events.get(2).message());
        assertTrue(events.get(1).id() < events.get(2).id());
    }

    @Test
    void logLinesByRunAndByAsset() {
        store.logLine("r1", null, null, "INFO", t(0), "run starting");
        store.logLine("r1", "table1", "p1", "DEBUG", t(1), "reading");
        store.logLine("r1", "other", null, "WARN", t(2), "slow");
        store.logLine("r1", "table1", "p1", "ERROR", t(3), "failed");
        store.logLine("r2", "table1", null, "INFO", t(1), "elsewhere");
        store.flush();
        List<LogLineRecord> all = store.logLines("r1");
        assertEquals(List.of("run starting", "reading", "slow", "failed"), messages(all));
        assertNull(all.get(0).assetKey());
        assertEquals(TABLE1, all.get(1).assetKey());
        assertEquals("p1", all.get(1).partition());
        assertEquals("DEBUG", all.get(1).level());
        assertEquals(t(1), all.get(1).time());
        assertEquals("r1", all.get(1).runId());
        assertEquals(List.of("reading", "failed"), messages(store.logLines("r1", TABLE1)));
        assertEquals(
                List.of("ERROR"), List.of(store.logLines("r1", TABLE1).get(1).level()));
        assertEquals(List.of(), store.logLines("r3"));
    }

    @Test
    void materializationRoundTripsEveryField() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("num_rows", 42);
        metadata.put("path", "/data/table1.csv");
        store.materialization("r1", "one/two/prefixed", "2024-01-02", t(1), 1_500, "v3", metadata);
        metadata.put("mutated after the call", true); // the store copied the map already
        store.flush();
        Materialization m = store.latestMaterialization(NESTED).orElseThrow();
        assertTrue(m.id() > 0);
        assertEquals(NESTED, m.assetKey());
        assertEquals("2024-01-02", m.partition());
        assertEquals("r1", m.runId());
        assertEquals(t(1), m.timestamp());
        assertEquals(Duration.ofMillis(1_500), m.duration());
        assertEquals("v3", m.codeVersion());
        assertEquals(Map.of("num_rows", 42L, "path", "/data/table1.csv"), m.metadata());
        assertEquals(List.of("num_rows", "path"), new ArrayList<>(m.metadata().keySet()));
        assertTrue(store.latestMaterialization(TABLE1).isEmpty());
    }

    @Test
    void metadataValuesComeBackAsJsonTypesInOrder() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", 1);
        nested.put("a", List.of(1.5, "x", false));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("int", 7);
        metadata.put("long", 9_000_000_000L);
        metadata.put("double", 2.5);
        metadata.put("float", 0.25f);
        metadata.put("integralDouble", 3.0);
        metadata.put("huge", new BigInteger("123456789012345678901234567890"));
        metadata.put("bool", true);
        metadata.put("text", "hello");
        metadata.put("nothing", null);
        metadata.put("list", List.of(1, 2, 3));
        metadata.put("array", new int[] {4, 5});
        metadata.put("map", nested);
        metadata.put("instant", Instant.parse("2024-01-01T00:00:00Z"));
        metadata.put("path", Path.of("/tmp/x"));
        store.materialization("r1", "table1", null, t(0), 10, null, metadata);
        store.flush();
        Map<String, Object> back =
                store.latestMaterialization(TABLE1).orElseThrow().metadata();
        assertEquals(
                List.of(
                        "int",
                        "long",
                        "double",
                        "float",
                        "integralDouble",
                        "huge",
                        "bool",
                        "text",
                        "nothing",
                        "list",
                        "array",
                        "map",
                        "instant",
                        "path"),
                new ArrayList<>(back.keySet()));
        assertEquals(7L, back.get("int"));
        assertEquals(9_000_000_000L, back.get("long"));
        assertEquals(2.5, back.get("double"));
        assertEquals(0.25, back.get("float"));
        assertEquals(3.0, back.get("integralDouble"));
        assertEquals(new BigInteger("123456789012345678901234567890"), back.get("huge"));
        assertEquals(Boolean.TRUE, back.get("bool"));
        assertEquals("hello", back.get("text"));
        assertTrue(back.containsKey("nothing"));
        assertNull(back.get("nothing"));
        assertEquals(List.of(1L, 2L, 3L), back.get("list"));
        assertEquals(List.of(4L, 5L), back.get("array"));
        @SuppressWarnings("unchecked")
        Map<String, Object> nestedBack = (Map<String, Object>) back.get("map");
        assertEquals(List.of("z", "a"), new ArrayList<>(nestedBack.keySet()));
        assertEquals(List.of(1.5, "x", false), nestedBack.get("a"));
        assertEquals("2024-01-01T00:00:00Z", back.get("instant"));
        assertEquals("/tmp/x", back.get("path"));
        assertThrows(UnsupportedOperationException.class, () -> back.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> nestedBack.put("x", 1));
        // numbers (not booleans, not nested) are the numeric metadata keys
        assertEquals(
                List.of("double", "float", "huge", "int", "integralDouble", "long"), store.numericMetadataKeys(TABLE1));
    }

    @Test
    void nullAndEmptyMetadata() {
        store.materialization("r1", "a", null, t(0), 0, null, null);
        store.materialization("r1", "b", null, t(0), 0, null, Map.of());
        store.flush();
        assertEquals(
                Map.of(),
                store.latestMaterialization(AssetKey.of("a")).orElseThrow().metadata());
        assertEquals(
                Map.of(),
                store.latestMaterialization(AssetKey.of("b")).orElseThrow().metadata());
        assertEquals(List.of(), store.numericMetadataKeys(AssetKey.of("a")));
    }

    @Test
    void latestIsByTimeThenRecordingOrder() {
        store.materialization("r2", "table1", null, t(20), 1, null, Map.of("n", 2));
        store.materialization("r1", "table1", null, t(10), 1, null, Map.of("n", 1)); // recorded later, older
        store.flush();
        assertEquals("r2", store.latestMaterialization(TABLE1).orElseThrow().runId());
        store.materialization("r3", "table1", null, t(20), 1, null, Map.of("n", 3)); // same time, later
        store.flush();
        assertEquals("r3", store.latestMaterialization(TABLE1).orElseThrow().runId());
    }

    @Test
    void latestPerPartition() {
        store.materialization("r1", "daily", "2024-01-01", t(1), 1, null, Map.of());
        store.materialization("r2", "daily", "2024-01-02", t(2), 1, null, Map.of());
        store.materialization("r3", "daily", "2024-01-01", t(3), 1, null, Map.of());
        store.flush();
        AssetKey daily = AssetKey.of("daily");
        assertEquals(
                "r3",
                store.latestMaterialization(daily, "2024-01-01").orElseThrow().runId());
        assertEquals(
                "r2",
                store.latestMaterialization(daily, "2024-01-02").orElseThrow().runId());
        assertTrue(store.latestMaterialization(daily, "2024-01-03").isEmpty());
    }

    @Test
    void latestMaterializationsHasTheNewestOfEachAsset() {
        store.materialization("r1", "b", null, t(1), 1, null, Map.of("v", 1));
        store.materialization("r2", "a", null, t(2), 1, null, Map.of("v", 2));
        store.materialization("r3", "b", null, t(3), 1, null, Map.of("v", 3));
        store.materialization("r4", "a", null, t(0), 1, null, Map.of("v", 4));
        store.materialization("r5", "one/two/prefixed", "p", t(5), 1, null, Map.of("v", 5));
        store.flush();
        Map<AssetKey, Materialization> latest = store.latestMaterializations();
        assertEquals(List.of(AssetKey.of("a"), AssetKey.of("b"), NESTED), new ArrayList<>(latest.keySet()));
        assertEquals("r2", latest.get(AssetKey.of("a")).runId());
        assertEquals(2L, latest.get(AssetKey.of("a")).metadata().get("v"));
        assertEquals("r3", latest.get(AssetKey.of("b")).runId());
        assertEquals("r5", latest.get(NESTED).runId());
        assertEquals("p", latest.get(NESTED).partition());
    }

    @Test
    void latestMaterializationsOfAnEmptyStoreIsEmpty() {
        assertEquals(Map.of(), store.latestMaterializations());
        assertEquals(Map.of(), store.latestStepOutcomes());
    }

    @Test
    void materializationsArePagedNewestFirstAndCounted() {
        for (int i = 0; i < 25; i++) {
            store.materialization("r" + i, "table1", null, t(i), i, null, Map.of("i", i));
        }
        store.materialization("x", "other", null, t(100), 1, null, Map.of());
        store.flush();
        assertEquals(25, store.countMaterializations(TABLE1));
        assertEquals(1, store.countMaterializations(AssetKey.of("other")));
        assertEquals(0, store.countMaterializations(AssetKey.of("none")));
        List<Materialization> page1 = store.materializations(TABLE1, 0, 10);
        assertEquals(10, page1.size());
        assertEquals("r24", page1.get(0).runId());
        assertEquals("r15", page1.get(9).runId());
        List<Materialization> page3 = store.materializations(TABLE1, 20, 10);
        assertEquals(
                List.of("r4", "r3", "r2", "r1", "r0"),
                page3.stream().map(Materialization::runId).toList());
        assertEquals(Duration.ofMillis(4), page3.get(0).duration());
        assertEquals(List.of(), store.materializations(TABLE1, 25, 10));
    }

    @Test
    void metadataSeriesIsOldestFirstWithRunAndPartition() {
        store.materialization("r2", "table1", "p2", t(20), 1, null, Map.of("rows", 200, "label", "x"));
        store.materialization("r1", "table1", "p1", t(10), 1, null, Map.of("rows", 100));
        store.materialization("r3", "table1", null, t(30), 1, null, Map.of("rows", 2.75, "bytes", 9));
        store.materialization("r4", "table1", null, t(40), 1, null, Map.of("rows", "not a number"));
        store.materialization("r5", "table1", null, t(50), 1, null, Map.of("rows", Double.NaN));
        store.materialization("r6", "other", null, t(15), 1, null, Map.of("rows", 1));
        store.flush();
        assertEquals(
                List.of(
                        new SeriesPoint(t(10), "r1", "p1", 100.0),
                        new SeriesPoint(t(20), "r2", "p2", 200.0),
                        new SeriesPoint(t(30), "r3", null, 2.75)),
                store.metadataSeries(TABLE1, "rows"));
        assertEquals(List.of(new SeriesPoint(t(30), "r3", null, 9.0)), store.metadataSeries(TABLE1, "bytes"));
        assertEquals(List.of(), store.metadataSeries(TABLE1, "label"));
        assertEquals(List.of("bytes", "rows"), store.numericMetadataKeys(TABLE1));
        assertEquals(List.of("rows"), store.numericMetadataKeys(AssetKey.of("other")));
    }

    @Test
    void durationSeriesIsOldestFirstInMilliseconds() {
        store.materialization("r2", "table1", null, t(20), 2_000, null, Map.of());
        store.materialization("r1", "table1", "p", t(10), 1_250, null, Map.of());
        store.flush();
        assertEquals(
                List.of(new SeriesPoint(t(10), "r1", "p", 1_250.0), new SeriesPoint(t(20), "r2", null, 2_000.0)),
                store.durationSeries(TABLE1));
    }

    @Test
    void latestStepOutcomesIgnoreStartsAndTakeTheNewestTerminalEvent() {
        store.stepEvent("r1", "a", null, StepEventType.STARTED, t(1), null);
        store.stepEvent("r1", "a", null, StepEventType.SUCCEEDED, t(2), null);
        store.stepEvent("r2", "a", null, StepEventType.STARTED, t(3), null);
        store.stepEvent("r2", "a", null, StepEventType.FAILED, t(4), "boom");
        store.stepEvent("r3", "a", null, StepEventType.STARTED, t(5), null); // running now
        store.stepEvent("r1", "b", null, StepEventType.FAILED, t(1), null);
        store.stepEvent("r2", "b", null, StepEventType.NOT_MATERIALIZED, t(2), null);
        store.stepEvent("r3", "c", null, StepEventType.STARTED, t(5), null); // never finished
        store.stepEvent("r3", "one/two/prefixed", "p", StepEventType.SKIPPED, t(5), null);
        store.flush();
        Map<AssetKey, StepEventType> outcomes = store.latestStepOutcomes();
        assertEquals(
                Map.of(
                        AssetKey.of("a"),
                        StepEventType.FAILED,
                        AssetKey.of("b"),
                        StepEventType.NOT_MATERIALIZED,
                        NESTED,
                        StepEventType.SKIPPED),
                outcomes);
    }

    @Test
    void definitionsLatestSnapshotPerJar() {
        DefinitionSnapshot table1 = new DefinitionSnapshot(
                "table1",
                "raw",
                "The first table",
                "v1",
                new LinkedHashMap<>(Map.of("owner", "data")),
                List.of("source/a", "table0"),
                "com.acme.Assets#table1",
                "daily from 2024-01-01",
                false);
        DefinitionSnapshot source =
                new DefinitionSnapshot("source/a", null, null, null, Map.of(), List.of(), null, null, true);
        store.saveDefinitions("/jars/cereal.jar", t(0), List.of(table1));
        store.saveDefinitions("/jars/cereal.jar", t(10), List.of(source, table1));
        store.saveDefinitions("/jars/other.jar", t(20), List.of());
        store.flush();
        List<DefinitionSnapshot> latest = store.latestDefinitions("/jars/cereal.jar");
        assertEquals(List.of(source, table1), latest);
        assertEquals(AssetKey.of("source", "a"), latest.get(0).key());
        assertTrue(latest.get(0).source());
        assertEquals(List.of(), store.latestDefinitions("/jars/other.jar"));
        assertEquals(List.of(), store.latestDefinitions("/jars/unknown.jar"));
    }

    @Test
    void writeArgumentsAreCheckedOnTheCallersThread() {
        assertThrows(NullPointerException.class, () -> store.runStarted(null, t(0), null, List.of()));
        assertThrows(
                NullPointerException.class, () -> store.stepEvent("r", null, null, StepEventType.STARTED, t(0), null));
        assertThrows(NullPointerException.class, () -> store.materialization("r", "a", null, null, 0, null, null));
        store.flush(); // nothing was queued, nothing failed
    }

    @Test
    void writingAfterCloseIsRefusedAndCloseTwiceIsHarmless() {
        store.close();
        store.close();
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> store.logLine("r", null, null, "INFO", t(0), "late"));
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
    }

    private static List<String> ids(List<RunRecord> runs) {
        return runs.stream().map(RunRecord::runId).toList();
    }

    private static List<String> messages(List<LogLineRecord> lines) {
        return lines.stream().map(LogLineRecord::message).toList();
    }
}
