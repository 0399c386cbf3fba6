package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InvalidClassException;
import java.io.Serializable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectClassFilterTest {
    /** A value class of "the project": defined by whichever loader loaded the test classes. */
    public record Point(int x, int y) implements Serializable {}

    @TempDir
    Path base;

    private Object storeAndLoadWith(ClassLoader contextLoader, Object value) throws Exception {
        FilesystemIOManager io = new FilesystemIOManager(base);
        OutputContext out =
                OutputContext.builder().assetKey(AssetKey.parse("p/q")).build();
        io.handleOutput(out, value);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(contextLoader);
        try {
            return io.loadInput(InputContext.builder().upstreamOutput(out).build());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void allowsClassesOfTheContextClassLoader() throws Exception {
        Object loaded = storeAndLoadWith(Point.class.getClassLoader(), new ArrayList<>(List.of(new Point(1, 2))));
        assertEquals(List.of(new Point(1, 2)), loaded);
    }

    @Test
    void allowsJdkAndApiTypesWithoutProjectLoader() throws Exception {
        Map<AssetKey, int[]> value = new HashMap<>(Map.of(AssetKey.parse("a/b"), new int[] {1, 2}));
        Object loaded = storeAndLoadWith(ClassLoader.getPlatformClassLoader(), value);
        assertEquals(List.of(AssetKey.parse("a/b")), List.copyOf(((Map<?, ?>) loaded).keySet()));
    }

    @Test
    void refusesClassesFromOutsideTheContextClassLoader() throws Exception {
        // A project loader that does not define Point: the stored Point is foreign to it.
        try (URLClassLoader other = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            InvalidClassException e = assertThrows(
                    InvalidClassException.class,
                    () -> storeAndLoadWith(other, new ArrayList<>(List.of(new Point(1, 2)))));
            assertTrue(e.getMessage().contains(Point.class.getName()), e.getMessage());
            assertTrue(e.getMessage().contains("asset p/q"), e.getMessage());
        }
    }

    @Test
    void allowsTheProjectsOwnCopyOfAClass() throws Exception {
        URL[] testClasses = {Point.class.getProtectionDomain().getCodeSource().getLocation()};
        try (URLClassLoader project = new URLClassLoader(testClasses, ClassLoader.getPlatformClassLoader())) {
            Object loaded = storeAndLoadWith(project, new ArrayList<>(List.of(new Point(3, 4))));
            Object point = ((List<?>) loaded).get(0);
            assertSame(project, point.getClass().getClassLoader());
            assertEquals("Point[x=3, y=4]", point.toString());
        }
    }

    @Test
    void filterDecidesByDefiningLoader() throws Exception {
        URL[] testClasses = {Point.class.getProtectionDomain().getCodeSource().getLocation()};
        try (URLClassLoader foreign = new URLClassLoader(testClasses, ClassLoader.getPlatformClassLoader())) {
            Class<?> foreignPoint = foreign.loadClass(Point.class.getName());
            ProjectClassFilter appFilter = new ProjectClassFilter(Point.class.getClassLoader());
            assertTrue(appFilter.isAllowed(Point.class));
            assertTrue(appFilter.isAllowed(Point[][].class));
            assertFalse(appFilter.isAllowed(foreignPoint));
            ProjectClassFilter foreignFilter = new ProjectClassFilter(foreign);
            assertTrue(foreignFilter.isAllowed(foreignPoint));
            assertFalse(foreignFilter.isAllowed(Point.class));
            assertTrue(foreignFilter.isAllowed(String.class));
            assertTrue(foreignFilter.isAllowed(int[].class));
            assertTrue(foreignFilter.isAllowed(java.sql.Timestamp.class)); // platform loader
            assertTrue(foreignFilter.isAllowed(AssetKey.class));
            assertFalse(foreignFilter.isAllowed(ProjectClassFilterTest.class));
        }
    }

    @Test
    void refusesTooDeepGraphs() throws Exception {
        List<Object> deep = new ArrayList<>();
        List<Object> current = deep;
        for (int i = 0; i < 200; i++) {
            List<Object> next = new ArrayList<>();
            current.add(next);
            current = next;
        }
        InvalidClassException e = assertThrows(
                InvalidClassException.class, () -> storeAndLoadWith(ClassLoader.getPlatformClassLoader(), deep));
        assertTrue(e.getMessage().contains("deeper than 100"), e.getMessage());
        assertTrue(e.getMessage().contains("asset p/q"), e.getMessage());
    }
}
