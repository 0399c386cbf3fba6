package dev.assetstudio.engine;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillHandle;
import dev.assetstudio.engine.backfill.BackfillMatrix;
import dev.assetstudio.engine.backfill.BackfillProgress;
import dev.assetstudio.engine.backfill.BackfillRequest;
import dev.assetstudio.engine.backfill.launch.Backfills;
import dev.assetstudio.engine.cluster.ClusterCoordinator;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.graph.AssetGraph;
import dev.assetstudio.engine.graph.AssetStaleness;
import dev.assetstudio.engine.graph.Staleness;
import dev.assetstudio.engine.health.HealthEvaluator;
import dev.assetstudio.engine.history.HistoryReader;
import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.history.PartitionStatus;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.SharedHistoryStores;
import dev.assetstudio.engine.io.AssetValueLoader;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.load.LoadedProject;
import dev.assetstudio.engine.load.ProjectLoader;
import dev.assetstudio.engine.model.CheckKey;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.preview.ValuePreview;
import dev.assetstudio.engine.preview.ValuePreviews;
import dev.assetstudio.engine.reexecution.Reexecution;
import dev.assetstudio.engine.run.HistoryRunListener;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.RunListener;
import dev.assetstudio.engine.run.RunPlan;
import dev.assetstudio.engine.run.RunPlanner;
import dev.assetstudio.engine.selection.Selected;
import dev.assetstudio.engine.selection.SelectionScope;
import dev.assetstudio.engine.status.AssetStatus;
import dev.assetstudio.engine.status.AssetStatuses;
import dev.assetstudio.engine.status.RunningSteps;
import dev.assetstudio.engine.worker.ProjectWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One opened asset jar: its definitions and graph, runs over them, the values they stored and the
 * history they left. The one door the CLI and the studio use.
 *
 * <pre>{@code
 * try (Project project = Project.open(Path.of("cereal.jar"))) {
 *     RunResult r = project.materialize(AssetSelection.parse("*downstreamAsset"));
 *     Object v = project.loadAssetValue(AssetKey.of("downstreamAsset"));
 *     project.history().latestMaterialization(AssetKey.of("table1"));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Runs go to the project's own bounded pools, one per execution and as wide as it
 * ({@link ProjectOptions#parallelism(Execution)}); a reload opens a new {@code Project}
 * and retires the old one with {@link #closeWhenIdle()}, so a run finishes on the definitions it
 * started with.
 *
 * <p>With {@link Execution#WORKER} the project's code lives in a worker process ({@link
 * ProjectWorker}): the definitions here are the worker's description of them, steps and previews
 * run there, and this JVM loads none of the project's classes (except for {@link
 * #loadAssetValue}, which returns the value here, as the Java API promises). With {@link
 * Execution#CLUSTER} the same worker process describes the definitions, evaluates sensors and renders
 * previews, while the steps go to the cluster's workers: this JVM plans and writes history only.
 *
 * <p>A single run may execute elsewhere than the project's default ({@link RunRequest#execution()},
 * among {@link #executions()}); history records where each run executed ({@link RunRecord#executor()}).
 */
public final class Project implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Project.class);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

    private final ProjectOptions options;
    private final Path jar;
    private final ProjectDefinitions definitions;
    private final LoadedProject loaded; // null with a worker, until loadAssetValue asks for it
    private final ProjectWorker worker; // null in process
    private final AssetGraph graph;
    private final HistoryStore history;
    private final IoManagers ioManagers;
    private final ExecutionTargets targets;
    private final RunPools pools;
    private LoadedProject valueLoader; // guarded by this: the worker project's classes, loaded on demand
    private final RunPlanner planner = new RunPlanner();
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<RunHandle> activeRuns = ConcurrentHashMap.newKeySet();
    private final RunningSteps runningSteps = new RunningSteps();
    private final Backfills backfills;
    private volatile boolean closed;
    /** {@link #groups()}, once asked for. */
    private volatile SortedMap<String, List<AssetKey>> groups;

    private Project(ProjectOptions options, LoadedProject loaded, HistoryStore history) {
        this.options = options;
        this.loaded = loaded;
        this.worker = null;
        this.jar = loaded.jar();
        this.definitions = loaded.definitions();
        this.graph = loaded.graph(); // built once, by the loader's cycle check
        this.history = history;
        this.ioManagers = IoManagers.of(loaded.definitions(), options.storage());
        this.targets = new ExecutionTargets(options, jar, definitions, ioManagers, null, null, () -> loaded);
        this.pools = new RunPools(options);
        this.backfills = new Backfills(this::select, this::definitions, history, this::submit);
    }

    private Project(
            ProjectOptions options,
            Path jar,
            ProjectDefinitions definitions,
            ProjectWorker worker,
            HistoryStore history,
            ClusterCoordinator cluster) {
        this.options = options;
        this.loaded = null;
        this.worker = worker;
        this.jar = jar;
        this.definitions = definitions;
        this.graph = AssetGraph.of(definitions); // the worker checked it for cycles
        this.history = history;
        this.ioManagers = null;
        this.targets = new ExecutionTargets(options, jar, definitions, null, worker, cluster, this::localClasses);
        this.pools = new RunPools(options);
        this.backfills = new Backfills(this::select, this::definitions, history, this::submit);
    }

    /** Opens {@code jar} with the default options. */
    public static Project open(Path jar) {
        return open(jar, ProjectOptions.defaults());
    }

    /**
     * Loads and validates {@code jar}, opens its history and records a snapshot of its definitions.
     *
     * @throws dev.assetstudio.engine.load.ProjectLoadException naming every problem of the jar
     */
    public static Project open(Path jar, ProjectOptions options) {
        if (options.execution() != Execution.IN_PROCESS) {
            // a cluster's coordinator too: it plans from a worker's description and never loads the jar
            return openInWorker(jar, options);
        }
        LoadedProject loaded = new ProjectLoader().load(jar);
        HistoryStore history = null;
        try {
            history = SharedHistoryStores.acquire(options.historyDatabase());
            Project project = new Project(options, loaded, history);
            history.saveDefinitions(jarName(loaded.jar()), Instant.now(), DefinitionSnapshots.of(project.assets()));
            return project;
        } catch (RuntimeException | Error e) {
            if (history != null) {
                SharedHistoryStores.release(options.historyDatabase());
            }
            loaded.close();
            throw e;
        }
    }

    private static Project openInWorker(Path jar, ProjectOptions options) {
        // the worker's JVM starts and loads the jar while this one opens the history
        CompletableFuture<HistoryStore> opening =
                HistoryOpening.start(() -> SharedHistoryStores.acquire(options.historyDatabase()));
        ProjectWorker worker;
        try {
            worker = ProjectWorker.open(jar, options.worker(), options.storage());
        } catch (RuntimeException | Error e) {
            opening.whenComplete((h, failure) -> {
                if (h != null) {
                    SharedHistoryStores.release(options.historyDatabase());
                }
            });
            throw e;
        }
        HistoryStore history = null;
        ClusterCoordinator cluster = null;
        try {
            Path path = jar.toAbsolutePath().normalize();
            ProjectDefinitions definitions = worker.definitions().toDefinitions(path);
            if (options.execution() == Execution.CLUSTER) {
                // refused up front from the worker's description of the resources, then the jar is published
                cluster = ExecutionTargets.connect(options.cluster(), path, definitions.resources());
            }
            history = awaitHistory(opening);
            Project project = new Project(options, path, definitions, worker, history, cluster);
            history.saveDefinitions(jarName(project.jar()), Instant.now(), DefinitionSnapshots.of(project.assets()));
            return project;
        } catch (RuntimeException | Error e) {
            if (history != null) {
                SharedHistoryStores.release(options.historyDatabase());
            } else {
                opening.whenComplete((h, failure) -> {
                    if (h != null) {
                        SharedHistoryStores.release(options.historyDatabase());
                    }
                });
            }
            if (cluster != null) {
                cluster.close();
            }
            worker.close();
            throw e;
        }
    }

    private static HistoryStore awaitHistory(CompletableFuture<HistoryStore> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    static String jarName(Path jar) {
        return jar.toAbsolutePath().normalize().toString();
    }

    public Path jar() {
        return jar;
    }

    /**
     * The cluster this project's steps run on: connected when it opened with {@link Execution#CLUSTER},
     * else once a run asked for it.
     */
    public Optional<ClusterCoordinator> cluster() {
        return targets.cluster();
    }

    /**
     * Where a single run of this project may execute ({@link RunRequest#execution()}): in-process
     * always, the worker process when the project has one, the cluster when {@link
     * ProjectOptions#cluster()} names one. The project's default is {@link ProjectOptions#execution()}.
     */
    public List<Execution> executions() {
        return targets.available();
    }

    /** The worker process side of this project, when its code runs in one. */
    public Optional<ProjectWorker> worker() {
        return Optional.ofNullable(worker);
    }

    public ProjectOptions options() {
        return options;
    }

    /** Every asset key, sources included, sorted. */
    public List<AssetKey> assetKeys() {
        return List.copyOf(definitions().assets().keySet());
    }

    /** The resolved definition of {@code key}; an error naming the key if there is none. */
    public AssetDefinition asset(AssetKey key) {
        return definitions().asset(key);
    }

    /** Every definition, in key order. */
    public Collection<AssetDefinition> assets() {
        return definitions().all();
    }

    /** The groups with their keys, both sorted (worked out once: the definitions of a project do not change). */
    public SortedMap<String, List<AssetKey>> groups() {
        SortedMap<String, List<AssetKey>> known = groups;
        if (known == null) {
            SortedMap<String, List<AssetKey>> made = new TreeMap<>();
            for (AssetDefinition def : assets()) {
                made.computeIfAbsent(def.group(), g -> new ArrayList<>()).add(def.key());
            }
            made.replaceAll((g, keys) -> List.copyOf(keys));
            known = Collections.unmodifiableSortedMap(made);
            groups = known;
        }
        return known;
    }

    public AssetGraph graph() {
        return graph;
    }

    /**
     * The asset keys {@code selection} stands for; an error naming what matched nothing. Checks
     * selected alone ({@code check:}, {@code checks:}) are not keys: see {@link #selectChecks}.
     */
    public Set<AssetKey> select(AssetSelection selection) {
        return selection.resolve(selectionScope()).assets();
    }

    /** The asset checks {@code selection} selects on their own ({@code check:…}, {@code checks:…}). */
    public Set<CheckKey> selectChecks(AssetSelection selection) {
        return selection.resolve(selectionScope()).checks();
    }

    /** What selections are resolved against: the graph, the definitions, and health read when asked. */
    private SelectionScope selectionScope() {
        return new SelectionScope() {
            private Map<AssetKey, AssetHealth> health;

            @Override
            public AssetGraph graph() {
                return graph;
            }

            @Override
            public java.util.Optional<AssetDefinition> definition(AssetKey key) {
                return java.util.Optional.ofNullable(definitions().assets().get(key));
            }

            @Override
            public AssetHealth.State health(AssetKey key) {
                if (health == null) {
                    health = Project.this.health();
                }
                return health.get(key).state();
            }

            @Override
            public boolean hasDefinitions() {
                return true;
            }
        };
    }

    /** The health of {@code key} now; see {@link AssetHealth}. */
    public AssetHealth health(AssetKey key) {
        return health(key, Instant.now());
    }

    /** The health of {@code key} at {@code now} (freshness depends on the time). */
    public AssetHealth health(AssetKey key, Instant now) {
        return new HealthEvaluator(history).evaluate(asset(key), now);
    }

    /** The health of every asset now, in key order. */
    public Map<AssetKey, AssetHealth> health() {
        return new HealthEvaluator(history).evaluate(assets(), Instant.now());
    }

    /**
     * How the checks of every asset that has some stand, by their latest results (assets without checks are left
     * out); see {@link dev.assetstudio.engine.health.CheckSummary}.
     */
    public Map<AssetKey, dev.assetstudio.engine.health.CheckSummary> checkSummaries() {
        Map<AssetKey, dev.assetstudio.engine.health.CheckSummary> summaries = new java.util.LinkedHashMap<>();
        for (AssetDefinition asset : assets()) {
            if (!asset.checks().isEmpty()) {
                summaries.put(
                        asset.key(),
                        dev.assetstudio.engine.health.CheckSummary.of(
                                asset, history.latestCheckEvaluations(asset.key())));
            }
        }
        return summaries;
    }

    /** Staleness of every asset against the latest materializations in history. */
    public Map<AssetKey, AssetStaleness> staleness() {
        return Staleness.compute(graph, definitions(), history.latestMaterializations());
    }

    /**
     * The status of every asset, in key order: missing, fresh, stale, failed, running, partially
     * materialized or not materialized in its last run, with the reason and partition counts. The CLI
     * and the studio print these words; see {@link AssetStatuses} for the rules.
     */
    public Map<AssetKey, AssetStatus> statuses() {
        return AssetStatuses.of(
                assets(),
                staleness(),
                history.latestStepOutcomes(),
                history.latestMaterializations(),
                history::partitionStatuses,
                runningSteps.assets(),
                Instant.now());
    }

    /** The status of {@code key}; an error naming the key if there is no such asset. */
    public AssetStatus status(AssetKey key) {
        AssetDefinition def = asset(key);
        return AssetStatuses.of(
                        List.of(def),
                        staleness(),
                        history.latestStepOutcomes(),
                        history.latestMaterializations(),
                        history::partitionStatuses,
                        runningSteps.assets(),
                        Instant.now())
                .get(key);
    }

    /**
     * The partitions of several assets sharing a partitions definition, as one: a partition is
     * materialized when every one of them has it materialized, failed when any one's latest step for it
     * failed, and absent (missing) otherwise. The partition picker counts over all the selected assets
     * with this.
     */
    public Map<String, PartitionStatus> partitionStatuses(Collection<AssetKey> keys) {
        Map<String, PartitionStatus> combined = new TreeMap<>();
        Map<String, Integer> materializedIn = new java.util.HashMap<>();
        for (AssetKey key : keys) {
            history.partitionStatuses(key).forEach((partition, status) -> {
                if (status.state() == PartitionStatus.State.FAILED) {
                    combined.put(partition, status);
                } else {
                    materializedIn.merge(partition, 1, Integer::sum);
                    combined.putIfAbsent(partition, status);
                }
            });
        }
        combined.entrySet()
                .removeIf(e -> e.getValue().state() == PartitionStatus.State.MATERIALIZED
                        && materializedIn.getOrDefault(e.getKey(), 0) < keys.size());
        return Collections.unmodifiableMap(combined);
    }

    /**
     * What would stop {@code selection} with {@code request} from running (unknown keys, missing or
     * mistyped config, partition keys outside a definition), without running anything. Empty when it
     * can run.
     */
    public List<String> validate(AssetSelection selection, RunRequest request) {
        Optional<String> where = targets.problem(request.execution());
        if (where.isPresent()) {
            return List.of(where.get());
        }
        try {
            plan(definitions(), selection, request);
            return List.of();
        } catch (RunPlanningException e) {
            return e.problems();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    /** Materializes {@code selection} and waits for the run to end. */
    public RunResult materialize(AssetSelection selection) {
        return materialize(selection, RunRequest.empty());
    }

    /** Materializes {@code selection} with {@code request}'s config and partitions, and waits. */
    public RunResult materialize(AssetSelection selection, RunRequest request) {
        return submit(selection, request).await();
    }

    /**
     * Starts a run and returns at once. Planning problems are thrown here, before anything runs;
     * {@code extraListeners} receive this run's events besides the project's listeners and history.
     */
    public RunHandle submit(AssetSelection selection, RunRequest request, RunListener... extraListeners) {
        ensureOpen();
        ExecutionTargets.Target target = targets.target(request.execution());
        return submit(plan(target.definitions(), selection, request), target, extraListeners);
    }

    private RunHandle submit(RunPlan plan, RunListener... extraListeners) {
        return submit(plan, targets.target(Optional.empty()), extraListeners);
    }

    private RunHandle submit(RunPlan plan, ExecutionTargets.Target target, RunListener... extraListeners) {
        List<RunListener> all = new ArrayList<>();
        all.add(new HistoryRunListener(history));
        all.add(runningSteps);
        all.addAll(listeners);
        all.addAll(List.of(extraListeners));
        RunHandle handle;
        synchronized (this) {
            // checked and registered together, so close() never misses a run it must stop
            ensureOpen();
            handle = pools.of(target.execution()).submit(plan.withExecutor(target.executor()), target.runner(), all);
            activeRuns.add(handle);
        }
        history.projectRun(jarName(jar), handle.runId(), Instant.now());
        handle.result().whenComplete((r, e) -> activeRuns.remove(handle));
        return handle;
    }

    private RunPlan plan(ProjectDefinitions planWith, AssetSelection selection, RunRequest request) {
        Selected selected = selection.resolve(selectionScope());
        return planner.plan(planWith, selected.assets(), selected.checks(), request, selection.toString());
    }

    /**
     * Runs again the steps of run {@code runIdOrPrefix} with the config and partitions it used: all of
     * them, or only those that did not end well (failed, skipped, canceled, or never run because the run
     * was canceled or interrupted) when {@code fromFailure}; see {@link Reexecution}. The new run reads
     * what the old one materialized from storage.
     *
     * @throws java.util.NoSuchElementException if there is no such run
     * @throws IllegalStateException if {@code fromFailure} and every step ended well
     * @throws RunPlanningException if the project changed so that the run cannot be planned again (its
     *     partitions or config no longer fit), naming what does not
     */
    public RunHandle reexecute(String runIdOrPrefix, boolean fromFailure, RunListener... extraListeners) {
        RunRecord run = history.run(runIdOrPrefix)
                .orElseThrow(() -> new java.util.NoSuchElementException("no run " + runIdOrPrefix + " in the history"));
        Reexecution again = Reexecution.of(run, history.stepEvents(run.runId()), fromFailure, definitions());
        return submit(planner.plan(definitions(), again.steps(), again.request(), again.selection()), extraListeners);
    }

    // ---- backfills

    /**
     * Starts a backfill: every selected asset over the partitions of {@code request} (all of them
     * unless narrowed per partitions definition), across partitions definitions and unpartitioned
     * assets, upstream first, in one run. Returns at once; planning problems are thrown here.
     *
     * <pre>{@code
     * BackfillHandle h = project.launchBackfill(BackfillRequest.of(AssetSelection.all()));
     * h.await().status();                 // SUCCEEDED
     * project.backfillProgress(h.id());   // 14/14 done
     * }</pre>
     *
     * @throws RunPlanningException listing every problem, before anything runs or is recorded
     */
    public BackfillHandle launchBackfill(BackfillRequest request, RunListener... extraListeners) {
        ensureOpen();
        return backfills.launch(request, extraListeners);
    }

    /** The newest backfills of the history, newest first (at most {@code limit}). */
    public List<Backfill> backfills(int limit) {
        return backfills.list(0, limit);
    }

    /** The backfill of this id, short id or unique prefix; its status as it is now. */
    public Optional<Backfill> backfill(String idOrPrefix) {
        return backfills.get(idOrPrefix);
    }

    /** The partition × asset matrix of a backfill: each target's latest state. */
    public BackfillMatrix backfillMatrix(String idOrPrefix) {
        return backfills.matrix(idOrPrefix);
    }

    /** How far a backfill got. */
    public BackfillProgress backfillProgress(String idOrPrefix) {
        return backfills.matrix(idOrPrefix).progress();
    }

    /** Cancels a backfill (see {@link Backfills#cancel}); returns it with its status after the request. */
    public Backfill cancelBackfill(String idOrPrefix) {
        return backfills.cancel(idOrPrefix);
    }

    /**
     * Runs again only the failed, skipped and canceled targets of a finished backfill, as one more run
     * of it.
     */
    public BackfillHandle retryBackfill(String idOrPrefix, RunListener... extraListeners) {
        ensureOpen();
        return backfills.retry(idOrPrefix, extraListeners);
    }

    /** The backfills this project is running now. */
    public List<BackfillHandle> activeBackfills() {
        return backfills.active();
    }

    /**
     * The newest runs this project's jar started (in this or an earlier session), newest first; other
     * projects sharing the history database are left out.
     */
    public List<RunRecord> runs(int limit) {
        return history.runs(jarName(jar), 0, limit);
    }

    /** Listens to every run of this project from now on. */
    public void addRunListener(RunListener listener) {
        listeners.add(listener);
    }

    public void removeRunListener(RunListener listener) {
        listeners.remove(listener);
    }

    /** The runs started by this project that have not ended yet. */
    public Set<RunHandle> activeRuns() {
        return Set.copyOf(activeRuns);
    }

    /**
     * The stored value of {@code key} (for a partitioned asset: a map of its stored partitions), in
     * this process. A project with a worker loads its classes here for this, on the first call.
     */
    public Object loadAssetValue(AssetKey key) {
        return valueLoader().load(key);
    }

    /** The stored value of one partition of {@code key}, in this process. */
    public Object loadAssetValue(AssetKey key, String partitionKey) {
        return valueLoader().load(key, partitionKey);
    }

    /**
     * The stored value of {@code key} (and {@code partitionKey}, or {@code null}) made fit to show,
     * bounded in rows and characters; rendered in the worker when there is one, so the caller
     * never loads the project's classes.
     */
    public ValuePreview previewAssetValue(AssetKey key, String partitionKey) {
        if (worker != null) {
            definitions.asset(key); // an unknown key is an error here, naming it
            return worker.preview(key, partitionKey);
        }
        Object value = valueLoader().load(key, partitionKey);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(definitions.classLoader());
        try {
            return ValuePreviews.render(value);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private synchronized AssetValueLoader valueLoader() {
        if (worker == null) {
            return new AssetValueLoader(definitions, ioManagers);
        }
        LoadedProject local = localClasses();
        return new AssetValueLoader(local.definitions(), IoManagers.of(local.definitions(), options.storage()));
    }

    /** The project's code in this process: its own, or with a worker the jar loaded here on first need. */
    private synchronized LoadedProject localClasses() {
        if (loaded != null) {
            return loaded;
        }
        ensureOpen();
        if (valueLoader == null) {
            valueLoader = new ProjectLoader().load(jar);
        }
        return valueLoader;
    }

    /**
     * The run and materialization history (shared by every project on the same database), read-only:
     * what the studio and the CLI show. Runs, backfills and loads write it through the engine.
     */
    public HistoryReader history() {
        return history;
    }

    /**
     * The history with its write side, for the engine's own packages, and for tests and benchmarks
     * that wait for queued writes ({@link HistoryStore#flush()}) or check that a failed one is
     * reported. The studio does not use it (an ArchUnit rule keeps it so).
     */
    public HistoryStore historyStore() {
        return history;
    }

    /**
     * The project's schedules, sensors and automation conditions, validated when the jar was loaded.
     * With a worker they are the data it described, and each sensor evaluation is a request to it:
     * this process never loads the jar's classes for them.
     */
    public AutomationDefinitions automation() {
        return worker != null ? worker.automation() : loaded.automation();
    }

    /** The loaded definitions, for tools that need the whole model. */
    public ProjectDefinitions definitions() {
        return definitions;
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Cancels the runs still going, waits for them to stop, flushes history and releases the jar.
     * Idempotent.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<RunHandle> running;
        synchronized (this) {
            running = List.copyOf(activeRuns);
        }
        running.forEach(RunHandle::cancel);
        Instant deadline = Instant.now().plus(CLOSE_GRACE);
        boolean stopped = true;
        for (RunHandle handle : running) {
            Duration left = Duration.between(Instant.now(), deadline);
            stopped &= !left.isNegative() && handle.await(left).isPresent();
        }
        Duration left = Duration.between(Instant.now(), deadline);
        stopped &= backfills.awaitIdle(left.isNegative() ? Duration.ZERO : left);
        backfills.close();
        pools.close();
        if (stopped) {
            release();
        } else {
            // A step that ignores interruption still runs user code: unloading its classes or closing
            // the history under it would lose its events. Let go of both once the last run ends.
            LOG.warn(
                    "project {} closed while runs are still stopping; its jar and history stay open until they end",
                    jar.getFileName());
            CompletableFuture.allOf(running.stream().map(RunHandle::result).toArray(CompletableFuture[]::new))
                    .whenComplete((v, e) -> release());
        }
    }

    private void release() {
        try {
            history.flush();
        } finally {
            SharedHistoryStores.release(options.historyDatabase());
            if (loaded != null) {
                loaded.close();
            }
            targets.close();
            if (worker != null) {
                worker.close();
            }
            synchronized (this) {
                if (valueLoader != null) {
                    valueLoader.close();
                }
            }
        }
    }

    /** Closes once the runs started so far have ended (a reload retires the old project this way). */
    public CompletableFuture<Void> closeWhenIdle() {
        CompletableFuture<?>[] pending =
                activeRuns.stream().map(RunHandle::result).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(pending).handle((v, e) -> {
            close();
            return null;
        });
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("project " + jar.getFileName() + " is closed");
        }
    }

    @Override
    public String toString() {
        return "Project[" + jar + ", " + assets().size() + " assets" + (worker != null ? ", in a worker" : "") + "]";
    }
}
