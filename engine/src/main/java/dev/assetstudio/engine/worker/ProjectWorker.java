package dev.assetstudio.engine.worker;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.load.JarSnapshot;
import dev.assetstudio.engine.load.ProjectLoadException;
import dev.assetstudio.engine.preview.ValuePreview;
import dev.assetstudio.engine.run.StepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The worker side of one open project: a private copy of its jar, the worker process running it,
 * and the definitions it described. A worker that died is replaced by a fresh one (same copy,
 * same settings) the next time it is needed, so one crash costs the steps it was running and no
 * more.
 *
 * <pre>{@code
 * try (ProjectWorker worker = ProjectWorker.open(jar, WorkerSettings.defaults(), storage)) {
 *     ProjectDefinitions defs = worker.definitions().toDefinitions(jar);
 *     executor.submit(plan, worker.stepRunner(), listeners);
 * }
 * }</pre>
 */
public final class ProjectWorker implements AutoCloseable {
    private final Path jar;
    private final Path copy;
    private final WorkerSettings settings;
    private final Path storage;
    private final DefinitionsSnapshot definitions;
    private final AutomationDefinitions automation;
    private WorkerProcess current; // guarded by this
    private boolean closed; // guarded by this

    private ProjectWorker(
            Path jar, Path copy, WorkerSettings settings, Path storage, WorkerProcess first, DefinitionsSnapshot defs) {
        this.jar = jar;
        this.copy = copy;
        this.settings = settings;
        this.storage = storage;
        this.current = first;
        this.definitions = defs;
        this.automation = defs.toAutomation(name -> new WorkerSensor(this, name));
    }

    /**
     * Copies {@code jar}, starts a worker on the copy and has it load the definitions.
     *
     * @throws ProjectLoadException when the jar is missing or its definitions do not load — also when
     *     the worker dies while loading them (a static initializer calling {@code System.exit}) or
     *     cannot start
     */
    public static ProjectWorker open(Path jar, WorkerSettings settings, Path storage) {
        Path path = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new ProjectLoadException(
                    jar,
                    List.of(
                            Files.exists(path)
                                    ? path + " is not a file; expected an asset jar"
                                    : "file " + path + " does not exist"));
        }
        Path copy = JarSnapshot.copy(jar, path);
        WorkerProcess worker = null;
        try {
            try {
                worker = WorkerProcess.start(settings, storage);
            } catch (WorkerException e) {
                throw new ProjectLoadException(jar, List.of(e.getMessage()), e);
            }
            DefinitionsSnapshot defs = worker.loadDefinitions(path, copy);
            return new ProjectWorker(path, copy, settings, storage, worker, defs);
        } catch (RuntimeException | Error e) {
            if (worker != null) {
                worker.close();
            }
            JarSnapshot.delete(copy);
            throw e;
        }
    }

    /**
     * The schedules, sensors and automation conditions as the first worker described them; the
     * sensors are evaluated by the live worker, one request per evaluation.
     */
    public AutomationDefinitions automation() {
        return automation;
    }

    /** The definitions as the first worker described them. */
    public DefinitionsSnapshot definitions() {
        return definitions;
    }

    public WorkerSettings settings() {
        return settings;
    }

    /** Runs steps in this project's worker. */
    public StepRunner stepRunner() {
        return new WorkerStepRunner(this);
    }

    /** The stored value of {@code key} (and {@code partition}), rendered by the worker. */
    public ValuePreview preview(AssetKey key, String partition) {
        return process().preview(key, partition);
    }

    /** The worker now running, if one is. */
    public synchronized Optional<WorkerProcess> running() {
        return current != null && current.isAlive() ? Optional.of(current) : Optional.empty();
    }

    /**
     * The live worker, started anew (and its definitions loaded) if the last one died.
     *
     * @throws WorkerException when no worker can be started or the new one cannot load the jar
     */
    synchronized WorkerProcess process() {
        if (closed) {
            throw new WorkerException("the worker of " + jar.getFileName() + " is closed");
        }
        if (current != null && current.isAlive()) {
            return current;
        }
        if (current != null) {
            current.close();
        }
        current = null;
        WorkerProcess fresh = WorkerProcess.start(settings, storage);
        try {
            fresh.loadDefinitions(jar, copy);
        } catch (ProjectLoadException e) {
            fresh.close();
            throw new WorkerException("a new worker could not load " + jar.getFileName() + ": " + e.getMessage(), e);
        }
        current = fresh;
        return fresh;
    }

    /** Stops the worker and deletes the jar's copy. Idempotent. */
    @Override
    public void close() {
        WorkerProcess last;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            last = current;
            current = null;
        }
        if (last != null) {
            last.close();
        }
        JarSnapshot.delete(copy);
    }
}
