package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.NotSerializableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemIOManagerTest {
    @TempDir
    Path base;

    private static OutputContext out(String key, String partition) {
        return OutputContext.builder()
                .assetKey(AssetKey.parse(key))
                .partitionKey(partition)
                .build();
    }

    @Test
    void roundTripsAValueAtTheKeyPath() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        OutputContext out = out("a/b/c", null);
        io.handleOutput(out, new ArrayList<>(List.of(1, 2, 3)));
        assertTrue(Files.isRegularFile(base.resolve("a/b/c")));
        assertEquals(base.resolve("a/b/c").toString(), out.outputMetadata().get("path"));
        Object loaded = io.loadInput(InputContext.builder().upstreamOutput(out).build());
        assertEquals(List.of(1, 2, 3), loaded);
    }

    @Test
    void laterMaterializationOverwritesAndLeavesNoTempFiles() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("x", null), "first");
        io.handleOutput(out("x", null), "second");
        assertEquals(
                "second",
                io.loadInput(InputContext.builder().assetKey(AssetKey.of("x")).build()));
        try (Stream<Path> files = Files.list(base)) {
            assertEquals(List.of(base.resolve("x")), files.toList());
        }
    }

    @Test
    void aFolderRemovedAfterTheFirstWriteIsCreatedAgain() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("daily", "2022-01-01"), 1);
        Files.delete(base.resolve("daily/2022-01-01"));
        Files.delete(base.resolve("daily"));

        io.handleOutput(out("daily", "2022-01-02"), 2);

        assertEquals(
                2,
                io.loadInput(InputContext.builder()
                        .upstreamOutput(out("daily", "2022-01-02"))
                        .partitionKey("2022-01-02")
                        .build()));
        try (Stream<Path> files = Files.list(base.resolve("daily"))) {
            assertEquals(List.of(base.resolve("daily/2022-01-02")), files.toList(), "no temp file left");
        }
    }

    @Test
    void failedWriteKeepsThePreviousValueAndCleansUp() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("x", null), new ArrayList<>(List.of("good")));
        List<Object> bad = new ArrayList<>(List.of(new Object()));
        NotSerializableException e =
                assertThrows(NotSerializableException.class, () -> io.handleOutput(out("x", null), bad));
        assertTrue(e.getMessage().contains("asset x"), e.getMessage());
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
        assertEquals(
                List.of("good"),
                io.loadInput(InputContext.builder().assetKey(AssetKey.of("x")).build()));
        try (Stream<Path> files = Files.list(base)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void staleTempFilesOfAKilledProcessAreDeletedByTheNextProcessFreshOnesAreKept() throws Exception {
        new FilesystemIOManager(base).handleOutput(out("blob", null), "first");
        // what a killed writer leaves behind; the next process's manager cleans the folder on its first write
        FilesystemIOManager io = new FilesystemIOManager(base);
        Path stale = Files.writeString(base.resolve(".blob.123456789.tmp"), "half a val");
        Files.setLastModifiedTime(
                stale,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now()
                        .minus(PathIOManager.STALE_TEMP_AGE)
                        .minusSeconds(60)));
        Path inProgress = Files.writeString(base.resolve(".blob.987654321.tmp"), "being written");
        Path otherAsset = Files.writeString(base.resolve(".other.5.tmp"), "x");
        Path lookalike = Files.writeString(base.resolve(".blob.notdigits.tmp"), "x");
        Files.setLastModifiedTime(lookalike, Files.getLastModifiedTime(stale));

        io.handleOutput(out("blob", null), "second");

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(inProgress), "a recent temp file may be another process's write");
        assertTrue(Files.exists(otherAsset));
        assertTrue(Files.exists(lookalike));
        assertEquals(
                "second",
                io.loadInput(
                        InputContext.builder().upstreamOutput(out("blob", null)).build()));
    }

    @Test
    void nonSerializableValueNamesAssetAndClass() {
        FilesystemIOManager io = new FilesystemIOManager(base);
        NotSerializableException e =
                assertThrows(NotSerializableException.class, () -> io.handleOutput(out("a/b", null), new Thread()));
        assertTrue(e.getMessage().contains("asset a/b"), e.getMessage());
        assertTrue(e.getMessage().contains("java.lang.Thread"), e.getMessage());
        assertFalse(Files.exists(base.resolve("a/b")));
    }

    @Test
    void partitionsAreFilesUnderTheKeyDirectory() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("daily", "2022-01-01"), 1);
        io.handleOutput(out("daily", "2022-01-02"), 2);
        assertTrue(Files.isRegularFile(base.resolve("daily/2022-01-01")));
        assertTrue(Files.isRegularFile(base.resolve("daily/2022-01-02")));

        InputContext one = InputContext.builder()
                .upstreamOutput(out("daily", "2022-01-02"))
                .partitionKey("2022-01-02")
                .build();
        assertEquals(2, io.loadInput(one));
    }

    @Test
    void severalPartitionsLoadAsMapSortedByKey() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("daily", "2022-01-02"), 2);
        io.handleOutput(out("daily", "2022-01-01"), 1);
        InputContext all = InputContext.builder()
                .assetKey(AssetKey.of("daily"))
                .assetPartitionKeys(List.of("2022-01-02", "2022-01-01"))
                .build();
        Object loaded = io.loadInput(all);
        assertEquals(Map.of("2022-01-01", 1, "2022-01-02", 2), loaded);
        assertEquals(List.of("2022-01-01", "2022-01-02"), List.copyOf(((Map<?, ?>) loaded).keySet()));
    }

    @Test
    void unpartitionedDownstreamOfOnePartitionGetsAMap() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("daily", "2022-01-01"), 1);
        InputContext in = InputContext.builder()
                .assetKey(AssetKey.of("daily"))
                .assetPartitionKeys(List.of("2022-01-01"))
                .build();
        assertEquals(Map.of("2022-01-01", 1), io.loadInput(in));
    }

    @Test
    void missingPartitionIsAnErrorNamingAssetAndPartition() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("daily", "2022-01-01"), 1);
        InputContext in = InputContext.builder()
                .assetKey(AssetKey.of("daily"))
                .assetPartitionKeys(List.of("2022-01-01", "2022-01-02"))
                .build();
        FileNotFoundException e = assertThrows(FileNotFoundException.class, () -> io.loadInput(in));
        assertTrue(e.getMessage().contains("asset daily"), e.getMessage());
        assertTrue(e.getMessage().contains("partition 2022-01-02"), e.getMessage());
    }

    @Test
    void allowMissingPartitionsLeavesThemOut() throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        io.handleOutput(out("daily", "2022-01-01"), 1);
        InputContext in = InputContext.builder()
                .assetKey(AssetKey.of("daily"))
                .assetPartitionKeys(List.of("2022-01-01", "2022-01-02"))
                .definitionMetadata(Map.of("allow_missing_partitions", "true"))
                .build();
        assertEquals(Map.of("2022-01-01", 1), io.loadInput(in));
    }

    @Test
    void missingUnpartitionedValueNamesAssetAndPath() {
        FilesystemIOManager io = new FilesystemIOManager(base);
        FileNotFoundException e = assertThrows(
                FileNotFoundException.class,
                () -> io.loadInput(
                        InputContext.builder().assetKey(AssetKey.parse("a/b")).build()));
        assertTrue(e.getMessage().contains("asset a/b"), e.getMessage());
        assertTrue(e.getMessage().contains(base.resolve("a/b").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("materialize it first"), e.getMessage());
    }

    @Test
    void refusesKeysAndPartitionsThatLeaveTheBaseDirectory() {
        FilesystemIOManager io = new FilesystemIOManager(base.resolve("store"));
        for (String segment : List.of("..", ".", "a\\b")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> io.handleOutput(out("x/" + segment + "/y", null), 1));
            assertTrue(e.getMessage().contains("x/" + segment + "/y"), e.getMessage());
        }
        IllegalArgumentException p =
                assertThrows(IllegalArgumentException.class, () -> io.handleOutput(out("daily", ".."), 1));
        assertTrue(p.getMessage().contains("daily") && p.getMessage().contains(".."), p.getMessage());
        assertThrows(IllegalArgumentException.class, () -> io.handleOutput(out("daily", "a/b"), 1));
        assertThrows(IllegalArgumentException.class, () -> io.handleOutput(out("daily", ""), 1));
        assertFalse(Files.exists(base.resolve("store")));
        assertFalse(Files.exists(base.resolve("y")));
    }

    @Test
    void extensionIsAppendedToFileNames() throws Exception {
        PathIOManager text = new PathIOManager(base) {
            @Override
            protected String extension() {
                return ".txt";
            }

            @Override
            protected void dumpToPath(OutputContext context, Object value, Path path) throws Exception {
                Files.writeString(path, String.valueOf(value));
            }

            @Override
            protected Object loadFromPath(InputContext context, Path path) throws Exception {
                return Files.readString(path);
            }
        };
        text.handleOutput(out("a/b", null), "plain");
        text.handleOutput(out("p", "eu"), "part");
        assertEquals("plain", Files.readString(base.resolve("a/b.txt")));
        assertEquals("part", Files.readString(base.resolve("p/eu.txt")));
        assertEquals(base.resolve("p/eu.txt"), text.pathFor(AssetKey.of("p"), "eu"));
    }

    @Test
    void defaultBaseDirIsUnderHome() {
        Path expected = System.getenv("ASSET_STUDIO_HOME") != null
                        && !System.getenv("ASSET_STUDIO_HOME").isBlank()
                ? Path.of(System.getenv("ASSET_STUDIO_HOME"), "storage")
                : Path.of(System.getProperty("user.home"), ".asset-studio", "storage");
        assertEquals(expected.toAbsolutePath().normalize(), new FilesystemIOManager().baseDir());
    }
}
