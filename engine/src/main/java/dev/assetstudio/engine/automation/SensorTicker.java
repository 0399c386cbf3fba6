package dev.assetstudio.engine.automation;

import dev.assetstudio.api.MaterializeRequest;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.api.SensorContext;
import dev.assetstudio.api.SensorResult;
import dev.assetstudio.engine.definitions.SensorEvaluationException;
import dev.assetstudio.engine.definitions.SensorSpec;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.State;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sensor at one instant: when its interval has passed, calls it with its cursor and launches what
 * it asks for (a run key asked before is skipped), then stores the new cursor. A sensor that throws
 * fails its tick, keeps its cursor, and leaves the other sensors alone. With a worker the sensor's
 * function is a request to it ({@code WorkerSensor}): its code, and its class loader, stay there.
 */
final class SensorTicker {

    /** The tick recorded, or empty when the sensor is off or not due. */
    Optional<Tick> tick(SensorSpec sensor, TickContext ctx) {
        State state = ctx.store.state(sensor.name());
        if (!state.enabled()) {
            return Optional.empty();
        }
        if (state.lastEvaluated() != null
                && state.lastEvaluated().isBefore(ctx.now)
                && ctx.now.isBefore(state.lastEvaluated().plus(sensor.interval()))) {
            return Optional.empty();
        }
        List<String> logLines = new ArrayList<>();
        RunLog log = (level, message) -> {
            synchronized (logLines) {
                logLines.add(level + " " + message);
            }
        };
        SensorContext context = new Context(sensor.name(), state, ctx, log);
        SensorResult result;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ctx.project.definitions().classLoader());
        try {
            result = sensor.function().evaluate(context);
            if (result == null) {
                throw new IllegalStateException("sensor " + sensor.name() + " returned null; return a SensorResult");
            }
        } catch (SensorEvaluationException e) {
            // evaluated in the worker: what its code threw there, or how the worker failed
            ctx.store.saveProgress(sensor.name(), null, ctx.now, null);
            String summary = "sensor " + sensor.name() + " (" + sensor.definedIn() + ")"
                    + (e.threw() ? " threw " : " failed: ") + e.getMessage() + withLog(logLines);
            String error = e.remoteStackTrace().isEmpty() ? e.getMessage() : e.remoteStackTrace();
            return Optional.of(record(ctx, sensor, TickStatus.FAILED, summary, error, List.of()));
        } catch (Exception | LinkageError e) {
            ctx.store.saveProgress(sensor.name(), null, ctx.now, null);
            String summary = "sensor " + sensor.name() + " (" + sensor.definedIn() + ") threw "
                    + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + withLog(logLines);
            return Optional.of(record(ctx, sensor, TickStatus.FAILED, summary, stackTrace(e), List.of()));
        } finally {
            thread.setContextClassLoader(previous);
        }
        List<Request> requests = new ArrayList<>();
        List<MaterializeRequest> asked = result.requests();
        for (int i = 0; i < asked.size(); i++) {
            MaterializeRequest r = asked.get(i);
            String key = r.runKey().map(k -> "run_key:" + k).orElse("tick@" + ctx.now + "#" + i);
            String why =
                    r.runKey().map(k -> "asked by the sensor, run key " + k).orElse("asked by the sensor");
            requests.add(ctx.launcher.launch(
                    ctx, sensor.name(), key, r.selection(), r.partitionKey().orElse(null), why));
        }
        ctx.store.saveProgress(sensor.name(), result.cursor().orElse(null), ctx.now, null);
        String summary;
        if (asked.isEmpty()) {
            summary = result.skipReason().orElse("the sensor asked for nothing");
        } else {
            summary = "the sensor asked for " + asked.size() + " run" + (asked.size() == 1 ? "" : "s");
        }
        summary += result.cursor().map(c -> "; cursor " + c).orElse("") + withLog(logLines);
        return Optional.of(record(ctx, sensor, ScheduleTicker.status(requests), summary, null, requests));
    }

    private static Tick record(
            TickContext ctx,
            SensorSpec sensor,
            TickStatus status,
            String summary,
            String error,
            List<Request> requests) {
        Tick tick = new Tick(0, sensor.name(), "sensor", ctx.now, status, summary, error, requests);
        long id = ctx.store.recordTick(tick, List.of());
        return new Tick(id, sensor.name(), "sensor", ctx.now, status, summary, error, requests);
    }

    private static String withLog(List<String> lines) {
        synchronized (lines) {
            return lines.isEmpty() ? "" : "\nlog:\n" + String.join("\n", lines);
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** The {@link SensorContext} of one evaluation. */
    private record Context(String sensorName, State state, TickContext ctx, RunLog log) implements SensorContext {
        @Override
        public Optional<String> cursor() {
            return state.cursorValue();
        }

        @Override
        public Instant currentTime() {
            return ctx.now;
        }

        @Override
        public Optional<Instant> lastTickTime() {
            return Optional.ofNullable(state.lastEvaluated());
        }

        @Override
        public Map<String, Object> resources() {
            return ctx.project.definitions().resources();
        }
    }
}
