package dev.assetstudio.engine.load;

import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.graph.AssetGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A loaded jar: its validated definitions and the class loader their code lives in. The classes are
 * read from a private copy of the jar ({@link #loadedFrom()}), so the jar itself is never held open
 * and may be rebuilt at any time. Closing closes that loader and deletes the copy; the definitions'
 * computations must not be called after that.
 *
 * <pre>{@code
 * try (LoadedProject project = new ProjectLoader().load(Path.of("cereal.jar"))) {
 *     project.definitions().assets().keySet();
 * }
 * }</pre>
 */
public final class LoadedProject implements AutoCloseable {
    private final ProjectDefinitions definitions;
    private final AssetGraph graph;
    private final AutomationDefinitions automation;
    private final URLClassLoader classLoader;
    private final Path loadedFrom;
    private volatile boolean closed;

    LoadedProject(
            ProjectDefinitions definitions,
            AssetGraph graph,
            AutomationDefinitions automation,
            URLClassLoader classLoader,
            Path loadedFrom) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.automation = Objects.requireNonNull(automation, "automation");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.loadedFrom = Objects.requireNonNull(loadedFrom, "loadedFrom");
    }

    public ProjectDefinitions definitions() {
        return definitions;
    }

    /** The graph of the definitions, built once while loading (by the cycle check). */
    public AssetGraph graph() {
        return graph;
    }

    /** The validated schedules, sensors and automation conditions. */
    public AutomationDefinitions automation() {
        return automation;
    }

    /** The jar, as an absolute path. */
    public Path jar() {
        return definitions.jar();
    }

    /**
     * The private copy of the jar that the classes are read from, taken when loading, so that the jar
     * itself can be rebuilt (even in place) while this project still runs; deleted by {@link #close()}.
     */
    public Path loadedFrom() {
        return loadedFrom;
    }

    /** The loader of the jar's classes; the parent is the loader of the api. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the class loader and deletes the jar's private copy. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            classLoader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the class loader of " + jar(), e);
        } finally {
            JarSnapshot.delete(loadedFrom);
        }
    }

    @Override
    public String toString() {
        return "LoadedProject[" + jar().getFileName() + ", "
                + definitions.assets().size() + " assets" + (closed ? ", closed" : "") + "]";
    }
}
