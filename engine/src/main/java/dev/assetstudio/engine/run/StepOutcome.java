package dev.assetstudio.engine.run;

import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a step's execution ended, before the run decides what it means (a failure during a cancel
 * becomes {@link StepStatus#CANCELED}).
 *
 * @param status {@code SUCCEEDED}, {@code NOT_MATERIALIZED} or {@code FAILED}
 * @param metadata the materialization metadata, when it materialized
 * @param phase the failed phase ({@code COMPUTE}, {@code LOAD_INPUT}, {@code HANDLE_OUTPUT}, or
 *     {@code SETUP} for an engine-side problem such as a missing I/O manager)
 * @param message one line naming the asset
 * @param stackTrace the whole stack trace of the failure, for the run's history, or {@code ""}
 * @param checks the results of the asset checks that ran in the step
 */
public record StepOutcome(
        StepStatus status,
        Map<String, Object> metadata,
        String phase,
        String message,
        String stackTrace,
        List<AssetCheckEvaluation> checks) {
    /** The phase of a failure on the engine's side (no I/O manager, a worker that died…). */
    public static final String SETUP = "SETUP";

    public StepOutcome {
        metadata = metadata == null ? Map.of() : metadata;
        stackTrace = stackTrace == null ? "" : stackTrace;
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** An outcome without asset checks. */
    public StepOutcome(
            StepStatus status, Map<String, Object> metadata, String phase, String message, String stackTrace) {
        this(status, metadata, phase, message, stackTrace, List.of());
    }

    /** This outcome with the results of the checks that ran after the asset (or alone). */
    public StepOutcome withChecks(List<AssetCheckEvaluation> checks) {
        return new StepOutcome(status, metadata, phase, message, stackTrace, checks);
    }

    /** The first failed blocking ERROR check, which skips the step's downstream steps. */
    public Optional<AssetCheckEvaluation> blockingFailure() {
        return checks.stream().filter(AssetCheckEvaluation::blocksDownstream).findFirst();
    }

    public static StepOutcome materialized(Map<String, Object> metadata) {
        return new StepOutcome(StepStatus.SUCCEEDED, metadata, null, null, "");
    }

    public static StepOutcome notMaterialized() {
        return new StepOutcome(StepStatus.NOT_MATERIALIZED, Map.of(), null, null, "");
    }

    public static StepOutcome failed(String phase, String message, Throwable failure) {
        return new StepOutcome(StepStatus.FAILED, Map.of(), phase, message, stackTraceOf(failure));
    }

    /** A failure whose stack trace was taken elsewhere (in a worker process). */
    public static StepOutcome failed(String phase, String message, String stackTrace) {
        return new StepOutcome(StepStatus.FAILED, Map.of(), phase, message, stackTrace);
    }

    private static String stackTraceOf(Throwable failure) {
        if (failure == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
