package dev.assetstudio.engine.run;

import static dev.assetstudio.engine.run.StepEventType.CANCELED;
import static dev.assetstudio.engine.run.StepEventType.FAILED;
import static dev.assetstudio.engine.run.StepEventType.NOT_MATERIALIZED;
import static dev.assetstudio.engine.run.StepEventType.SKIPPED;
import static dev.assetstudio.engine.run.StepEventType.STARTED;
import static dev.assetstudio.engine.run.StepEventType.SUCCEEDED;

import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.event.CheckEvaluated;
import dev.assetstudio.engine.run.event.LogLine;
import dev.assetstudio.engine.run.event.Materialized;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepRetried;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.run.event.StepWaiting;
import java.util.Objects;

/**
 * Records a run's events in history through a {@link HistorySink}.
 *
 * <pre>{@code
 * executor.submit(plan, definitions, io, List.of(new HistoryRunListener(store)));
 * }</pre>
 *
 * <p>A failed step's message is its one-line message followed by the stack trace. A conditional
 * asset that did not materialize is recorded as {@link StepEventType#NOT_MATERIALIZED}.
 */
public final class HistoryRunListener implements RunListener {
    private final HistorySink sink;

    public HistoryRunListener(HistorySink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunStarted e) {
            sink.runStarted(
                    e.runId(),
                    e.time(),
                    e.selection(),
                    e.steps().stream().map(StepKey::toString).toList(),
                    configByKeyText(e.config()),
                    e.executor());
        } else if (event instanceof RunFinished e) {
            sink.runFinished(e.runId(), e.time(), e.status());
            // The run's result completes after this event: whoever reads history then sees the whole run.
            sink.flush();
        } else if (event instanceof StepWaiting e) {
            step(e.runId(), e.step(), StepEventType.WAITING, e.time(), e.reason());
        } else if (event instanceof StepStarted e) {
            step(e.runId(), e.step(), STARTED, e.time(), null);
        } else if (event instanceof StepSucceeded e) {
            step(e.runId(), e.step(), e.materialized() ? SUCCEEDED : NOT_MATERIALIZED, e.time(), null);
        } else if (event instanceof StepFailed e) {
            String message = e.stackTrace() == null || e.stackTrace().isBlank()
                    ? e.message()
                    : e.message() + "\n" + e.stackTrace();
            step(e.runId(), e.step(), FAILED, e.time(), message);
        } else if (event instanceof StepSkipped e) {
            step(e.runId(), e.step(), SKIPPED, e.time(), e.reason());
        } else if (event instanceof StepCanceled e) {
            step(e.runId(), e.step(), CANCELED, e.time(), null);
        } else if (event instanceof StepRetried e) {
            step(e.runId(), e.step(), StepEventType.RETRIED, e.time(), e.cause());
        } else if (event instanceof LogLine e) {
            sink.logLine(
                    e.runId(),
                    e.step().asset().toString(),
                    e.step().partition(),
                    e.level().name(),
                    e.time(),
                    e.message());
        } else if (event instanceof CheckEvaluated e) {
            var c = e.evaluation();
            sink.checkEvaluation(
                    e.runId(),
                    c.check().asset().toString(),
                    c.partition(),
                    c.check().name(),
                    c.time(),
                    c.passed(),
                    c.severity().name(),
                    c.blocking(),
                    c.description(),
                    c.metadata());
        } else if (event instanceof Materialized e) {
            sink.materialization(
                    e.runId(),
                    e.step().asset().toString(),
                    e.step().partition(),
                    e.time(),
                    e.duration().toMillis(),
                    e.codeVersion(),
                    e.metadata());
        }
    }

    private static java.util.Map<String, java.util.Map<String, Object>> configByKeyText(
            java.util.Map<dev.assetstudio.api.AssetKey, java.util.Map<String, Object>> config) {
        java.util.Map<String, java.util.Map<String, Object>> byText = new java.util.LinkedHashMap<>();
        config.forEach((key, fields) -> byText.put(key.toString(), fields));
        return byText;
    }

    private void step(String runId, StepKey step, StepEventType type, java.time.Instant time, String message) {
        sink.stepEvent(runId, step.asset().toString(), step.partition(), type, time, message);
    }
}
