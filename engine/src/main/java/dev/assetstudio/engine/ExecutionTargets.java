package dev.assetstudio.engine;

import dev.assetstudio.engine.cluster.ClusterCoordinator;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.cluster.ClusterStorage;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.load.LoadedProject;
import dev.assetstudio.engine.run.InProcessStepRunner;
import dev.assetstudio.engine.run.StepRunner;
import dev.assetstudio.engine.worker.ProjectWorker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the runs of one open project execute their steps: the project's default ({@link
 * ProjectOptions#execution()}) and the others a single run may ask for ({@link RunRequest#execution()}).
 * What a run asks for is made on first need and then kept: the cluster's client connects (and
 * publishes the jar) for the first run sent there, after the same in-memory check as a cluster
 * project's; a project whose code lives in a worker process loads its classes here only for a run
 * asked to run in-process.
 */
final class ExecutionTargets implements AutoCloseable {
    /**
     * Where one run goes.
     *
     * @param runner runs its steps
     * @param definitions what to plan it with (a step run here needs the classes loaded here)
     * @param executor its name in history ({@link RunRecord#executor()})
     */
    record Target(Execution execution, StepRunner runner, ProjectDefinitions definitions, String executor) {}

    private final ProjectOptions options;
    private final Path jar;
    private final ProjectDefinitions definitions;
    private final ProjectWorker worker; // null when the project's code is loaded here
    private final Supplier<LoadedProject> localClasses;
    private final IoManagers ioManagers; // the loaded project's, or null with a worker
    /** Held while connecting to the cluster (seconds when nobody answers), so other runs need not wait on it. */
    private final Object connecting = new Object();

    private volatile ClusterCoordinator cluster; // written under connecting, read without waiting on it
    private StepRunner clusterRunner; // guarded by connecting
    private StepRunner workerRunner; // guarded by this
    private Target inProcess; // guarded by this
    private volatile boolean closed;

    /**
     * @param cluster the cluster already connected when it is the project's default, else {@code null}
     * @param localClasses the project's classes in this JVM (loaded on first call with a worker)
     */
    ExecutionTargets(
            ProjectOptions options,
            Path jar,
            ProjectDefinitions definitions,
            IoManagers ioManagers,
            ProjectWorker worker,
            ClusterCoordinator cluster,
            Supplier<LoadedProject> localClasses) {
        this.options = options;
        this.jar = jar;
        this.definitions = definitions;
        this.ioManagers = ioManagers;
        this.worker = worker;
        this.cluster = cluster;
        this.localClasses = localClasses;
        if (cluster != null) {
            this.clusterRunner = cluster.stepRunner(options.storage());
        }
    }

    /**
     * Refuses a project whose resources keep values in one JVM's memory, then joins {@code settings}'
     * cluster and publishes the jar.
     *
     * @param resources the loaded resources, or their descriptions by a worker
     * @throws dev.assetstudio.engine.cluster.ClusterException when refused or when no member answers
     */
    static ClusterCoordinator connect(ClusterSettings settings, Path jar, java.util.Map<String, Object> resources) {
        ClusterStorage.refuseInMemory(resources, jar.getFileName().toString());
        return ClusterCoordinator.connect(settings, jar);
    }

    /** The executions a run of this project may ask for: in-process, the worker process if it has one, the cluster if one is set. */
    List<Execution> available() {
        List<Execution> list = new ArrayList<>();
        list.add(Execution.IN_PROCESS);
        if (worker != null) {
            list.add(Execution.WORKER);
        }
        if (options.cluster() != null) {
            list.add(Execution.CLUSTER);
        }
        return List.copyOf(list);
    }

    /** Why a run cannot ask for {@code asked}, or empty when it can (nothing is started to find out). */
    Optional<String> problem(Optional<Execution> asked) {
        Execution execution = asked.orElse(options.execution());
        if (available().contains(execution)) {
            return Optional.empty();
        }
        String name = jar.getFileName().toString();
        return Optional.of(
                execution == Execution.WORKER
                        ? name + " is loaded in process, so a run of it cannot ask for the worker process;"
                                + " open it in a worker (Run › Run on, or without --in-process)"
                        : "no cluster is set for " + name + ", so a run of it cannot ask for one;"
                                + " choose one in Run › Run on, or pass --cluster");
    }

    /**
     * Where a run asking for {@code asked} (empty: the default) goes, connecting or loading what it
     * needs first.
     *
     * @throws IllegalArgumentException when the project cannot offer it ({@link #problem})
     * @throws dev.assetstudio.engine.cluster.ClusterException when the cluster refuses the project or
     *     does not answer
     */
    Target target(Optional<Execution> asked) {
        ensureOpen();
        Optional<String> problem = problem(asked);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return switch (asked.orElse(options.execution())) {
            case IN_PROCESS -> inProcess();
            case WORKER -> onWorker();
            case CLUSTER -> onCluster();
        };
    }

    private synchronized Target onWorker() {
        if (workerRunner == null) {
            workerRunner = worker.stepRunner();
        }
        return new Target(Execution.WORKER, workerRunner, definitions, RunRecord.WORKER);
    }

    private Target onCluster() {
        synchronized (connecting) {
            ensureOpen();
            if (cluster == null) {
                ClusterCoordinator connected = connect(options.cluster(), jar, definitions.resources());
                try {
                    clusterRunner = connected.stepRunner(options.storage());
                } catch (RuntimeException e) {
                    connected.close();
                    throw e;
                }
                cluster = connected;
            }
            return new Target(
                    Execution.CLUSTER,
                    clusterRunner,
                    definitions,
                    RunRecord.CLUSTER_PREFIX + cluster.settings().name());
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("project " + jar.getFileName() + " is closed");
        }
    }

    private synchronized Target inProcess() {
        if (inProcess == null) {
            if (worker == null) {
                inProcess = new Target(
                        Execution.IN_PROCESS,
                        new InProcessStepRunner(definitions, ioManagers),
                        definitions,
                        RunRecord.IN_PROCESS);
            } else {
                // planned with the classes loaded here: a step run here calls them
                ProjectDefinitions local = localClasses.get().definitions();
                inProcess = new Target(
                        Execution.IN_PROCESS,
                        new InProcessStepRunner(local, IoManagers.of(local, options.storage())),
                        local,
                        RunRecord.IN_PROCESS);
            }
        }
        return inProcess;
    }

    /** The cluster, once connected (at open when it is the default, else for the first run sent there). */
    Optional<ClusterCoordinator> cluster() {
        return Optional.ofNullable(cluster);
    }

    /** Disconnects from the cluster, if connected. Idempotent. */
    @Override
    public void close() {
        closed = true;
        ClusterCoordinator last;
        synchronized (connecting) {
            last = cluster;
            cluster = null;
        }
        if (last != null) {
            last.close();
        }
    }
}
