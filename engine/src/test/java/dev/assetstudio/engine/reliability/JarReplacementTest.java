package dev.assetstudio.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.load.LoadedProject;
import dev.assetstudio.engine.load.ProjectLoader;
import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ProjectLoader's reload semantics: a loaded project keeps its bytes whatever happens to the jar. */
class JarReplacementTest {
    @TempDir
    Path dir;

    private Path build(Path jar, String version) {
        return TestJars.builder()
                .source(
                        "com.x.Assets",
                        Fixtures.HEADER
                                + """
                        public final class Assets {
                            @Asset public static String value() { return Lazy.version(); }
                        }
                        """)
                .source(
                        "com.x.Lazy",
                        Fixtures.HEADER
                                + """
                        public final class Lazy {
                            static final String PAD = "%s";
                            static String version() { return "%s"; }
                        }
                        """
                                        .formatted("p".repeat(version.length() * 1000), version))
                .build(jar);
    }

    private static Object compute(LoadedProject project) throws Exception {
        var def = project.definitions().asset(AssetKey.of("value"));
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(project.classLoader());
        try {
            return def.computation()
                    .orElseThrow()
                    .compute(AssetContext.builder().build(), Map.of(), null);
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Test
    void loadedProjectKeepsItsCodeWhenTheJarIsOverwrittenInPlaceOrDeleted() throws Exception {
        Path jar = build(dir.resolve("p.jar"), "one");
        Path other = build(dir.resolve("next").resolve("p.jar"), "two-two");
        ProjectLoader loader = new ProjectLoader();
        try (LoadedProject first = loader.load(jar)) {
            assertEquals(0, Fixtures.openDescriptors(jar), "the user's jar is not held open");
            Files.write(jar, Files.readAllBytes(other)); // in place: same inode, new bytes
            try (LoadedProject second = loader.load(jar)) {
                assertEquals("one", compute(first), "Lazy is loaded only now, from the first version");
                assertEquals("two-two", compute(second));
                assertNotEquals(first.loadedFrom(), second.loadedFrom());
            }
            Files.delete(jar);
            assertEquals("one", compute(first));
            assertEquals(jar.toAbsolutePath(), first.jar());
        }
    }

    @Test
    void closeReleasesTheFileAndDeletesThePrivateCopy() throws Exception {
        Path jar = build(dir.resolve("p.jar"), "one");
        LoadedProject project = new ProjectLoader().load(jar);
        Path copy = project.loadedFrom();
        assertEquals("one", compute(project));
        assertTrue(Files.exists(copy));
        assertTrue(Fixtures.openDescriptors(copy) > 0, "the class loader reads the copy");
        project.close();
        assertTrue(project.isClosed());
        assertFalse(Files.exists(copy), "the copy is deleted on close");
        assertEquals(0, Fixtures.openDescriptors(copy));
        assertEquals(0, Fixtures.openDescriptors(jar));
        // the jar can be replaced and loaded again at once
        build(jar, "three");
        try (LoadedProject again = new ProjectLoader().load(jar)) {
            assertEquals("three", compute(again));
        }
    }

    @Test
    void aFailedLoadLeavesNoCopyBehind() throws Exception {
        Path jar = Fixtures.jar(
                dir,
                "Broken",
                """
                public final class Broken {
                    @Asset public static int a(int b) { return b; }
                    @Asset public static int b(int a) { return a; }
                }
                """);
        long before = Fixtures.ownJarCopies(jar);
        org.junit.jupiter.api.Assertions.assertThrows(
                dev.assetstudio.engine.load.ProjectLoadException.class, () -> new ProjectLoader().load(jar));
        assertEquals(before, Fixtures.ownJarCopies(jar));
    }

    @Test
    void copiesLeftByAKilledProcessAreSweptByTheNextLoad() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "asset-studio-jars");
        Files.createDirectories(folder);
        Path leftover = Files.writeString(folder.resolve(gone.pid() + "-123-assets.jar"), "stale");
        Path jar = Fixtures.jar(
                dir,
                "Fine",
                """
                public final class Fine {
                    @Asset public static int a() { return 1; }
                }
                """);
        new ProjectLoader().load(jar).close();
        assertFalse(Files.exists(leftover), "a dead process's copy is swept");
    }
}
