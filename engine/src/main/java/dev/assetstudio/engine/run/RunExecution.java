package dev.assetstudio.engine.run;

import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.run.event.Materialized;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
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
 * by its worker before the step is marked done; skip and cancel events are emitted under the lock;
 * {@link RunFinished} is emitted by whoever marks the last step done, so it is always last.
 */
final class RunExecution {
    private final String runId;
    private final RunPlan plan;
    private final Executor pool;
    private final IoManagers ioManagers;
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
    private int remaining;
    private boolean canceled;

    RunExecution(
            String runId, RunPlan plan, Executor pool, StepRunner runner, IoManagers ioManagers, RunEmitter emitter) {
        this.runId = runId;
        this.plan = plan;
        this.pool = pool;
        this.runner = runner;
        this.ioManagers = ioManagers;
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
        emitter.emit(new RunStarted(runId, start, plan.stepKeys(), plan.selection()));
        boolean finished;
        synchronized (this) {
            Deque<StepKey> ready = new ArrayDeque<>();
            plan.steps().stream().filter(s -> s.upstream().isEmpty()).forEach(s -> ready.add(s.key()));
            release(ready);
            finished = remaining == 0;
        }
        if (finished) {
            finish();
        }
    }

    /**
     * Stops scheduling, interrupts running steps, and marks every step not started {@code
     * CANCELED}. Running steps end {@code CANCELED} when the interruption makes them fail.
     */
    void cancel() {
        boolean finished;
        synchronized (this) {
            if (canceled || remaining == 0) {
                return;
            }
            canceled = true;
            running.values().forEach(Thread::interrupt);
            for (StepKey step : plan.stepKeys()) {
                if (!statuses.containsKey(step) && !taken.contains(step)) {
                    emitter.emit(new StepCanceled(runId, Instant.now(), step));
                    markDone(step, StepStatus.CANCELED, new ArrayDeque<>());
                }
            }
            finished = remaining == 0;
        }
        if (finished) {
            finish();
        }
    }

    /** Sends ready steps to the pool, skipping (or canceling) those that must not run. Under lock. */
    private void release(Deque<StepKey> ready) {
        while (!ready.isEmpty()) {
            StepKey step = ready.poll();
            if (statuses.containsKey(step)) {
                continue;
            }
            if (canceled) {
                emitter.emit(new StepCanceled(runId, Instant.now(), step));
                markDone(step, StepStatus.CANCELED, ready);
            } else if (skipReason.containsKey(step)) {
                emitter.emit(new StepSkipped(runId, Instant.now(), step, skipReason.get(step)));
                markDone(step, StepStatus.SKIPPED, ready);
            } else {
                PlannedStep planned = steps.get(step);
                try {
                    pool.execute(() -> runStep(planned));
                } catch (RejectedExecutionException e) {
                    String message = "step " + step + " could not be scheduled: the executor is shut down";
                    failures.put(step, message);
                    emitter.emit(
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
        Instant stepStart = Instant.now();
        StepOutcome outcome;
        try {
            emitter.emit(new StepStarted(runId, stepStart, key));
            outcome = runner.run(step);
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
        Duration duration = Duration.between(stepStart, Instant.now());
        StepStatus status = report(step, outcome, duration);
        boolean finished;
        synchronized (this) {
            if (status == StepStatus.FAILED) {
                failures.put(key, outcome.message());
            }
            Deque<StepKey> ready = new ArrayDeque<>();
            taken.remove(key);
            markDone(key, status, ready);
            release(ready);
            finished = remaining == 0;
        }
        if (finished) {
            finish();
        }
    }

    /** Emits the step's final events and gives its status; a failure during a cancel is a cancel. */
    private StepStatus report(PlannedStep step, StepOutcome outcome, Duration duration) {
        StepKey key = step.key();
        Instant now = Instant.now();
        boolean wasCanceled;
        synchronized (this) {
            wasCanceled = canceled;
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
                emitter.emit(new StepSucceeded(runId, now, key, duration, true));
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

    /** Drops this run's in-memory values, emits {@link RunFinished} and completes the result. */
    private void finish() {
        Map<StepKey, StepStatus> ordered = new LinkedHashMap<>();
        Map<StepKey, String> failed;
        RunStatus runStatus;
        synchronized (this) {
            plan.stepKeys().forEach(k -> ordered.put(k, statuses.get(k)));
            failed = new LinkedHashMap<>(failures);
            runStatus = canceled
                    ? RunStatus.CANCELED
                    : statuses.containsValue(StepStatus.FAILED) ? RunStatus.FAILED : RunStatus.SUCCEEDED;
        }
        ioManagers.inMemoryManagers().forEach(m -> m.clearRun(runId));
        Instant end = Instant.now();
        emitter.emit(new RunFinished(runId, end, runStatus));
        result.complete(new RunResult(runId, runStatus, ordered, failed, Duration.between(start, end)));
    }
}
