package dev.assetstudio.engine.worker;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.assetstudio.engine.preview.ValuePreview;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine and a worker say to each other over their loopback connection, one
 * message per frame ({@link FramedChannel}), as JSON with a {@code type} field. Requests carry an {@code id} that their
 * answers repeat. Values never appear here: they stay with the worker's I/O managers; only keys,
 * metadata, config fields, log lines and previews (bounded) cross.
 *
 * <p>The worker speaks first ({@link Hello}); the engine refuses a worker whose {@link
 * WorkerProtocol#VERSION} differs. Adding a message or a field is a new version.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WorkerMessage.Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = WorkerMessage.LoadDefinitions.class, name = "loadDefinitions"),
    @JsonSubTypes.Type(value = WorkerMessage.DefinitionsLoaded.class, name = "definitionsLoaded"),
    @JsonSubTypes.Type(value = WorkerMessage.Failed.class, name = "failed"),
    @JsonSubTypes.Type(value = WorkerMessage.RunStep.class, name = "runStep"),
    @JsonSubTypes.Type(value = WorkerMessage.StepLogged.class, name = "stepLogged"),
    @JsonSubTypes.Type(value = WorkerMessage.StepEnded.class, name = "stepEnded"),
    @JsonSubTypes.Type(value = WorkerMessage.CancelStep.class, name = "cancelStep"),
    @JsonSubTypes.Type(value = WorkerMessage.RunEnded.class, name = "runEnded"),
    @JsonSubTypes.Type(value = WorkerMessage.PreviewValue.class, name = "previewValue"),
    @JsonSubTypes.Type(value = WorkerMessage.ValuePreviewed.class, name = "valuePreviewed"),
    @JsonSubTypes.Type(value = WorkerMessage.EvaluateSensor.class, name = "evaluateSensor"),
    @JsonSubTypes.Type(value = WorkerMessage.SensorEvaluated.class, name = "sensorEvaluated"),
    @JsonSubTypes.Type(value = WorkerMessage.Shutdown.class, name = "shutdown")
})
public sealed interface WorkerMessage {

    /**
     * Worker → engine, first: which protocol it speaks, who it is, and the token it was started
     * with (so the engine knows the connection is its own worker's).
     */
    record Hello(int protocolVersion, long pid, String javaVersion, String token) implements WorkerMessage {}

    /** Engine → worker: load the definitions of {@code jar} (a private copy; {@code jarName} for messages). */
    record LoadDefinitions(long id, String jar, String jarName) implements WorkerMessage {}

    /** Worker → engine: the definitions, described. */
    record DefinitionsLoaded(long id, DefinitionsSnapshot definitions) implements WorkerMessage {}

    /**
     * Worker → engine: request {@code id} failed; {@code problems} are a load error's sentences
     * (empty otherwise), {@code message} one line, {@code stackTrace} the cause.
     */
    record Failed(long id, List<String> problems, String message, String stackTrace) implements WorkerMessage {}

    /**
     * Engine → worker: run one step.
     *
     * @param asset the asset key ({@code a/b})
     * @param partition the partition key, or {@code null}
     * @param inputPartitions the upstream partitions read, by upstream key
     * @param config the config fields to bind to the asset's record, or {@code null}
     * @param checks the asset checks to run in the step ({@code null}: all of the asset's)
     * @param checksOnly run only the checks, on the stored value
     */
    record RunStep(
            long id,
            String runId,
            String asset,
            String partition,
            Map<String, List<String>> inputPartitions,
            Map<String, Object> config,
            List<String> checks,
            boolean checksOnly)
            implements WorkerMessage {}

    /** Worker → engine: a log line of step {@code id}. */
    record StepLogged(long id, String level, String message) implements WorkerMessage {}

    /**
     * Worker → engine: step {@code id} ended.
     *
     * @param status {@code SUCCEEDED}, {@code NOT_MATERIALIZED} or {@code FAILED}
     * @param metadata the materialization metadata, reduced to JSON values
     */
    record StepEnded(
            long id,
            String status,
            Map<String, Object> metadata,
            String phase,
            String message,
            String stackTrace,
            List<Map<String, Object>> checks)
            implements WorkerMessage {}

    /** Engine → worker: interrupt step {@code id}. */
    record CancelStep(long id) implements WorkerMessage {}

    /** Engine → worker: run {@code runId} ended; drop its in-memory values. */
    record RunEnded(String runId) implements WorkerMessage {}

    /** Engine → worker: load the stored value of {@code asset} (and partition) and render it, bounded. */
    record PreviewValue(long id, String asset, String partition) implements WorkerMessage {}

    /** Worker → engine: the rendered value. */
    record ValuePreviewed(long id, ValuePreview preview) implements WorkerMessage {}

    /**
     * Engine → worker: call sensor {@code sensor} once.
     *
     * @param cursor the cursor it returned last time, or {@code null}
     * @param currentTime the instant the tick evaluates (ISO-8601)
     * @param lastTickTime when it was last evaluated (ISO-8601), or {@code null}
     */
    record EvaluateSensor(long id, String sensor, String cursor, String currentTime, String lastTickTime)
            implements WorkerMessage {}

    /**
     * Worker → engine: what sensor request {@code id} answered, or how it failed.
     *
     * @param requests the runs asked for, in order
     * @param cursor the new cursor, or {@code null} to keep the old one
     * @param skipReason why nothing was asked for, or {@code null}
     * @param log the lines the sensor logged ({@code LEVEL message}), also when it threw
     * @param error what the sensor threw ({@code class: message}), or {@code null} when it answered
     * @param stackTrace the stack trace of {@code error}, or {@code null}
     */
    record SensorEvaluated(
            long id,
            List<RunAsked> requests,
            String cursor,
            String skipReason,
            List<String> log,
            String error,
            String stackTrace)
            implements WorkerMessage {}

    /** One run a sensor asked for: a selection, a partition and a run key (both may be {@code null}). */
    record RunAsked(String selection, String partition, String runKey) {}

    /** Engine → worker: exit now. */
    record Shutdown() implements WorkerMessage {}
}
