package dev.assetstudio.engine.io;

import static dev.assetstudio.engine.run.TestProject.asset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.FilesystemIOManager;
import dev.assetstudio.api.InMemoryIOManager;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.definitions.AssetInput;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.definitions.UserCodeException;
import dev.assetstudio.engine.run.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoManagersTest {
    @TempDir
    Path home;

    @Test
    void theDefaultIoManagerStoresUnderHomeStorage() {
        TestProject project = TestProject.create().add(asset("table", (c, i, k) -> new ArrayList<>(List.of(1, 2))));
        Path storage = home.resolve("storage");
        IoManagers io = IoManagers.of(project.definitions(), storage);
        assertEquals(
                storage,
                assertInstanceOf(FilesystemIOManager.class, io.get("io_manager"))
                        .baseDir());

        RunResult result = project.run(storage, new TestProject.Recorder(), "table");

        assertTrue(result.succeeded(), result.failures().toString());
        assertTrue(Files.isRegularFile(home.resolve("storage").resolve("table")));
        assertEquals(List.of(1, 2), new AssetValueLoader(project.definitions(), io).load(AssetKey.of("table")));
    }

    @Test
    void aResourceThatIsNoIoManagerIsAClearError() {
        InMemoryIOManager memory = new InMemoryIOManager();
        IoManagers io = new IoManagers(Map.of("io_manager", memory, "api", "not a manager"), home);
        assertSame(memory, io.get("io_manager"));
        assertEquals(List.of(memory), io.inMemoryManagers());
        assertEquals(
                "resource 'api' is a java.lang.String, not an IOManager",
                assertThrows(IllegalStateException.class, () -> io.get("api")).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> io.get("nope"))
                .getMessage()
                .startsWith("no I/O manager 'nope'"));
    }

    @Test
    void anInputManagerOverridesTheUpstreamsManager() {
        InMemoryIOManager special = new InMemoryIOManager();
        IoManagers io = new IoManagers(Map.of("special", special), home);
        var upstream = asset("up", (c, i, k) -> 1).build();
        AssetInput plain = new AssetInput("up", AssetKey.of("up"), null, Map.of(), Object.class);
        AssetInput overridden = new AssetInput("up", AssetKey.of("up"), "special", Map.of(), Object.class);
        assertInstanceOf(FilesystemIOManager.class, io.forInput(plain, upstream));
        assertSame(special, io.forInput(overridden, upstream));
    }

    @Test
    void anUnpartitionedDownstreamGetsAMapOfTheMaterializedPartitions() {
        List<Object> received = new CopyOnWriteArrayList<>();
        TestProject project = TestProject.create()
                .add(asset("daily", (c, i, k) -> "v" + c.partitionKey())
                        .partitions(PartitionsDefinition.daily(LocalDate.of(2022, 7, 1))))
                .add(asset(
                        "summary",
                        (c, i, k) -> {
                            received.add(i.get(AssetKey.of("daily")));
                            return 1;
                        },
                        "daily"));

        RunResult result = project.run(
                home,
                RunRequest.builder().partitionRange("2022-07-01", "2022-07-03").build(),
                2,
                List.of(),
                "daily",
                "summary");

        assertTrue(result.succeeded(), result.failures().toString());
        assertEquals(
                List.of(Map.of("2022-07-01", "v2022-07-01", "2022-07-02", "v2022-07-02", "2022-07-03", "v2022-07-03")),
                received);
        ProjectDefinitions defs = project.definitions();
        AssetValueLoader loader = new AssetValueLoader(defs, IoManagers.of(defs, home));
        assertEquals("v2022-07-02", loader.load(AssetKey.of("daily"), "2022-07-02"));
        assertEquals(3, ((Map<?, ?>) loader.load(AssetKey.of("daily"))).size());
    }

    @Test
    void loadingAnAssetNeverStoredNamesItAndThePhase() {
        TestProject project = TestProject.create().add(asset("never", (c, i, k) -> 1));
        ProjectDefinitions defs = project.definitions();
        UserCodeException e =
                assertThrows(UserCodeException.class, () -> new AssetValueLoader(defs, IoManagers.of(defs, home))
                        .load(AssetKey.of("never")));
        assertEquals(UserCodeException.Phase.LOAD_INPUT, e.phase());
        assertTrue(e.getMessage().startsWith("asset never failed in load input: "), e.getMessage());
    }
}
