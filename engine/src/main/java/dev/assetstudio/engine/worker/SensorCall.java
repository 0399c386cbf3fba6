package dev.assetstudio.engine.worker;

import dev.assetstudio.api.MaterializeRequest;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.api.SensorContext;
import dev.assetstudio.api.SensorResult;
import dev.assetstudio.engine.definitions.SensorSpec;
import dev.assetstudio.engine.load.LoadedProject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sensor evaluation inside the worker: builds the sensor's context from the request, calls the
 * user's code with the project's class loader, and describes what it answered — or what it threw,
 * with the lines it logged until then.
 */
final class SensorCall {
    private SensorCall() {}

    static WorkerMessage evaluate(WorkerMessage.EvaluateSensor request, LoadedProject project) {
        if (project == null) {
            throw new IllegalStateException("this worker has not loaded a project");
        }
        SensorSpec sensor = project.automation()
                .sensor(request.sensor())
                .orElseThrow(() -> new IllegalArgumentException("the project has no sensor " + request.sensor()));
        List<String> log = new ArrayList<>();
        RunLog runLog = (level, message) -> {
            synchronized (log) {
                log.add(level + " " + message);
            }
        };
        Context context = new Context(
                sensor.name(),
                Optional.ofNullable(request.cursor()),
                Instant.parse(request.currentTime()),
                Optional.ofNullable(request.lastTickTime()).map(Instant::parse),
                project.definitions().resources(),
                runLog);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(project.classLoader());
        SensorResult result;
        try {
            result = sensor.function().evaluate(context);
        } catch (Exception | LinkageError e) {
            String error = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new WorkerMessage.SensorEvaluated(
                    request.id(), List.of(), null, null, lines(log), error, WorkerService.stackTrace(e));
        } finally {
            thread.setContextClassLoader(previous);
        }
        if (result == null) {
            String error = "java.lang.IllegalStateException: sensor " + sensor.name()
                    + " returned null; return a SensorResult";
            return new WorkerMessage.SensorEvaluated(request.id(), List.of(), null, null, lines(log), error, "");
        }
        List<WorkerMessage.RunAsked> asked = new ArrayList<>();
        for (MaterializeRequest r : result.requests()) {
            asked.add(new WorkerMessage.RunAsked(
                    r.selection(), r.partitionKey().orElse(null), r.runKey().orElse(null)));
        }
        return new WorkerMessage.SensorEvaluated(
                request.id(),
                asked,
                result.cursor().orElse(null),
                result.skipReason().orElse(null),
                lines(log),
                null,
                null);
    }

    private static List<String> lines(List<String> log) {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** The {@link SensorContext} the worker hands the sensor. */
    private record Context(
            String sensorName,
            Optional<String> cursor,
            Instant currentTime,
            Optional<Instant> lastTickTime,
            Map<String, Object> resources,
            RunLog log)
            implements SensorContext {}
}
