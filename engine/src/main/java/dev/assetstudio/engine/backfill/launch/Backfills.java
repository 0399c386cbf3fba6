package dev.assetstudio.engine.backfill.launch;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillHandle;
import dev.assetstudio.engine.backfill.BackfillMatrix;
import dev.assetstudio.engine.backfill.BackfillRequest;
import dev.assetstudio.engine.backfill.BackfillStatus;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.history.HistoryStore;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.PlannedStep;
import dev.assetstudio.engine.run.RunHandle;
import dev.assetstudio.engine.run.RunIds;
import dev.assetstudio.engine.run.RunListener;
import dev.assetstudio.engine.run.RunPlan;
import dev.assetstudio.engine.run.RunPlanner;
import dev.assetstudio.engine.run.StepEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backfills of one project: launches them, follows their runs to the end, cancels (also one
 * running in another process: it is marked {@link BackfillStatus#CANCELING} and the process running
 * it stops it within a second), retries failed ones, and answers their status, progress and matrix
 * from history. Reached through {@link dev.assetstudio.engine.Project}.
 */
public final class Backfills implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Backfills.class);
    private static final Duration CANCEL_POLL = Duration.ofMillis(500);

    /** Starts a planned run with the given extra listeners. */
    @FunctionalInterface
    public interface RunSubmitter {
        RunHandle submit(RunPlan plan, RunListener... extraListeners);
    }

    private final Function<AssetSelection, Set<AssetKey>> select;
    private final java.util.function.Supplier<ProjectDefinitions> definitions;
    private final HistoryStore history;
    private final RunSubmitter submitter;
    private final RunPlanner planner = new RunPlanner();
    private final Map<String, Execution> active = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private ScheduledFuture<?> polling;

    public Backfills(
            Function<AssetSelection, Set<AssetKey>> select,
            java.util.function.Supplier<ProjectDefinitions> definitions,
            HistoryStore history,
            RunSubmitter submitter) {
        this.select = Objects.requireNonNull(select, "select");
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.history = Objects.requireNonNull(history, "history");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
    }

    /**
     * The backfills of {@code history} alone, without a project: they can be listed, shown and
     * cancelled, not launched or retried (that needs the jar).
     */
    public static Backfills ofHistory(HistoryStore history) {
        IllegalStateException needsJar =
                new IllegalStateException("launching or retrying a backfill needs the asset jar");
        return new Backfills(
                selection -> {
                    throw needsJar;
                },
                () -> {
                    throw needsJar;
                },
                history,
                (plan, listeners) -> {
                    throw needsJar;
                });
    }

    /**
     * Plans and starts a backfill. Planning problems are thrown here, before anything is recorded.
     *
     * @throws dev.assetstudio.engine.model.RunPlanningException listing every problem
     */
    public BackfillHandle launch(BackfillRequest request, RunListener... extraListeners) {
        Instant now = Instant.now();
        Set<AssetKey> keys = select.apply(request.selection());
        BackfillPlanner.Targets targets = BackfillPlanner.plan(definitions.get(), keys, request, now);
        RunRequest.Builder config = RunRequest.builder();
        request.config().forEach(config::config);
        String selection = request.selection().toString();
        RunPlan plan = planner.plan(definitions.get(), targets.partitionsByAsset(), config.build(), selection);
        Map<AssetKey, String> inPlanOrder = new LinkedHashMap<>();
        for (PlannedStep step : plan.steps()) {
            inPlanOrder.putIfAbsent(
                    step.key().asset(), targets.assets().get(step.key().asset()));
        }
        Backfill backfill = new Backfill(
                RunIds.next(now),
                selection,
                request.origin(),
                BackfillStatus.RUNNING,
                now,
                null,
                inPlanOrder,
                targets.partitions(),
                List.of());
        history.backfillCreated(backfill);
        return start(backfill.id(), plan, extraListeners);
    }

    /**
     * Runs again the targets of backfill {@code idOrPrefix} that failed, were skipped, canceled or
     * interrupted, or never started, as one more run of the same backfill.
     *
     * @throws NoSuchElementException if there is no such backfill
     * @throws IllegalStateException if it is still running or has nothing to retry
     */
    public BackfillHandle retry(String idOrPrefix, RunListener... extraListeners) {
        Backfill backfill = require(idOrPrefix);
        if (active.containsKey(backfill.id()) || !status(backfill).isFinished()) {
            throw new IllegalStateException("backfill " + backfill.id() + " is still running; cancel it or wait");
        }
        List<StepKey> again = matrix(backfill).retryTargets();
        if (again.isEmpty()) {
            throw new IllegalStateException(
                    "backfill " + backfill.id() + " has no failed or skipped partition to retry");
        }
        RunPlan plan = planner.plan(
                definitions.get(),
                BackfillPlanner.byAsset(again),
                RunRequest.empty(),
                "retry of backfill " + backfill.shortId());
        history.backfillStatus(backfill.id(), BackfillStatus.RUNNING, null);
        return start(backfill.id(), plan, extraListeners);
    }

    private synchronized BackfillHandle start(String id, RunPlan plan, RunListener... extraListeners) {
        RunHandle run;
        try {
            run = submitter.submit(plan, extraListeners);
        } catch (RuntimeException e) {
            history.backfillStatus(id, BackfillStatus.FAILED, Instant.now());
            throw e;
        }
        history.backfillRunAdded(id, run.runId());
        Execution execution = new Execution(id, run);
        active.put(id, execution);
        startPolling();
        run.result().whenComplete((result, error) -> finish(execution, result, error));
        return execution;
    }

    private void finish(Execution execution, RunResult result, Throwable error) {
        BackfillStatus status;
        if (error != null) {
            status = BackfillStatus.FAILED;
        } else {
            status = switch (result.runStatus()) {
                case SUCCEEDED -> BackfillStatus.SUCCEEDED;
                case CANCELED -> BackfillStatus.CANCELED;
                default -> BackfillStatus.FAILED;
            };
        }
        Backfill ended = null;
        RuntimeException failure = null;
        try {
            history.backfillStatus(execution.id, status, Instant.now());
            ended = require(execution.id);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            // before completing, so whoever awaits it may retry it at once
            active.remove(execution.id, execution);
        }
        if (failure == null) {
            execution.done.complete(ended);
        } else {
            execution.done.completeExceptionally(failure);
        }
    }

    /**
     * Cancels backfill {@code idOrPrefix}: its run stops if this process runs it; if another process
     * runs it, that process stops it soon ({@link BackfillStatus#CANCELING}); one that is not running
     * any more is marked canceled. A finished backfill is left as it is.
     *
     * @return the backfill with its status after the request
     */
    public Backfill cancel(String idOrPrefix) {
        Backfill backfill = require(idOrPrefix);
        Execution mine = active.get(backfill.id());
        if (mine != null) {
            mine.cancel();
            return backfill.withStatus(BackfillStatus.CANCELING, null);
        }
        BackfillStatus now = status(backfill);
        if (now.isFinished()) {
            return backfill.withStatus(now, backfill.finishedAt());
        }
        boolean runningElsewhere =
                lastRun(backfill).map(r -> !r.status().isFinished()).orElse(false);
        BackfillStatus next = runningElsewhere ? BackfillStatus.CANCELING : BackfillStatus.CANCELED;
        Instant finished = runningElsewhere ? null : Instant.now();
        history.backfillStatus(backfill.id(), next, finished);
        return backfill.withStatus(next, finished);
    }

    /** The backfill {@code idOrPrefix} stands for, with its status as it is now. */
    public Optional<Backfill> get(String idOrPrefix) {
        return history.backfill(idOrPrefix).map(b -> b.withStatus(status(b), b.finishedAt()));
    }

    /** A page of backfills, newest first. */
    public List<Backfill> list(int offset, int limit) {
        return history.backfills(offset, limit).stream()
                .map(b -> b.withStatus(status(b), b.finishedAt()))
                .toList();
    }

    /** The latest state of every target of backfill {@code idOrPrefix}. */
    public BackfillMatrix matrix(String idOrPrefix) {
        return matrix(require(idOrPrefix));
    }

    private BackfillMatrix matrix(Backfill backfill) {
        Map<StepKey, StepEventType> states = new LinkedHashMap<>();
        backfill.targets().forEach(t -> states.put(t, null));
        for (String runId : backfill.runIds()) {
            for (StepEventRecord e : history.stepEvents(runId)) {
                StepKey step = StepKey.of(e.assetKey(), e.partition());
                if (states.containsKey(step) && e.type().isState()) {
                    states.put(step, e.type());
                }
            }
        }
        return new BackfillMatrix(backfill.withStatus(status(backfill), backfill.finishedAt()), states);
    }

    /** The backfills this process is running now. */
    public List<BackfillHandle> active() {
        return List.copyOf(active.values());
    }

    /** The handle of backfill {@code id} if this process runs it. */
    public Optional<BackfillHandle> active(String id) {
        return Optional.ofNullable(active.get(id));
    }

    /** Waits (at most {@code timeout}) for the backfills of this process to record their end. */
    public boolean awaitIdle(Duration timeout) {
        CompletableFuture<?>[] pending =
                active.values().stream().map(e -> e.done).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(pending).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /**
     * The stored status, except that one stored as going whose last run ended without this process
     * following it was left behind by a process that went away.
     */
    private BackfillStatus status(Backfill backfill) {
        if (backfill.status().isFinished() || active.containsKey(backfill.id())) {
            return backfill.status();
        }
        Optional<RunRecord> last = lastRun(backfill);
        if (last.isPresent() && last.get().status().isFinished()) {
            return BackfillStatus.INTERRUPTED;
        }
        return backfill.status();
    }

    private Optional<RunRecord> lastRun(Backfill backfill) {
        if (backfill.runIds().isEmpty()) {
            return Optional.empty();
        }
        return history.run(backfill.runIds().get(backfill.runIds().size() - 1));
    }

    private Backfill require(String idOrPrefix) {
        return history.backfill(idOrPrefix)
                .orElseThrow(() -> new NoSuchElementException("no backfill " + idOrPrefix + " in the history"));
    }

    /** Cancels this process's backfills that another process asked to cancel. */
    private synchronized void startPolling() {
        if (polling != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backfill-cancel-poller");
            t.setDaemon(true);
            return t;
        });
        polling = poller.scheduleWithFixedDelay(
                this::pollCancels, CANCEL_POLL.toMillis(), CANCEL_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollCancels() {
        for (Execution execution : List.copyOf(active.values())) {
            try {
                history.backfill(execution.id)
                        .filter(b -> b.status() == BackfillStatus.CANCELING)
                        .ifPresent(b -> execution.cancel());
            } catch (RuntimeException e) {
                LOG.debug("could not read backfill {} to look for a cancel request: {}", execution.id, e.toString());
            }
        }
    }

    /** One backfill run by this process. */
    private static final class Execution implements BackfillHandle {
        final String id;
        final RunHandle run;
        final CompletableFuture<Backfill> done = new CompletableFuture<>();

        Execution(String id, RunHandle run) {
            this.id = id;
            this.run = run;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String runId() {
            return run.runId();
        }

        @Override
        public void cancel() {
            run.cancel();
        }

        @Override
        public CompletableFuture<Backfill> result() {
            return done;
        }
    }
}
