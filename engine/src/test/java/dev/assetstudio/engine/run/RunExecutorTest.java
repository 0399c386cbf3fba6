package dev.assetstudio.engine.run;

import static dev.assetstudio.engine.run.TestProject.asset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.IOManager;
import dev.assetstudio.api.InMemoryIOManager;
import dev.assetstudio.api.InputContext;
import dev.assetstudio.api.Output;
import dev.assetstudio.api.OutputContext;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.TestProject.Recorder;
import dev.assetstudio.engine.run.event.Materialized;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.run.event.StepWaiting;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunExecutorTest {
    @TempDir
    Path home;

    private static AssetKey key(String k) {
        return AssetKey.parse(k);
    }

    private static int intInput(Map<AssetKey, Object> inputs, String k) {
        return (Integer) inputs.get(key(k));
    }

    @Test
    void diamondRunsInDependencyOrderAndPassesEachInput() {
        Map<String, Map<AssetKey, Object>> seen = new ConcurrentHashMap<>();
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("a", (ctx, in, cfg) -> 1))
                .add(asset("b", (ctx, in, cfg) -> intInput(in, "a") + 10, "a"))
                .add(asset("c", (ctx, in, cfg) -> intInput(in, "a") * 100, "a"))
                .add(asset(
                        "d",
                        (ctx, in, cfg) -> {
                            seen.put("d", in);
                            return intInput(in, "b") + intInput(in, "c");
                        },
                        "b",
                        "c"));
        Recorder recorder = new Recorder();

        RunResult result = project.run(home, recorder, "a", "b", "c", "d");

        assertTrue(result.succeeded());
        assertEquals(Map.of(key("b"), 11, key("c"), 100), seen.get("d"));
        List<StepKey> started =
                recorder.of(StepStarted.class).stream().map(StepStarted::step).toList();
        assertEquals(StepKey.of(key("a")), started.get(0));
        assertEquals(StepKey.of(key("d")), started.get(3));
        assertEquals(4, recorder.of(Materialized.class).size());
        RunEvent last = recorder.events.get(recorder.events.size() - 1);
        assertEquals(
                RunStatus.SUCCEEDED, assertInstanceOf(RunFinished.class, last).status());
        assertEquals(StepStatus.SUCCEEDED, result.status(key("d")));
    }

    @Test
    void wideFanOutRunsAtMostParallelismStepsAtOnceButMoreThanOne() {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxActive = new AtomicInteger();
        CountDownLatch twoRunning = new CountDownLatch(2);
        TestProject project = TestProject.create().resource("io_manager", new InMemoryIOManager());
        project.add(asset("root", (ctx, in, cfg) -> 0));
        String[] all = new String[201];
        all[0] = "root";
        for (int i = 0; i < 200; i++) {
            all[i + 1] = "leaf" + i;
            int n = i;
            project.add(asset(
                    "leaf" + i,
                    (ctx, in, cfg) -> {
                        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                        twoRunning.countDown();
                        // holds the first leaves until a second one runs beside them; with one
                        // worker this would wait out the timeout and maxActive would stay 1
                        twoRunning.await(10, TimeUnit.SECONDS);
                        active.decrementAndGet();
                        return n;
                    },
                    "root"));
        }

        RunResult result = project.run(home, RunRequest.empty(), 4, List.of(), all);

        assertTrue(result.succeeded());
        assertEquals(201, result.statuses().size());
        assertTrue(maxActive.get() <= 4, "max concurrency " + maxActive.get());
        assertTrue(maxActive.get() > 1, "max concurrency " + maxActive.get());
    }

    @Test
    void failureSkipsItsDownstreamWhileAnIndependentBranchSucceeds() {
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("a", (ctx, in, cfg) -> 1))
                .add(asset(
                        "b",
                        (ctx, in, cfg) -> {
                            throw new IllegalStateException("boom");
                        },
                        "a"))
                .add(asset("c", (ctx, in, cfg) -> 3, "b"))
                .add(asset("e", (ctx, in, cfg) -> 4, "c"))
                .add(asset("d", (ctx, in, cfg) -> intInput(in, "a") + 1, "a"));
        Recorder recorder = new Recorder();

        RunResult result = project.run(home, recorder, "a", "b", "c", "d", "e");

        assertFalse(result.succeeded());
        assertEquals(RunStatus.FAILED, result.runStatus());
        assertEquals(StepStatus.FAILED, result.status(key("b")));
        assertEquals(StepStatus.SKIPPED, result.status(key("c")));
        assertEquals(StepStatus.SKIPPED, result.status(key("e")));
        assertEquals(StepStatus.SUCCEEDED, result.status(key("d")));
        assertEquals(
                Map.of(StepKey.of(key("b")), "asset b failed in compute: IllegalStateException: boom"),
                result.failures());
        Map<StepKey, String> reasons = new java.util.HashMap<>();
        recorder.of(StepSkipped.class).forEach(s -> reasons.put(s.step(), s.reason()));
        assertEquals("upstream b failed", reasons.get(StepKey.of(key("c"))));
        assertEquals("upstream c was skipped (upstream b failed)", reasons.get(StepKey.of(key("e"))));
        StepFailed failed = recorder.of(StepFailed.class).get(0);
        assertEquals("COMPUTE", failed.phase());
        assertTrue(failed.stackTrace().contains("IllegalStateException: boom"), failed.stackTrace());
    }

    @Test
    void emptyOptionalIsNotMaterializedAndSkipsDownstream() {
        RecordingIOManager io = new RecordingIOManager();
        TestProject project = TestProject.create()
                .resource("io_manager", io)
                .add(asset("maybe", (ctx, in, cfg) -> Optional.empty()).outputRequired(false))
                .add(asset("after", (ctx, in, cfg) -> 1, "maybe"))
                .add(asset("other", (ctx, in, cfg) -> Optional.of(Output.of(5))).outputRequired(false));
        Recorder recorder = new Recorder();

        RunResult result = project.run(home, recorder, "maybe", "after", "other");

        assertTrue(result.succeeded());
        assertEquals(StepStatus.NOT_MATERIALIZED, result.status(key("maybe")));
        assertEquals(StepStatus.SKIPPED, result.status(key("after")));
        assertEquals(StepStatus.SUCCEEDED, result.status(key("other")));
        assertEquals(List.of("other=5"), io.stored);
        assertEquals(
                List.of(StepKey.of(key("other"))),
                recorder.of(Materialized.class).stream().map(Materialized::step).toList());
        assertEquals(
                "upstream maybe did not materialize",
                recorder.of(StepSkipped.class).get(0).reason());
        StepSucceeded maybe = recorder.of(StepSucceeded.class).stream()
                .filter(s -> s.step().asset().equals(key("maybe")))
                .findFirst()
                .orElseThrow();
        assertFalse(maybe.materialized());
    }

    @Test
    void nullFromARequiredAssetFailsWithAHint() {
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("nothing", (ctx, in, cfg) -> null));

        RunResult result = project.run(home, new Recorder(), "nothing");

        assertEquals(StepStatus.FAILED, result.status(key("nothing")));
        assertEquals(
                "asset nothing failed in compute: it returned null; return a value, or declare outputRequired = false and return"
                        + " Optional.empty()",
                result.failures().get(StepKey.of(key("nothing"))));
    }

    @Test
    void voidAssetIsMaterializedWithoutCallingTheIoManager() {
        RecordingIOManager io = new RecordingIOManager();
        TestProject project = TestProject.create()
                .resource("io_manager", io)
                .add(asset("selfStored", (ctx, in, cfg) -> {
                            ctx.addOutputMetadata("files", 3);
                            return null;
                        })
                        .returnsVoid(true)
                        .codeVersion("7"));
        Recorder recorder = new Recorder();

        RunResult result = project.run(home, recorder, "selfStored");

        assertEquals(StepStatus.SUCCEEDED, result.status(key("selfStored")));
        assertEquals(List.of(), io.stored);
        Materialized m = recorder.of(Materialized.class).get(0);
        assertEquals(Map.of("files", 3), m.metadata());
        assertEquals("7", m.codeVersion());
    }

    @Test
    void outputContextAndIoManagerMetadataAreMerged() {
        IOManager io = new RecordingIOManager() {
            @Override
            public void handleOutput(OutputContext context, Object value) {
                context.addOutputMetadata(Map.of("path", "/x/" + context.assetKey()));
            }
        };
        TestProject project = TestProject.create().resource("io_manager", io).add(asset("table1", (ctx, in, cfg) -> {
            ctx.addOutputMetadata("source", "api");
            return Output.of(List.of("a", "b")).withMetadata("num_rows", 2);
        }));
        Recorder recorder = new Recorder();

        project.run(home, recorder, "table1");

        Map<String, Object> metadata = recorder.of(Materialized.class).get(0).metadata();
        assertEquals(List.of("num_rows", "source", "path"), new ArrayList<>(metadata.keySet()));
        assertEquals(Map.of("num_rows", 2, "source", "api", "path", "/x/table1"), metadata);
    }

    @Test
    void userCodeFailuresNameTheirPhase() {
        IOManager failingStore = new RecordingIOManager() {
            @Override
            public void handleOutput(OutputContext context, Object value) {
                throw new IllegalArgumentException("disk full");
            }
        };
        IOManager failingLoad = new RecordingIOManager() {
            @Override
            public Object loadInput(InputContext context) {
                throw new UnsupportedOperationException("cannot read " + context.assetKey());
            }
        };
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .resource("failingStore", failingStore)
                .resource("failingLoad", failingLoad)
                .add(asset("stored", (ctx, in, cfg) -> 1).ioManagerKey("failingStore"))
                .add(asset("source", (ctx, in, cfg) -> 1).ioManagerKey("failingLoad"))
                .add(asset("reader", (ctx, in, cfg) -> 2, "source"));
        Recorder recorder = new Recorder();

        RunResult result = project.run(home, recorder, "stored", "source", "reader");

        Map<StepKey, StepFailed> failed = new java.util.HashMap<>();
        recorder.of(StepFailed.class).forEach(f -> failed.put(f.step(), f));
        assertEquals("HANDLE_OUTPUT", failed.get(StepKey.of(key("stored"))).phase());
        assertEquals(
                "asset stored failed in handle output: IllegalArgumentException: disk full",
                result.failures().get(StepKey.of(key("stored"))));
        assertEquals("LOAD_INPUT", failed.get(StepKey.of(key("reader"))).phase());
        assertEquals(
                "asset reader failed in load input: UnsupportedOperationException: cannot read source",
                result.failures().get(StepKey.of(key("reader"))));
        assertEquals(StepStatus.SUCCEEDED, result.status(key("source")));
    }

    /**
     * A runner that reports the start itself (a cluster step first waits for a worker's thread): the
     * step shows as waiting, with the runner's reason, and only as started once the runner says so;
     * its duration counts from then, not from the wait.
     */
    @Test
    void aStepThatWaitsForAPlaceToRunIsWaitingNotStartedUntilItStarts() throws Exception {
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("queued", (ctx, in, cfg) -> 1));
        ProjectDefinitions defs = project.definitions();
        RunPlan plan = new RunPlanner().plan(defs, TestProject.keys("queued"), RunRequest.empty());
        CountDownLatch waited = new CountDownLatch(1);
        CountDownLatch slotFree = new CountDownLatch(1);
        StepRunner queueing = new StepRunner() {
            @Override
            public boolean reportsStart() {
                return true;
            }

            @Override
            public StepOutcome run(String runId, PlannedStep step, StepReport log) {
                log.waiting("waiting for a worker: every thread is busy");
                waited.countDown();
                try {
                    slotFree.await();
                } catch (InterruptedException e) {
                    return StepOutcome.failed(StepOutcome.SETUP, "canceled", e);
                }
                log.started();
                log.waiting("said after the start: ignored");
                log.started(); // once only
                return StepOutcome.materialized(Map.of());
            }
        };
        Recorder recorder = new Recorder();

        RunResult result;
        java.time.Instant released;
        try (RunExecutor executor = new RunExecutor(2)) {
            RunHandle handle = executor.submit(plan, queueing, List.of(recorder));
            assertTrue(waited.await(10, TimeUnit.SECONDS));
            assertEquals(List.of(), recorder.of(StepStarted.class), "a waiting step has not started");
            List<StepWaiting> waiting = recorder.of(StepWaiting.class);
            assertEquals(1, waiting.size(), recorder.events::toString);
            assertEquals(
                    "waiting for a worker: every thread is busy", waiting.get(0).reason());
            released = java.time.Instant.now();
            slotFree.countDown();
            result = handle.await();
        }

        assertTrue(result.succeeded(), result::toString);
        List<StepStarted> started = recorder.of(StepStarted.class);
        assertEquals(1, started.size(), recorder.events::toString);
        assertFalse(started.get(0).time().isBefore(released), "started when the runner said so, not before");
        assertEquals(1, recorder.of(StepWaiting.class).size(), "the wait is said once");
        List<Class<?>> order = recorder.events.stream()
                .filter(e -> e instanceof StepWaiting || e instanceof StepStarted || e instanceof StepSucceeded)
                .<Class<?>>map(Object::getClass)
                .toList();
        assertEquals(List.of(StepWaiting.class, StepStarted.class, StepSucceeded.class), order);
        StepSucceeded succeeded = recorder.of(StepSucceeded.class).get(0);
        assertTrue(
                !succeeded.duration().isNegative()
                        && succeeded
                                        .duration()
                                        .compareTo(java.time.Duration.between(
                                                started.get(0).time(), succeeded.time()))
                                <= 0,
                "the step's duration counts from its start, not from its wait: " + succeeded.duration());
    }

    /**
     * A retry that has to wait for another worker waits again, as the run shows (not "running"), and
     * starts again when it gets one; a retry that finds one at once runs on without either event.
     */
    @Test
    void aRetryThatWaitsForAnotherWorkerIsWaitingAgainUntilItStarts() throws Exception {
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("lost", (ctx, in, cfg) -> 1));
        ProjectDefinitions defs = project.definitions();
        RunPlan plan = new RunPlanner().plan(defs, TestProject.keys("lost"), RunRequest.empty());
        StepRunner retrying = new StepRunner() {
            @Override
            public boolean reportsStart() {
                return true;
            }

            @Override
            public StepOutcome run(String runId, PlannedStep step, StepReport log) {
                log.started(); // a free worker at once: no wait
                log.retrying(2, "worker a left mid-step");
                log.started(); // attempt 2 found one at once: runs on, no event
                log.retrying(3, "worker b left mid-step");
                log.waiting("waiting for a worker: every thread is busy");
                log.waiting("said twice: ignored");
                log.started();
                return StepOutcome.materialized(Map.of());
            }
        };
        Recorder recorder = new Recorder();
        RunResult result;
        try (RunExecutor executor = new RunExecutor(2)) {
            result = executor.submit(plan, retrying, List.of(recorder)).await();
        }

        assertTrue(result.succeeded(), result::toString);
        List<String> order = recorder.events.stream()
                .filter(e -> e instanceof StepWaiting
                        || e instanceof StepStarted
                        || e instanceof dev.assetstudio.engine.run.event.StepRetried
                        || e instanceof StepSucceeded)
                .map(e -> e.getClass().getSimpleName())
                .toList();
        assertEquals(
                List.of("StepStarted", "StepRetried", "StepRetried", "StepWaiting", "StepStarted", "StepSucceeded"),
                order);
        StepSucceeded succeeded = recorder.of(StepSucceeded.class).get(0);
        java.time.Instant first = recorder.of(StepStarted.class).get(0).time();
        assertEquals(
                java.time.Duration.between(first, succeeded.time()).compareTo(succeeded.duration()) >= 0,
                true,
                "the duration counts from the first start");
    }

    @Test
    void cancelStopsTheRunAndKeepsWhatFinished() throws Exception {
        CountDownLatch blockedStarted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("first", (ctx, in, cfg) -> 1))
                .add(asset(
                        "blocked",
                        (ctx, in, cfg) -> {
                            blockedStarted.countDown();
                            never.await();
                            return 2;
                        },
                        "first"))
                .add(asset("later", (ctx, in, cfg) -> 3, "blocked"));
        ProjectDefinitions defs = project.definitions();
        Recorder recorder = new Recorder();
        RunPlan plan = new RunPlanner().plan(defs, TestProject.keys("first", "blocked", "later"), RunRequest.empty());

        RunResult result;
        try (RunExecutor executor = new RunExecutor(2)) {
            RunHandle handle = executor.submit(plan, defs, IoManagers.of(defs, home), List.of(recorder));
            assertTrue(blockedStarted.await(10, TimeUnit.SECONDS));
            assertFalse(handle.isDone());
            handle.cancel();
            result = handle.await();
            assertTrue(handle.isDone());
            assertSame(result, handle.result().get());
        }

        assertEquals(RunStatus.CANCELED, result.runStatus());
        assertEquals(StepStatus.SUCCEEDED, result.status(key("first")));
        assertEquals(StepStatus.CANCELED, result.status(key("blocked")));
        assertEquals(StepStatus.CANCELED, result.status(key("later")));
        assertEquals(
                List.of(StepKey.of(key("first"))),
                recorder.of(Materialized.class).stream().map(Materialized::step).toList());
        assertEquals(
                java.util.Set.of(StepKey.of(key("blocked")), StepKey.of(key("later"))),
                recorder.of(StepCanceled.class).stream()
                        .map(StepCanceled::step)
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(), recorder.of(StepFailed.class));
        RunEvent last = recorder.events.get(recorder.events.size() - 1);
        assertEquals(
                RunStatus.CANCELED, assertInstanceOf(RunFinished.class, last).status());
    }

    @Test
    void aListenerBlockedOnASkipDoesNotStopAnIndependentStepFromStarting() {
        CountDownLatch skipBeingEmitted = new CountDownLatch(1);
        CountDownLatch independentStarted = new CountDownLatch(1);
        List<Boolean> listenerSawTheStart = new CopyOnWriteArrayList<>();
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("broken", (ctx, in, cfg) -> {
                    throw new IllegalStateException("boom");
                }))
                .add(asset("skipped", (ctx, in, cfg) -> 1, "broken"))
                // holds the second worker until the skip of "skipped" is being emitted, so that
                // "later" can only be scheduled while the first worker is inside the listener
                .add(asset("gate", (ctx, in, cfg) -> {
                    if (!skipBeingEmitted.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the skip was never emitted");
                    }
                    return 2;
                }))
                .add(asset("later", (ctx, in, cfg) -> 3, "gate"));
        RunListener slow = event -> {
            if (event instanceof StepStarted s && s.step().equals(StepKey.of(key("later")))) {
                independentStarted.countDown();
            } else if (event instanceof StepSkipped) {
                skipBeingEmitted.countDown();
                try {
                    // with the skip emitted under the run's lock, "gate" could not be marked done
                    // and "later" would never start: this would only return at the timeout
                    listenerSawTheStart.add(independentStarted.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Recorder recorder = new Recorder();

        RunResult result =
                project.run(home, RunRequest.empty(), 2, List.of(slow, recorder), "broken", "skipped", "gate", "later");

        assertEquals(List.of(true), listenerSawTheStart);
        assertEquals(StepStatus.FAILED, result.status(key("broken")));
        assertEquals(StepStatus.SKIPPED, result.status(key("skipped")));
        assertEquals(StepStatus.SUCCEEDED, result.status(key("gate")));
        assertEquals(StepStatus.SUCCEEDED, result.status(key("later")));
        assertEquals(
                List.of(StepKey.of(key("skipped"))),
                recorder.of(StepSkipped.class).stream().map(StepSkipped::step).toList());
        assertEquals(1, recorder.of(RunFinished.class).size());
        RunEvent last = recorder.events.get(recorder.events.size() - 1);
        assertEquals(RunStatus.FAILED, assertInstanceOf(RunFinished.class, last).status());
    }

    @Test
    void aThrowingListenerDoesNotBreakTheRun() {
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("a", (ctx, in, cfg) -> {
                    ctx.log().info("computing {}", "a");
                    return 1;
                }))
                .add(asset("b", (ctx, in, cfg) -> intInput(in, "a") + 1, "a"));
        Recorder recorder = new Recorder();
        RunListener broken = event -> {
            throw new IllegalStateException("listener bug");
        };

        RunResult result = project.run(home, RunRequest.empty(), 2, List.of(broken, recorder), "a", "b");

        assertTrue(result.succeeded());
        assertEquals(
                "computing a",
                recorder.of(dev.assetstudio.engine.run.event.LogLine.class)
                        .get(0)
                        .message());
        assertInstanceOf(RunFinished.class, recorder.events.get(recorder.events.size() - 1));
    }

    @Test
    void inMemoryValuesLiveForOneRunOnly() {
        InMemoryIOManager memory = new InMemoryIOManager();
        List<String> runIds = new CopyOnWriteArrayList<>();
        TestProject project = TestProject.create()
                .resource("io_manager", memory)
                .add(asset("a", (ctx, in, cfg) -> {
                    runIds.add(ctx.runId());
                    return 1;
                }))
                .add(asset("b", (ctx, in, cfg) -> intInput(in, "a") + 1, "a"));

        RunResult both = project.run(home, new Recorder(), "a", "b");
        RunResult onlyB = project.run(home, new Recorder(), "b");

        assertTrue(both.succeeded());
        assertEquals(both.runId(), runIds.get(0));
        assertFalse(memory.hasRun(both.runId()));
        assertEquals(StepStatus.FAILED, onlyB.status(key("b")));
        assertTrue(onlyB.failures().get(StepKey.of(key("b"))).startsWith("asset b failed in load input"));
    }

    @Test
    void userCodeRunsWithTheProjectClassLoader() throws Exception {
        List<ClassLoader> seen = new CopyOnWriteArrayList<>();
        IOManager io = new IOManager() {
            private final InMemoryIOManager delegate = new InMemoryIOManager();

            @Override
            public void handleOutput(OutputContext context, Object value) {
                seen.add(Thread.currentThread().getContextClassLoader());
                delegate.handleOutput(context, value);
            }

            @Override
            public Object loadInput(InputContext context) {
                seen.add(Thread.currentThread().getContextClassLoader());
                return delegate.loadInput(context);
            }
        };
        try (URLClassLoader projectLoader =
                new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            TestProject project = TestProject.create()
                    .classLoader(projectLoader)
                    .resource("io_manager", io)
                    .add(asset("a", (ctx, in, cfg) -> {
                        seen.add(Thread.currentThread().getContextClassLoader());
                        return 1;
                    }))
                    .add(asset("b", (ctx, in, cfg) -> intInput(in, "a") + 1, "a"));

            RunResult result = project.run(home, new Recorder(), "a", "b");

            assertTrue(result.succeeded());
            // compute a, store a, load a, store b
            assertEquals(4, seen.size());
            seen.forEach(loader -> assertSame(projectLoader, loader));
        }
    }

    @Test
    void boundConfigReachesTheComputation() {
        List<Object> configs = new CopyOnWriteArrayList<>();
        TestProject project = TestProject.create()
                .resource("io_manager", new InMemoryIOManager())
                .add(asset("fetch", (ctx, in, cfg) -> {
                            configs.add(cfg);
                            return "ok";
                        })
                        .configType(ConfigBinderTest.ApiConfig.class));

        RunResult result = project.run(
                home,
                RunRequest.builder()
                        .config("fetch", Map.of("apiEndpoint", "https://x", "retries", 3))
                        .build(),
                1,
                List.of(),
                "fetch");

        assertTrue(result.succeeded());
        assertEquals(List.of(new ConfigBinderTest.ApiConfig("https://x", 3)), configs);
    }

    /** Records what it stores as {@code key=value}; loads nothing. */
    static class RecordingIOManager implements IOManager {
        final List<String> stored = new CopyOnWriteArrayList<>();

        @Override
        public void handleOutput(OutputContext context, Object value) {
            stored.add(context.assetKey() + "=" + value);
        }

        @Override
        public Object loadInput(InputContext context) {
            return null;
        }
    }
}
