package dev.assetstudio.engine.worker;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.config.ConfigBinder;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.definitions.UserCode;
import dev.assetstudio.engine.definitions.UserCodeException;
import dev.assetstudio.engine.io.AssetValueLoader;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.load.LoadedProject;
import dev.assetstudio.engine.load.ProjectLoadException;
import dev.assetstudio.engine.load.ProjectLoader;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.preview.ValuePreviews;
import dev.assetstudio.engine.run.InProcessStepRunner;
import dev.assetstudio.engine.run.PlannedStep;
import dev.assetstudio.engine.run.StepOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What a worker does, whatever carries its messages: loads the project's definitions, runs steps
 * (computation and I/O managers, with the same {@link InProcessStepRunner} as an in-process
 * project), interrupts them on request and renders stored values, answering each request through
 * an {@link Outbox}. {@link WorkerMain} carries the messages over a loopback socket; a cluster
 * member can carry the same messages over its own transport.
 *
 * <pre>{@code
 * WorkerService service = new WorkerService(channel::send, storage);
 * service.handle(message);     // for every message that is not Shutdown
 * }</pre>
 */
public final class WorkerService {
    /** Where the worker's answers and events go. */
    @FunctionalInterface
    public interface Outbox {
        void send(WorkerMessage message) throws IOException;
    }

    private final Outbox outbox;
    private final Path storage;
    private final ExecutorService steps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "worker-step");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Thread> running = new ConcurrentHashMap<>();
    private volatile LoadedProject project;
    private volatile IoManagers ioManagers;
    private volatile InProcessStepRunner runner;

    /**
     * @param outbox where answers go (called from several threads)
     * @param storage the folder of the default {@code io_manager}
     */
    public WorkerService(Outbox outbox, Path storage) {
        this.outbox = outbox;
        this.storage = storage;
    }

    /**
     * Handles one request; steps and previews go to their own threads, so this returns at once.
     *
     * @throws IOException when the outbox fails, or for a message a worker does not expect
     */
    /** Runs whose multi-asset results this service keeps until it hears they ended. */
    public int keptRuns() {
        InProcessStepRunner now = runner;
        return now == null ? 0 : now.keptRuns();
    }

    public void handle(WorkerMessage message) throws IOException {
        if (message instanceof WorkerMessage.LoadDefinitions load) {
            load(load);
        } else if (message instanceof WorkerMessage.RunStep step) {
            steps.execute(() -> runStep(step));
        } else if (message instanceof WorkerMessage.CancelStep cancel) {
            Thread thread = running.get(cancel.id());
            if (thread != null) {
                thread.interrupt();
            }
        } else if (message instanceof WorkerMessage.RunEnded ended) {
            if (runner != null) {
                runner.runEnded(ended.runId());
            }
        } else if (message instanceof WorkerMessage.PreviewValue preview) {
            steps.execute(() -> preview(preview));
        } else if (message instanceof WorkerMessage.EvaluateSensor sensor) {
            steps.execute(() -> evaluateSensor(sensor));
        } else {
            throw new IOException(
                    "a worker does not expect " + message.getClass().getSimpleName());
        }
    }

    /**
     * Runs {@code step} on the calling thread: its log lines and then its {@code StepEnded} go to the
     * outbox before this returns. For a caller that already has a thread per step (a cluster worker's
     * executor), saving the hand-over to the service's own thread and back; interrupting the caller
     * cancels the step, as {@code CancelStep} would.
     */
    public void runStepHere(WorkerMessage.RunStep step) {
        runStep(step);
    }

    private void load(WorkerMessage.LoadDefinitions load) throws IOException {
        if (project != null) {
            outbox.send(new WorkerMessage.Failed(load.id(), List.of(), "this worker has loaded its project", ""));
            return;
        }
        try {
            LoadedProject loaded = new ProjectLoader().load(Path.of(load.jar()));
            ProjectDefinitions definitions = loaded.definitions();
            ioManagers = IoManagers.of(definitions, storage);
            runner = new InProcessStepRunner(definitions, ioManagers);
            project = loaded;
            outbox.send(new WorkerMessage.DefinitionsLoaded(
                    load.id(), DefinitionsSnapshot.of(definitions, loaded.automation())));
        } catch (ProjectLoadException e) {
            outbox.send(new WorkerMessage.Failed(load.id(), e.problems(), e.getMessage(), stackTrace(e)));
        } catch (RuntimeException | LinkageError e) {
            outbox.send(new WorkerMessage.Failed(
                    load.id(), List.of(), "cannot load " + load.jarName() + ": " + e, stackTrace(e)));
        }
    }

    private void runStep(WorkerMessage.RunStep request) {
        running.put(request.id(), Thread.currentThread());
        StepOutcome outcome;
        try {
            outcome = execute(request);
        } catch (RuntimeException | LinkageError e) {
            outcome =
                    StepOutcome.failed(StepOutcome.SETUP, "step " + request.asset() + " failed in the worker: " + e, e);
        } finally {
            running.remove(request.id());
            Thread.interrupted();
        }
        try {
            outbox.send(new WorkerMessage.StepEnded(
                    request.id(),
                    outcome.status().name(),
                    JsonValues.reduce(outcome.metadata()),
                    outcome.phase(),
                    outcome.message(),
                    outcome.stackTrace(),
                    CheckEvaluations.toJson(outcome.checks())));
        } catch (IOException e) {
            // the engine is gone; the main loop sees the closed stream and exits
        }
    }

    private StepOutcome execute(WorkerMessage.RunStep request) {
        ProjectDefinitions definitions = project.definitions();
        AssetKey key = AssetKey.parse(request.asset());
        AssetDefinition asset = definitions.asset(key);
        Object config = null;
        if (request.config() != null && asset.configType().isPresent()) {
            try {
                Class<?> type = asset.configType().get();
                config = UserCode.call(
                        definitions.classLoader(),
                        key,
                        request.partition(),
                        UserCodeException.Phase.COMPUTE,
                        () -> ConfigBinder.bind(key, type, request.config()));
            } catch (RunPlanningException e) {
                return StepOutcome.failed(StepOutcome.SETUP, String.join("; ", e.problems()), e);
            }
        }
        Map<AssetKey, List<String>> inputPartitions = new LinkedHashMap<>();
        request.inputPartitions().forEach((k, v) -> inputPartitions.put(AssetKey.parse(k), v));
        StepKey stepKey = StepKey.of(key, request.partition());
        PlannedStep step = new PlannedStep(
                stepKey,
                asset,
                List.of(),
                inputPartitions,
                config,
                request.checks() == null ? asset.checkNames() : request.checks(),
                request.checksOnly());
        RunLog log = (level, message) -> {
            try {
                outbox.send(new WorkerMessage.StepLogged(request.id(), level.name(), message));
            } catch (IOException e) {
                // the engine is gone
            }
        };
        return runner.run(request.runId(), step, log);
    }

    private void preview(WorkerMessage.PreviewValue request) {
        WorkerMessage answer;
        try {
            ProjectDefinitions definitions = project.definitions();
            AssetKey key = AssetKey.parse(request.asset());
            Object value = new AssetValueLoader(definitions, ioManagers).load(key, request.partition());
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(definitions.classLoader());
            try {
                answer = new WorkerMessage.ValuePreviewed(request.id(), ValuePreviews.render(value));
            } finally {
                thread.setContextClassLoader(previous);
            }
        } catch (RuntimeException | LinkageError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            answer = new WorkerMessage.Failed(request.id(), List.of(), message, stackTrace(e));
        }
        try {
            outbox.send(answer);
        } catch (IOException e) {
            // the engine is gone
        }
    }

    private void evaluateSensor(WorkerMessage.EvaluateSensor request) {
        WorkerMessage answer;
        try {
            answer = SensorCall.evaluate(request, project);
        } catch (RuntimeException | LinkageError e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            answer = new WorkerMessage.Failed(request.id(), List.of(), message, stackTrace(e));
        }
        try {
            outbox.send(answer);
        } catch (IOException e) {
            // the engine is gone
        }
    }

    static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
