package dev.assetstudio.engine.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.automation.DaemonLease.LeaseStatus;
import dev.assetstudio.engine.history.AutomationRecords.Lease;
import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.run.RunHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One daemon per history database: the lease, its heartbeat, and taking over from a dead holder. */
class DaemonLeaseTest {
    @TempDir
    Path dir;

    @Test
    void twoDaemonsOnOneDatabaseOnlyOneEvaluates() throws Exception {
        Path jar = AutomationProjects.jar(dir);
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
        try (Project project = Project.open(
                        jar, ProjectOptions.builder().home(dir.resolve("home")).build());
                AutomationStore store1 = AutomationStore.open(project.options().historyDatabase());
                AutomationStore store2 = AutomationStore.open(project.options().historyDatabase())) {
            store1.setEnabled("morning", true, clock.instant());
            AutomationDaemon first =
                    new AutomationDaemon(() -> project, store1, clock, Duration.ofSeconds(5), Duration.ofSeconds(30));
            AutomationDaemon second =
                    new AutomationDaemon(() -> project, store2, clock, Duration.ofSeconds(5), Duration.ofSeconds(30));
            List<LeaseStatus> seenBySecond = new ArrayList<>();
            second.addListener(new AutomationDaemon.Listener() {
                @Override
                public void leaseChanged(LeaseStatus status) {
                    seenBySecond.add(status);
                }
            });
            clock.set(Instant.parse("2024-01-01T05:00:10Z"));
            Optional<TickReport> one = first.runOnce();
            Optional<TickReport> two = second.runOnce();
            assertTrue(one.isPresent(), "the first daemon takes the lease and evaluates");
            assertTrue(two.isEmpty(), "the second does not evaluate");
            one.get().launched().forEach(RunHandle::await);
            assertEquals(1, one.get().requested().size());
            LeaseStatus waiting = second.leaseStatus().orElseThrow();
            assertFalse(waiting.mine());
            assertEquals(ProcessHandle.current().pid(), waiting.lease().pid());
            assertTrue(
                    waiting.describe()
                            .startsWith("the automation daemon runs in process "
                                    + ProcessHandle.current().pid() + " on "),
                    waiting.describe());
            assertEquals(List.of(waiting), seenBySecond, "the second is told who holds the lease");

            first.close();
            clock.set(Instant.parse("2024-01-02T05:00:10Z"));
            Optional<TickReport> after = second.runOnce();
            assertTrue(after.isPresent(), "a stopped daemon gives the lease back at once");
            after.get().launched().forEach(RunHandle::await);
            assertTrue(second.leaseStatus().orElseThrow().mine());
            second.close();
            project.historyStore().flush();
            assertEquals(
                    2, project.history().runsForAsset(AssetKey.of("raw"), 10).size(), "one run per tick");
        }
    }

    @Test
    void aSilentHolderLosesTheLeaseAfterTheTimeout() {
        try (AutomationStore store = AutomationStore.open(dir.resolve("h.db"))) {
            Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
            Duration timeout = Duration.ofSeconds(30);
            Lease a = store.acquireLease("a", 11, "host-a", t0, timeout, pid -> true);
            assertEquals("a", a.holder());
            assertEquals(
                    "a",
                    store.acquireLease("b", 22, "host-b", t0.plusSeconds(29), timeout, pid -> true)
                            .holder());
            assertEquals(
                    "a",
                    store.acquireLease("a", 11, "host-a", t0.plusSeconds(29), timeout, pid -> true)
                            .holder(),
                    "renewed");
            assertEquals(
                    "a",
                    store.acquireLease("b", 22, "host-b", t0.plusSeconds(58), timeout, pid -> true)
                            .holder());
            Lease b = store.acquireLease("b", 22, "host-b", t0.plusSeconds(60), timeout, pid -> true);
            assertEquals("b", b.holder(), "30 s without a heartbeat: taken over");
            assertEquals(t0.plusSeconds(60), b.since());
        }
    }

    @Test
    void aHolderKilledWithKillMinusNineIsTakenOver() throws Exception {
        Path db = dir.resolve("history.db");
        AutomationStore.open(db).close();
        Process child = startHolder(db);
        try (AutomationStore store = AutomationStore.open(db)) {
            awaitLine(child, dir.resolve("holder.out"), "HELD");
            DaemonLease lease = new DaemonLease(store, java.time.Clock.systemUTC(), Duration.ofMinutes(10));
            LeaseStatus held = lease.heartbeat();
            assertFalse(held.mine());
            assertEquals(child.pid(), held.lease().pid());
            assertTrue(
                    held.describe().contains("process " + child.pid() + " on " + DaemonLease.hostName()),
                    held.describe());

            child.destroyForcibly(); // SIGKILL: no shutdown hook releases the lease
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(child.pid(), store.lease().orElseThrow().pid(), "the dead holder's row is still there");
            LeaseStatus taken = lease.heartbeat();
            assertTrue(taken.mine(), "its process is gone from this host: taken over without waiting the timeout");
            assertEquals(
                    ProcessHandle.current().pid(), store.lease().orElseThrow().pid());
        } finally {
            child.destroyForcibly();
        }
    }

    private Process startHolder(Path db) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                LeaseHolderMain.class.getName(),
                db.toString());
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve("holder.out").toFile())
                .redirectError(dir.resolve("holder.err").toFile())
                .start();
    }

    private void awaitLine(Process child, Path out, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(out) && Files.readString(out).contains(line)) {
                return;
            }
            assertTrue(child.isAlive(), () -> "the holder died: " + read(dir.resolve("holder.err")));
            Thread.sleep(20);
        }
        throw new AssertionError("the holder never printed " + line + ": " + read(dir.resolve("holder.err")));
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
