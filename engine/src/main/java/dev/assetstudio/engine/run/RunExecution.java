package dev.assetstudio.engine.run;

import dev.assetstudio.engine.CheckStatus;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.CheckKey;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.CheckEvaluated;
import dev.assetstudio.engine.run.event.Materialized;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepSucceeded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One run in progress: dependency counters decide when a step is ready, and a ready step goes to
 * the pool at once (no polling, no barrier per layer). The scheduling state is guarded by {@code
 * this}; user code runs outside the lock.
 *
 * <p>Event order: a step's own events (started, logs, materialized, succeeded/failed) are emitted
 * by its worker before the step is marked done. Events decided under the lock (a step skipped,
 * canceled before it started, or refused by a shut-down pool: each step's only event) are collected
 * there and emitted right after the lock is released, in the order they were decided, so a slow
 * listener never holds up the other workers. {@link RunFinished} is emitted once every step is done
 * and no thread still has collected events to emit, so it is always last.
 */
final class RunExecution {
    private final String runId;
    private final RunPlan plan;
    private final Executor pool;
    private final RunEmitter emitter;
    private final StepRunner runner;
    private final Instant start;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();

    private final Map<StepKey, PlannedStep> steps;
    private final Map<StepKey, List<StepKey>> downstream = new HashMap<>();
    private final Map<StepKey, Integer> waiting = new HashMap<>();
    private final Map<StepKey, String> skipReason = new HashMap<>();
    private final Map<StepKey, StepStatus> statuses = new HashMap<>();
    private final Map<StepKey, String> failures = new LinkedHashMap<>();
    private final Map<StepKey, Thread> running = new HashMap<>();
    // Steps a worker has taken and not yet marked done: running, or reporting their outcome after
    // user code returned (no longer interruptible, but not cancelable either).
    private final Set<StepKey> taken = new HashSet<>();
    private final List<AssetCheckEvaluation> evaluations = new ArrayList<>();
    private boolean blockedByCheck;
    private int remaining;
    private boolean canceled;
    // Threads that decided events under the lock and have not finished emitting them yet; the run
    // does not finish before they have, so RunFinished stays last.
    private int emitting;
    private boolean finishing;

    RunExecution(String runId, RunPlan plan, Executor pool, StepRunner runner, RunEmitter emitter) {
        this.runId = runId;
        this.plan = plan;
        this.pool = pool;
        this.runner = runner;
        this.emitter = emitter;
        this.start = Instant.now();
        this.steps = plan.byKey();
        for (PlannedStep step : plan.steps()) {
            waiting.put(step.key(), step.upstream().size());
            for (StepKey up : step.upstream()) {
                downstream.computeIfAbsent(up, k -> new ArrayList<>()).add(step.key());
            }
        }
        this.remaining = plan.steps().size();
    }

    String runId() {
        return runId;
    }

    CompletableFuture<RunResult> result() {
        return result;
    }

    void start() {
        // steps that only run checks materialize nothing: they are not steps of the run's progress
        List<StepKey> materializing = plan.steps().stream()
                .filter(s -> !s.checksOnly())
                .map(PlannedStep::key)
                .toList();
        emitter.emit(new RunStarted(runId, start, materializing, plan.selection(), plan.config(), plan.executor()));
        List<RunEvent> decided = new ArrayList<>();
        boolean finished;
        synchronized (this) {
            Deque<StepKey> ready = new ArrayDeque<>();
            plan.steps().stream().filter(s -> s.upstream().isEmpty()).forEach(s -> ready.add(s.key()));
            release(ready, decided);
            finished = leaveLock(decided);
        }
        emitDecided(decided, finished);
    }

    /**
     * Stops scheduling, interrupts running steps, and marks every step not started {@code
     * CANCELED}. Running steps end {@code CANCELED} when the interruption makes them fail.
     */
    void cancel() {
        List<RunEvent> decided = new ArrayList<>();
        boolean finished;
        synchronized (this) {
            if (canceled || remaining == 0) {
                return;
            }
            canceled = true;
            running.values().forEach(Thread::interrupt);
            for (StepKey step : plan.stepKeys()) {
                if (!statuses.containsKey(step) && !taken.contains(step)) {
                    decided.add(new StepCanceled(runId, Instant.now(), step));
                    markDone(step, StepStatus.CANCELED, new ArrayDeque<>());
                }
            }
            finished = leaveLock(decided);
        }
        emitDecided(decided, finished);
    }

    /**
     * Called last under the lock by a thread that collected {@code decided}: counts it as emitting
     * if it has events to emit, otherwise tells whether it must finish the run now.
     */
    private boolean leaveLock(List<RunEvent> decided) {
        if (!decided.isEmpty()) {
            emitting++;
            return false;
        }
        return claimFinish();
    }

    /** Under lock: true (once) when every step is done and nobody still emits decided events. */
    private boolean claimFinish() {
        if (remaining == 0 && emitting == 0 && !finishing) {
            finishing = true;
            return true;
        }
        return false;
    }

    /**
     * Outside the lock: emits the events collected under it, then finishes the run if this thread
     * turns out to be the last one with anything to say.
     */
    private void emitDecided(List<RunEvent> decided, boolean finished) {
        boolean last = finished;
        try {
            decided.forEach(emitter::emit);
        } finally {
            if (!decided.isEmpty()) {
                synchronized (this) {
                    emitting--;
                    last = claimFinish();
                }
            }
            if (last) {
                finish();
            }
        }
    }

    /**
     * Sends ready steps to the pool, skipping (or canceling) those that must not run; their events
     * go to {@code decided}, for the caller to emit once it released the lock. Under lock.
     */
    private void release(Deque<StepKey> ready, List<RunEvent> decided) {
        while (!ready.isEmpty()) {
            StepKey step = ready.poll();
            if (statuses.containsKey(step)) {
                continue;
            }
            if (canceled) {
                decided.add(new StepCanceled(runId, Instant.now(), step));
                markDone(step, StepStatus.CANCELED, ready);
            } else if (skipReason.containsKey(step)) {
                decided.add(new StepSkipped(runId, Instant.now(), step, skipReason.get(step)));
                markDone(step, StepStatus.SKIPPED, ready);
            } else {
                PlannedStep planned = steps.get(step);
                try {
                    pool.execute(() -> runStep(planned));
                } catch (RejectedExecutionException e) {
                    String message = "step " + step + " could not be scheduled: the executor is shut down";
                    failures.put(step, message);
                    decided.add(
                            new StepFailed(runId, Instant.now(), step, Duration.ZERO, StepOutcome.SETUP, message, ""));
                    markDone(step, StepStatus.FAILED, ready);
                }
            }
        }
    }

    /** Records a final status and counts down the downstream steps, queuing those now ready. */
    private void markDone(StepKey step, StepStatus status, Deque<StepKey> ready) {
        statuses.put(step, status);
        remaining--;
        for (StepKey d : downstream.getOrDefault(step, List.of())) {
            if (status != StepStatus.SUCCEEDED) {
                skipReason.putIfAbsent(d, skipReasonFor(step, status));
            }
            if (waiting.merge(d, -1, Integer::sum) == 0) {
                ready.add(d);
            }
        }
    }

    private String skipReasonFor(StepKey upstream, StepStatus status) {
        return switch (status) {
            case FAILED -> "upstream " + upstream + " failed";
            case NOT_MATERIALIZED -> "upstream " + upstream + " did not materialize";
            case CANCELED -> "upstream " + upstream + " was canceled";
            default -> "upstream " + upstream + " was skipped (" + skipReason.get(upstream) + ")";
        };
    }

    /** A worker's job: run the step, report it, and release its downstream steps. */
    private void runStep(PlannedStep step) {
        StepKey key = step.key();
        synchronized (this) {
            if (statuses.containsKey(key)) {
                return; // canceled while queued
            }
            running.put(key, Thread.currentThread());
            taken.add(key);
        }
        StepLog log = new StepLog(emitter, runId, key, !step.checksOnly());
        StepOutcome outcome;
        try {
            if (!runner.reportsStart()) {
                log.started();
            }
            // a runner that reports the start itself says when the step really began (a cluster
            // step may first wait for a worker's thread), so a waiting step never shows as running
            outcome = runner.run(runId, step, log);
        } catch (RuntimeException | Error e) {
            // the runner catches user failures; this is an engine bug or a JVM error, and the step
            // must still be marked done or the run would never finish
            outcome = StepOutcome.failed(StepOutcome.SETUP, "step " + key + " failed in the engine: " + e, e);
        } finally {
            synchronized (this) {
                running.remove(key);
            }
            // clears an interrupt from cancel() so it cannot leak into the pool's next task
            Thread.interrupted();
        }
        Instant stepEnd = Instant.now();
        Duration duration = Duration.between(log.startedAt().orElse(stepEnd), stepEnd);
        StepStatus status = report(step, outcome, duration);
        List<RunEvent> decided = new ArrayList<>();
        boolean finished;
        synchronized (this) {
            if (status == StepStatus.FAILED) {
                failures.put(key, outcome.message());
            }
            evaluations.addAll(outcome.checks());
            Optional<AssetCheckEvaluation> blocking = outcome.blockingFailure();
            if (blocking.isPresent()) {
                blockedByCheck = true;
                String reason = "blocking check " + blocking.get().check() + " failed";
                failures.putIfAbsent(key, reason);
                for (StepKey d : downstream.getOrDefault(key, List.of())) {
                    skipReason.putIfAbsent(d, reason);
                }
            }
            Deque<StepKey> ready = new ArrayDeque<>();
            taken.remove(key);
            markDone(key, status, ready);
            release(ready, decided);
            finished = leaveLock(decided);
        }
        emitDecided(decided, finished);
    }

    /** Emits the step's final events and gives its status; a failure during a cancel is a cancel. */
    private StepStatus report(PlannedStep step, StepOutcome outcome, Duration duration) {
        StepKey key = step.key();
        Instant now = Instant.now();
        boolean wasCanceled;
        synchronized (this) {
            wasCanceled = canceled;
        }
        if (step.checksOnly()) {
            outcome.checks().forEach(c -> emitter.emit(new CheckEvaluated(runId, c.time(), key, c)));
            return StepStatus.SUCCEEDED;
        }
        switch (outcome.status()) {
            case SUCCEEDED:
                emitter.emit(new Materialized(
                        runId,
                        now,
                        key,
                        outcome.metadata(),
                        step.definition().codeVersion().orElse(null),
                        duration));
                // checks ran after the asset was stored: their results follow its materialization
                outcome.checks().forEach(c -> emitter.emit(new CheckEvaluated(runId, c.time(), key, c)));
                emitter.emit(new StepSucceeded(runId, Instant.now(), key, duration, true));
                return StepStatus.SUCCEEDED;
            case NOT_MATERIALIZED:
                emitter.emit(new StepSucceeded(runId, now, key, duration, false));
                return StepStatus.NOT_MATERIALIZED;
            default:
                if (wasCanceled) {
                    emitter.emit(new StepCanceled(runId, now, key));
                    return StepStatus.CANCELED;
                }
                emitter.emit(new StepFailed(
                        runId, now, key, duration, outcome.phase(), outcome.message(), outcome.stackTrace()));
                return StepStatus.FAILED;
        }
    }

    /** Lets the runner drop this run's values, emits {@link RunFinished} and completes the result. */
    private void finish() {
        Map<StepKey, StepStatus> ordered = new LinkedHashMap<>();
        Map<StepKey, String> failed;
        Map<CheckKey, CheckStatus> checkStatuses = new LinkedHashMap<>();
        RunStatus runStatus;
        synchronized (this) {
            plan.steps().stream()
                    .filter(s -> !s.checksOnly())
                    .forEach(s -> ordered.put(s.key(), statuses.get(s.key())));
            failed = new LinkedHashMap<>(failures);
            runStatus = canceled
                    ? RunStatus.CANCELED
                    : statuses.containsValue(StepStatus.FAILED) || blockedByCheck
                            ? RunStatus.FAILED
                            : RunStatus.SUCCEEDED;
            for (PlannedStep step : plan.steps()) {
                for (String name : step.checks()) {
                    CheckKey check = CheckKey.of(step.key().asset(), name);
                    CheckStatus status = evaluations.stream()
                            .filter(e -> e.check().equals(check)
                                    && java.util.Objects.equals(
                                            e.partition(), step.key().partition()))
                            .map(e -> e.passed() ? CheckStatus.PASSED : CheckStatus.FAILED)
                            .findFirst()
                            .orElse(CheckStatus.SKIPPED);
                    checkStatuses.merge(check, status, RunResult::worstCheckStatus);
                }
            }
        }
        try {
            runner.runEnded(runId);
        } catch (RuntimeException e) {
            // housekeeping: the run's outcome is decided, and its result must still complete
            org.slf4j.LoggerFactory.getLogger(RunExecution.class).warn("run {}: cleanup failed", runId, e);
        }
        Instant end = Instant.now();
        emitter.emit(new RunFinished(runId, end, runStatus));
        result.complete(new RunResult(runId, runStatus, ordered, failed, Duration.between(start, end), checkStatuses));
    }
}
