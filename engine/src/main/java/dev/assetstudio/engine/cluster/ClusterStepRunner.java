package dev.assetstudio.engine.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.config.UnboundConfig;
import dev.assetstudio.engine.run.PlannedStep;
import dev.assetstudio.engine.run.StepOutcome;
import dev.assetstudio.engine.run.StepReport;
import dev.assetstudio.engine.run.StepRunner;
import dev.assetstudio.engine.worker.CheckEvaluations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs each step on a worker of the cluster, the least busy one: the executor's thread waits for
 * the task's result while the step's log lines arrive live (those that miss the live topic come
 * with the result), takes its asset checks' results from it and names the worker in the step's log. A worker that
 * leaves or dies mid-step costs an attempt, never the step: it is retried on another worker (at most
 * {@link #MAX_ATTEMPTS} attempts), and the step's log says which worker was lost and why. Values
 * are written by the attempt that succeeds (the I/O managers write atomically).
 */
final class ClusterStepRunner implements StepRunner {
    /** Attempts per step when workers keep leaving under it. */
    static final int MAX_ATTEMPTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClusterCoordinator cluster;
    private final String storage;

    ClusterStepRunner(ClusterCoordinator cluster, String storage) {
        this.cluster = cluster;
        this.storage = storage;
    }

    /** A step waits at the coordinator for a worker's free thread before it starts: this runner says when. */
    @Override
    public boolean reportsStart() {
        return true;
    }

    @Override
    public StepOutcome run(String runId, PlannedStep step, StepReport log) {
        String configJson;
        try {
            configJson = configJson(step);
        } catch (JsonProcessingException e) {
            return StepOutcome.failed(StepOutcome.SETUP, "config of `" + step.key() + "` cannot be sent: " + e, e);
        }
        for (int attempt = 1; ; attempt++) {
            long entered = WorkerTimes.now();
            Member worker;
            try {
                worker = cluster.claimWorker(
                        () -> log.log(
                                RunLog.Level.WARN,
                                "no worker in cluster '" + cluster.settings().name() + "'; `" + step.key()
                                        + "` waits for one to join"),
                        log::waiting);
                // started only now, on a worker's thread; a retry's attempt does not start the step again
                log.started();
            } catch (InterruptedException e) {
                return StepOutcome.failed(StepOutcome.SETUP, "step `" + step.key() + "` canceled", e);
            }
            long granted = WorkerTimes.now();
            StepTask task = task(runId, step, configJson);
            LiveLog live = cluster.openLog(task.taskId, log);
            Future<StepResult> future = null;
            // the worker's thread is free once it answered: the next waiting step takes it as the
            // answer arrives (on the thread that completes the future), not once this thread woke
            // up, read the result and reported it. Once, whichever comes first.
            AtomicLong seenAt = new AtomicLong();
            Member claimed = worker;
            Runnable answered = () -> {
                if (seenAt.compareAndSet(0, WorkerTimes.now())) {
                    cluster.release(claimed);
                }
            };
            try {
                long submitted = WorkerTimes.now();
                future = cluster.executor().submitToMember(task, worker);
                whenAnswered(future, answered);
                StepResult result = future.get();
                answered.run();
                long seen = seenAt.get();
                WorkerTimes times = result.times();
                cluster.timings()
                        .add(new StepTiming(
                                step.key().toString(),
                                result.member(),
                                entered,
                                granted,
                                submitted,
                                times.received(),
                                times.started(),
                                times.loaded(),
                                times.computed(),
                                times.stored(),
                                times.ended(),
                                times.answered(),
                                seen,
                                times.cpuMicros()));
                live.finish(result.logLevels(), result.logMessages());
                return outcome(result, log);
            } catch (InterruptedException e) {
                if (future != null) {
                    future.cancel(true);
                }
                return StepOutcome.failed(StepOutcome.SETUP, "step `" + step.key() + "` canceled", e);
            } catch (ExecutionException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                String who = ClusterMember.nameOf(worker);
                if (!workerLost(cause)) {
                    return StepOutcome.failed(
                            StepOutcome.SETUP,
                            "step `" + step.key() + "` failed on worker " + who + ": " + cause,
                            cause);
                }
                cluster.lost(worker);
                if (attempt >= MAX_ATTEMPTS) {
                    return StepOutcome.failed(
                            StepOutcome.SETUP,
                            "step `" + step.key() + "` lost its worker " + attempt + " times; the last, " + who + ": "
                                    + cause,
                            cause);
                }
                log.log(
                        RunLog.Level.WARN,
                        "retry: worker " + who + " "
                                + (reached(cause) ? "left while running" : "had left before it got")
                                + " `" + step.key() + "`; attempt " + (attempt + 1) + " of " + MAX_ATTEMPTS
                                + " on another worker. Cause: " + briefly(cause));
                log.retrying(attempt + 1, lostWords(who, cause));
            } finally {
                cluster.closeLog(task.taskId);
                answered.run();
            }
        }
    }

    /**
     * Runs {@code action} as soon as {@code future} completes, on the thread that completes it (the
     * client's response thread). Through the public {@link CompletionStage} API with an executor of
     * our own choosing: Hazelcast's default for callbacks is the common pool, or where that has one
     * thread (2 cores) a new thread per callback. The action (freeing a worker's thread for the next
     * waiting step) is short and never blocks.
     */
    static void whenAnswered(Future<?> future, Runnable action) {
        if (future instanceof CompletionStage<?> stage) {
            stage.whenCompleteAsync((r, e) -> action.run(), Runnable::run);
        }
    }

    /** The workers drop what they kept for the run (the results its multi-asset steps shared). */
    @Override
    public void runEnded(String runId) {
        cluster.runEnded(runId);
    }

    private static String configJson(PlannedStep step) throws JsonProcessingException {
        Object config = step.config() instanceof UnboundConfig unbound ? unbound.values() : step.config();
        return config == null ? null : JSON.writeValueAsString(config);
    }

    /** One attempt at {@code step}: a task of its own id, under which its log lines come back live. */
    private StepTask task(String runId, PlannedStep step, String configJson) {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        step.inputPartitions().forEach((k, v) -> inputs.put(k.toString(), v));
        return new StepTask(
                cluster.checksum(),
                cluster.jarName(),
                storage,
                runId,
                step.key().asset().toString(),
                step.key().partition(),
                inputs,
                configJson,
                step.checks(),
                step.checksOnly(),
                UUID.randomUUID().toString(),
                cluster.logTopic());
    }

    /** The step's outcome, its checks' results with it; its log lines were written by then. */
    private static StepOutcome outcome(StepResult result, RunLog log) {
        log.log(RunLog.Level.INFO, "ran on worker " + result.member());
        Map<String, Object> metadata;
        List<Map<String, Object>> checks;
        try {
            metadata = JSON.readValue(result.metadataJson(), new TypeReference<>() {});
            checks = result.checksJson() == null
                    ? List.of()
                    : JSON.readValue(result.checksJson(), new TypeReference<List<Map<String, Object>>>() {});
        } catch (JsonProcessingException e) {
            return StepOutcome.failed(StepOutcome.SETUP, "worker " + result.member() + " sent unreadable results", e);
        }
        return new StepOutcome(
                        StepStatus.valueOf(result.status()),
                        metadata,
                        result.phase(),
                        result.message(),
                        result.stackTrace())
                .withChecks(CheckEvaluations.fromJson(checks));
    }

    /**
     * Why an attempt on {@code who} was lost, for history: "left mid-step", or "had left before the
     * step reached it" when the task was sent to a member already gone (it never ran there).
     */
    static String lostWords(String who, Throwable cause) {
        return "worker " + who + (reached(cause) ? " left mid-step: " : " had left before the step reached it: ")
                + briefly(cause);
    }

    /** Whether the lost attempt had reached its worker: not when the member was already gone when sent. */
    private static boolean reached(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TargetNotMemberException) {
                return false;
            }
        }
        return true;
    }

    /** {@code failure} in one short line: its type and message, the member's id left out (the name says who). */
    static String briefly(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        message = message.replaceAll(" - " + uuid, "").replaceAll(" with uuid\\(" + uuid + "\\)", "");
        return failure.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }

    /** Whether {@code failure} says the worker went away (rather than the step failing there). */
    static boolean workerLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MemberLeftException
                    || t instanceof TargetDisconnectedException
                    || t instanceof TargetNotMemberException
                    || t instanceof HazelcastInstanceNotActiveException) {
                return true;
            }
        }
        return false;
    }
}
