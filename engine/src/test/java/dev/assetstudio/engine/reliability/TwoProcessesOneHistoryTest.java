package dev.assetstudio.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs materializing thousands of assets into one history database at the same time. */
class TwoProcessesOneHistoryTest {
    static final int ASSETS = 2_000;

    @TempDir
    Path dir;

    @Test
    void twoProcessesWriteOneDatabaseWithoutLockFailuresOrLostEvents() throws Exception {
        StringBuilder body = new StringBuilder("public final class Noop {\n");
        for (int i = 0; i < ASSETS; i++) {
            body.append("  @Asset public static void n_").append(i).append("() {}\n");
        }
        Path jar = Fixtures.jar(dir, "Noop", body.append("}\n").toString());
        Path db = dir.resolve("shared").resolve("history.db");
        Path go = dir.resolve("go");
        List<Process> children = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            children.add(Fixtures.startJvm(
                    dir,
                    name,
                    RunProjectMain.class,
                    List.of(),
                    jar.toString(),
                    dir.resolve(name).toString(),
                    db.toString(),
                    "2",
                    go.toString()));
        }
        // Both open (both migrate and recover the same file) before either writes events.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Fixtures.read(dir.resolve("first.out")).contains("READY")
                && Fixtures.read(dir.resolve("second.out")).contains("READY"))) {
            for (Process p : children) {
                assertTrue(
                        p.isAlive(),
                        () -> Fixtures.read(dir.resolve("first.err")) + Fixtures.read(dir.resolve("second.err")));
            }
            assertTrue(System.nanoTime() < deadline, "children did not get ready");
            Thread.sleep(5);
        }
        Files.writeString(go, "go");
        for (Process p : children) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a child hung");
        }
        for (String name : List.of("first", "second")) {
            String err = Fixtures.read(dir.resolve(name + ".err"));
            assertEquals(0, children.get(name.equals("first") ? 0 : 1).exitValue(), err);
            assertFalse(err.toLowerCase().contains("locked"), err);
            assertFalse(err.contains("could not write"), err);
            assertTrue(Fixtures.read(dir.resolve(name + ".out")).contains("DONE SUCCEEDED {}"), name);
        }

        assertEquals(2, Fixtures.count(db, "SELECT count(*) FROM runs WHERE status = 'SUCCEEDED'"));
        assertEquals(2 * ASSETS, Fixtures.count(db, "SELECT count(*) FROM materializations"));
        assertEquals(2 * ASSETS, Fixtures.count(db, "SELECT count(*) FROM step_events WHERE type = 'STEP_STARTED'"));
        assertEquals(2 * ASSETS, Fixtures.count(db, "SELECT count(*) FROM step_events WHERE type = 'STEP_SUCCEEDED'"));
        assertEquals(2, Fixtures.count(db, "SELECT count(DISTINCT run_id) FROM materializations"));
        assertEquals(
                ASSETS,
                Fixtures.count(
                        db,
                        "SELECT count(*) FROM (SELECT asset_key FROM materializations"
                                + " GROUP BY asset_key HAVING count(*) = 2)"));
        assertEquals("ok", Fixtures.integrityCheck(db));
    }
}
