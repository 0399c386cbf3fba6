package dev.assetstudio.engine.reliability;

import static dev.assetstudio.engine.reliability.Fixtures.assertMentions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.history.HistoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A read-only home and a full disk, for real: as root (which ignores permissions) the home is a
 * small tmpfs mounted read-only or with 512 KiB; otherwise plain permissions make it read-only.
 */
class StorageFaultsTest {
    private static final String BLOB =
            """
            public final class Assets {
                public record Size(int bytes) implements Config {}
                @Asset public static byte[] blob(Size size) {
                    byte[] b = new byte[size.bytes()];
                    java.util.Arrays.fill(b, (byte) (size.bytes() % 127));
                    return b;
                }
            }
            """;

    private static Path base;
    private static boolean root;
    private static final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        base = Files.createTempDirectory("storage-faults");
        root = Fixtures.ignoresPermissions(base);
    }

    @AfterAll
    static void tearDown() throws IOException {
        for (Path m : mounts) {
            Fixtures.run("umount", "-l", m.toString());
        }
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true, false);
                Files.deleteIfExists(p);
            }
        }
    }

    /** Mounts a tmpfs of {@code size} at a new directory, or aborts the test saying why it cannot. */
    private static Path tmpfs(String name, String size) throws IOException {
        Path mountPoint = Files.createDirectories(base.resolve(name));
        int rc = Fixtures.run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString());
        Assumptions.assumeTrue(
                rc == 0,
                "cannot mount a tmpfs here (mount exit " + rc + "); this test needs root"
                        + " with CAP_SYS_ADMIN to make a real full disk");
        mounts.add(mountPoint);
        return mountPoint;
    }

    /** Makes {@code dir} read-only for this process: a read-only remount as root, permissions otherwise. */
    private static void makeReadOnly(Path dir) {
        if (root) {
            assertEquals(0, Fixtures.run("mount", "-o", "remount,ro", dir.toString()), "remount read-only");
        } else {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isDirectory).forEach(p -> p.toFile().setWritable(false, false));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static Path writableHome(String name) throws IOException {
        return root ? tmpfs(name, "4m") : Files.createDirectories(base.resolve(name));
    }

    private static Path jar(String name) {
        return Fixtures.jar(Path.of(base.toString()).resolve(name + "-jar"), "Assets", BLOB);
    }

    private static RunRequest size(int bytes) {
        return RunRequest.builder().config("blob", Map.of("bytes", bytes)).build();
    }

    @Test
    void readOnlyHomeRefusesToOpenNamingTheHistoryFile() throws IOException {
        Path home = writableHome("ro-home");
        makeReadOnly(home);
        ProjectOptions options = Fixtures.options(home, 1);
        HistoryException e = assertThrows(HistoryException.class, () -> Project.open(jar("ro-home"), options)
                .close());
        assertMentions(e.getMessage(), options.historyDatabase().toString());
    }

    @Test
    void readOnlyStorageFailsTheStepInHandleOutputAndKeepsTheOldValue() throws Exception {
        Path home = writableHome("ro-storage");
        ProjectOptions options = ProjectOptions.builder()
                .home(home)
                .historyDatabase(base.resolve("ro-storage-history.db"))
                .parallelism(1)
                .build();
        try (Project project = Project.open(jar("ro-storage"), options)) {
            assertTrue(project.materialize(AssetSelection.all(), size(100)).succeeded());
            makeReadOnly(home);
            RunResult r = project.materialize(AssetSelection.all(), size(200));
            assertEquals(StepStatus.FAILED, r.status(AssetKey.of("blob")));
            String message = r.failures().values().iterator().next();
            assertMentions(message, "asset blob", "handle output");
            assertTrue(
                    message.contains("Read-only file system") || message.contains("AccessDenied"),
                    () -> "expected the reason in: " + message);
            assertEquals(100, ((byte[]) project.loadAssetValue(AssetKey.of("blob"))).length);
            assertEquals(List.of("blob"), Fixtures.files(options.storage()));
        }
    }

    @Test
    void fullDiskFailsTheStepWithoutAPartialFileAndKeepsTheOldValue() throws Exception {
        Path home = tmpfs("full", "512k");
        ProjectOptions options = ProjectOptions.builder()
                .home(home)
                .historyDatabase(base.resolve("full-history.db"))
                .parallelism(1)
                .build();
        try (Project project = Project.open(jar("full"), options)) {
            RunResult small = project.materialize(AssetSelection.all(), size(10_000));
            assertTrue(small.succeeded(), small.failures()::toString);
            byte[] before = (byte[]) project.loadAssetValue(AssetKey.of("blob"));

            RunResult big = project.materialize(AssetSelection.all(), size(2_000_000));
            assertEquals(StepStatus.FAILED, big.status(AssetKey.of("blob")));
            String message = big.failures().values().iterator().next();
            assertMentions(message, "asset blob", "handle output", "No space left on device");
            project.historyStore().flush();
            assertEquals(
                    small.runId(),
                    project.history()
                            .latestMaterialization(AssetKey.of("blob"))
                            .orElseThrow()
                            .runId());

            assertEquals(List.of("blob"), Fixtures.files(options.storage()), "no partial or temp file left");
            assertArrayEquals(before, (byte[]) project.loadAssetValue(AssetKey.of("blob")));

            // the space of the failed write is given back: a later small write fits
            RunResult again = project.materialize(AssetSelection.all(), size(20_000));
            assertTrue(again.succeeded(), again.failures()::toString);
            assertEquals(20_000, ((byte[]) project.loadAssetValue(AssetKey.of("blob"))).length);
        }
    }
}
