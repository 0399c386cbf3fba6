package dev.assetstudio.engine;

import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.engine.cluster.ClusterSettings;
import dev.assetstudio.engine.worker.WorkerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where a {@link Project} keeps its files and how wide it runs.
 *
 * <pre>{@code
 * ProjectOptions options = ProjectOptions.builder()
 *         .home(Path.of("/tmp/studio"))          // storage/ and history.db live here
 *         .parallelism(4)
 *         .execution(Execution.WORKER)           // the project's code in a child JVM
 *         .workerHeap("512m")
 *         .build();
 * }</pre>
 *
 * <p>Home defaults to {@code $ASSET_STUDIO_HOME}, else {@code ~/.asset-studio}; the history
 * database to {@code <home>/history.db}; parallelism to the number of processors (on a cluster, to
 * {@value #CLUSTER_PARALLELISM}: the workers' own threads are the limit there, not this machine's
 * processors); execution to {@link Execution#IN_PROCESS}, with {@link WorkerSettings#defaults()}
 * for when it is a worker.
 */
public final class ProjectOptions {
    /** The environment variable that moves the home folder. */
    public static final String HOME_ENV = AssetStudioHome.ENV;
    /**
     * Steps a cluster run hands out at once unless told otherwise: an upper bound, as each worker
     * takes only as many as it has threads and the others wait for a free one.
     */
    public static final int CLUSTER_PARALLELISM = 64;

    private final Path home;
    private final Path historyDatabase;
    /** As asked for; 0 for the default of the execution. */
    private final int parallelism;

    private final Execution execution;
    private final WorkerSettings worker;
    private final ClusterSettings cluster;

    private ProjectOptions(Builder b) {
        this.home = (b.home != null ? b.home : defaultHome()).toAbsolutePath().normalize();
        this.historyDatabase = (b.historyDatabase != null ? b.historyDatabase : home.resolve("history.db"))
                .toAbsolutePath()
                .normalize();
        this.parallelism = Math.max(0, b.parallelism);
        this.execution = b.execution;
        this.worker = b.worker;
        this.cluster = b.cluster;
        if (execution == Execution.CLUSTER && cluster == null) {
            throw new IllegalArgumentException("execution CLUSTER needs cluster settings (a name and addresses)");
        }
    }

    /** The defaults: {@code ProjectOptions.builder().build()}. */
    public static ProjectOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@link AssetStudioHome#get()}: {@code -Dasset.studio.home}, else {@code $ASSET_STUDIO_HOME}, else {@code ~/.asset-studio}. */
    public static Path defaultHome() {
        return AssetStudioHome.get();
    }

    public Path home() {
        return home;
    }

    /** Where the default {@code io_manager} stores values: {@code <home>/storage}. */
    public Path storage() {
        return home.resolve("storage");
    }

    public Path historyDatabase() {
        return historyDatabase;
    }

    /** Steps at once for runs on {@link #execution()}: {@link #parallelism(Execution)} of it. */
    public int parallelism() {
        return parallelism(execution);
    }

    /**
     * Steps at once for runs on {@code runsOn} (the project's default or one a single run asks for): as
     * set, else {@value #CLUSTER_PARALLELISM} on a cluster, else the number of processors.
     */
    public int parallelism(Execution runsOn) {
        if (parallelism > 0) {
            return parallelism;
        }
        return runsOn == Execution.CLUSTER
                ? CLUSTER_PARALLELISM
                : Runtime.getRuntime().availableProcessors();
    }

    /** In the caller's JVM, or in a worker process. */
    public Execution execution() {
        return execution;
    }

    /** How the worker process is started and stopped (when {@link #execution()} is a worker). */
    public WorkerSettings worker() {
        return worker;
    }

    /** The cluster that runs steps when {@link #execution()} is {@link Execution#CLUSTER}, else {@code null}. */
    public ClusterSettings cluster() {
        return cluster;
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = builder().home(home).historyDatabase(historyDatabase).parallelism(parallelism);
        return b.execution(execution).worker(worker).cluster(cluster);
    }

    @Override
    public String toString() {
        return "ProjectOptions[home=" + home + ", history=" + historyDatabase + ", parallelism=" + parallelism()
                + ", execution=" + execution + (execution == Execution.WORKER ? ", " + worker : "")
                + (execution == Execution.CLUSTER ? ", " + cluster : "") + "]";
    }

    /** Builds {@link ProjectOptions}; every setting is optional. */
    public static final class Builder {
        private Path home;
        private Path historyDatabase;
        private int parallelism;
        private Execution execution = Execution.IN_PROCESS;
        private WorkerSettings worker = WorkerSettings.defaults();
        private ClusterSettings cluster;

        private Builder() {}

        /** The cluster for {@link Execution#CLUSTER}; {@code null} for none. */
        public Builder cluster(ClusterSettings cluster) {
            this.cluster = cluster;
            return this;
        }

        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder historyDatabase(Path historyDatabase) {
            this.historyDatabase = historyDatabase;
            return this;
        }

        /** Threads for steps; {@code 0} or less means the number of processors. */
        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /** In the caller's JVM (the default) or in a worker process. */
        public Builder execution(Execution execution) {
            this.execution = Objects.requireNonNull(execution, "execution");
            return this;
        }

        /** The worker's heap, JVM options and cancel grace, all at once. */
        public Builder worker(WorkerSettings worker) {
            this.worker = Objects.requireNonNull(worker, "worker");
            return this;
        }

        /** The worker's {@code -Xmx} ({@code 512m}, {@code 2g}); {@code null} for the JVM's default. */
        public Builder workerHeap(String heap) {
            this.worker = worker.withHeap(heap);
            return this;
        }

        /** More options for the worker's JVM. */
        public Builder workerJvmOptions(List<String> options) {
            this.worker = worker.withJvmOptions(options);
            return this;
        }

        /** How long a canceled step may run on before its worker is killed (10 s by default). */
        public Builder cancelGrace(Duration grace) {
            this.worker = worker.withCancelGrace(grace);
            return this;
        }

        /** How long one sensor evaluation may take in the worker before it is killed (60 s by default). */
        public Builder sensorTimeout(Duration timeout) {
            this.worker = worker.withSensorTimeout(timeout);
            return this;
        }

        public ProjectOptions build() {
            return new ProjectOptions(this);
        }
    }
}
