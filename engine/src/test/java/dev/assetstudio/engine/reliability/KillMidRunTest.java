package dev.assetstudio.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.history.SqliteHistoryStore;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.StepEventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a run of 1,000 assets: history stays a sound database, the run reads
 * {@code INTERRUPTED} with its in-flight steps, and every stored value is whole.
 */
class KillMidRunTest {
    static final int ASSETS = 1_000;
    static final int CHAIN = 10;
    static final int GENERATION = 100_000;

    @TempDir
    Path dir;

    /**
     * Asset {@code a_i} is worth {@code gen * 100000 + i}: chain heads compute it, the others add one to
     * their upstream, so a value that loads but is wrong would show.
     */
    static String assetsSource(int assets) {
        StringBuilder sb = new StringBuilder("public final class Many {\n");
        sb.append("  static void pause() throws InterruptedException {"
                + " long ms = Long.getLong(\"sleepMs\", 0); if (ms > 0) Thread.sleep(ms); }\n");
        sb.append("  static int gen() { return Integer.getInteger(\"gen\", 1); }\n");
        for (int i = 0; i < assets; i++) {
            if (i % CHAIN == 0) {
                sb.append(
                        "  @Asset public static Integer a_%d() throws Exception { pause(); return gen() * %d + %d; }\n"
                                .formatted(i, GENERATION, i));
            } else {
                sb.append(("  @Asset public static Integer a_%d(Integer a_%d) throws Exception {"
                                + " pause(); return a_%d + 1; }\n")
                        .formatted(i, i - 1, i - 1));
            }
        }
        return sb.append("}\n").toString();
    }

    @Test
    void killMinusNineMidRunLeavesSoundHistoryAndWholeValues() throws Exception {
        Path jar = Fixtures.jar(dir, "Many", assetsSource(ASSETS));
        Path home = dir.resolve("home");
        Path db = home.resolve("history.db");

        // Generation 1: a complete run, so that every asset has a last good value.
        Process first = Fixtures.startJvm(
                dir,
                "gen1",
                RunProjectMain.class,
                List.of("-Dgen=1"),
                jar.toString(),
                home.toString(),
                db.toString(),
                "4");
        assertTrue(first.waitFor(60, TimeUnit.SECONDS), "generation 1 did not finish");
        assertEquals(0, first.exitValue(), () -> Fixtures.read(dir.resolve("gen1.err")));
        assertTrue(Fixtures.read(dir.resolve("gen1.out")).contains("DONE SUCCEEDED"));

        // Generation 2: a few ms per asset, killed once at least 200 materializations are committed.
        Process child = Fixtures.startJvm(
                dir,
                "gen2",
                RunProjectMain.class,
                List.of("-Dgen=2", "-DsleepMs=8"),
                jar.toString(),
                home.toString(),
                db.toString(),
                "4");
        String runId = awaitRunId(child, dir.resolve("gen2.out"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (materializations(db, runId) < 200) {
            assertTrue(
                    child.isAlive(),
                    () -> "the child ended before being killed:\n" + Fixtures.read(dir.resolve("gen2.err")));
            assertTrue(System.nanoTime() < deadline, "no 200 materializations within 60 s");
            Thread.sleep(5);
        }
        // Another process opening the database meanwhile (the studio while the CLI runs) must not
        // take the live run for an interrupted one.
        try (SqliteHistoryStore observer = SqliteHistoryStore.open(db)) {
            assertEquals(List.of(), observer.interruptedOnOpen());
            assertEquals(RunStatus.STARTED, observer.run(runId).orElseThrow().status());
        }
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "the child must die of SIGKILL, not end on its own");
        assertFalse(Fixtures.read(dir.resolve("gen2.out")).contains("DONE"), "the run finished before the kill");

        // Opening the database afterwards recovers the run.
        Set<String> interruptedSteps = new HashSet<>();
        Set<String> startedNotEnded = new HashSet<>();
        try (SqliteHistoryStore store = SqliteHistoryStore.open(db)) {
            assertEquals(List.of(runId), store.interruptedOnOpen());
            assertEquals(RunStatus.INTERRUPTED, store.run(runId).orElseThrow().status());
            Map<String, Set<StepEventType>> typesByStep = new HashMap<>();
            for (StepEventRecord e : store.stepEvents(runId)) {
                typesByStep
                        .computeIfAbsent(e.assetKey().toString(), k -> new HashSet<>())
                        .add(e.type());
                if (e.type().equals(StepEventType.INTERRUPTED)) {
                    assertTrue(interruptedSteps.add(e.assetKey().toString()), "interrupted twice: " + e);
                }
            }
            typesByStep.forEach((step, types) -> {
                if (types.contains(StepEventType.STARTED)
                        && !types.contains(StepEventType.SUCCEEDED)
                        && !types.contains(StepEventType.FAILED)) {
                    startedNotEnded.add(step);
                }
            });
        }
        assertEquals(startedNotEnded, interruptedSteps, "exactly the steps in flight are interrupted");
        assertFalse(interruptedSteps.isEmpty(), "some step was in flight at the kill");
        assertTrue(interruptedSteps.size() <= 4 + 4, "at most the parallelism (plus a margin) in flight");
        assertEquals("ok", Fixtures.integrityCheck(db));

        // Storage: every file is a whole value, or a temp file whose name says it is none.
        Path storage = home.resolve("storage");
        Pattern value = Pattern.compile("a_(\\d+)");
        Pattern temp = Pattern.compile("\\.a_\\d+\\..+\\.tmp");
        for (String file : Fixtures.files(storage)) {
            assertTrue(
                    value.matcher(file).matches() || temp.matcher(file).matches(),
                    "unexpected file in storage: " + file);
        }
        Set<String> materializedInRun = materializedKeys(db, runId);
        assertTrue(materializedInRun.size() >= 200);
        try (Project project = Project.open(jar, Fixtures.options(home, 1))) {
            for (int i = 0; i < ASSETS; i++) {
                Object v = project.loadAssetValue(AssetKey.of("a_" + i));
                int gen = materializedInRun.contains("a_" + i) ? 2 : -1;
                if (gen == 2) {
                    assertEquals(2 * GENERATION + i, v, "a_" + i + " materialized in the killed run");
                } else {
                    // never run again, in flight, or stored just before the kill: a whole value of either generation
                    assertTrue(v.equals(GENERATION + i) || v.equals(2 * GENERATION + i), "a_" + i + " = " + v);
                }
            }
            assertEquals(
                    RunStatus.INTERRUPTED,
                    project.history().run(runId).orElseThrow().status());

            // Temp files of the killed writes, once stale, go with the next write of their asset.
            List<Path> temps = Fixtures.files(storage).stream()
                    .filter(f -> temp.matcher(f).matches())
                    .map(storage::resolve)
                    .toList();
            for (Path t : temps) {
                Files.setLastModifiedTime(t, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
            }
            String owners = temps.stream()
                    .map(t -> t.getFileName().toString().split("\\.")[1])
                    .distinct()
                    .collect(Collectors.joining(","));
            if (!owners.isEmpty()) {
                assertTrue(project.materialize(AssetSelection.parse(owners)).succeeded());
            }
            assertTrue(
                    Fixtures.files(storage).stream().noneMatch(f -> f.endsWith(".tmp")),
                    Fixtures.files(storage)::toString);
            System.out.println("kill test: " + interruptedSteps.size() + " interrupted, " + materializedInRun.size()
                    + " materialized in the killed run, temp files left: " + temps.size());
        }
        assertTrue(Files.exists(db));
    }

    private static String awaitRunId(Process child, Path out) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (String line : Fixtures.read(out).lines().toList()) {
                if (line.startsWith("RUN ")) {
                    return line.substring(4).strip();
                }
            }
            assertTrue(child.isAlive(), "the child ended before starting its run");
            Thread.sleep(5);
        }
        throw new AssertionError("the child never started its run");
    }

    private static long materializations(Path db, String runId) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        return Fixtures.count(db, "SELECT count(*) FROM materializations WHERE run_id = '" + runId + "'");
    }

    private static Set<String> materializedKeys(Path db, String runId) throws Exception {
        Set<String> keys = new HashSet<>();
        try (Connection c = Fixtures.connect(db);
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT asset_key FROM materializations WHERE run_id = '" + runId + "'")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }
}
