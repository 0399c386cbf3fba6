package dev.assetstudio.engine.run;

import dev.assetstudio.engine.StepStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * How a step's execution ended, before the run decides what it means (a failure during a cancel
 * becomes {@link StepStatus#CANCELED}).
 *
 * @param status {@code SUCCEEDED}, {@code NOT_MATERIALIZED} or {@code FAILED}
 * @param metadata the materialization metadata, when it materialized
 * @param phase the failed phase ({@code COMPUTE}, {@code LOAD_INPUT}, {@code HANDLE_OUTPUT}, or
 *     {@code SETUP} for an engine-side problem such as a missing I/O manager)
 * @param message one line naming the asset
 * @param failure the exception, or {@code null}
 */
record StepOutcome(StepStatus status, Map<String, Object> metadata, String phase, String message, Throwable failure) {
    static final String SETUP = "SETUP";

    static StepOutcome materialized(Map<String, Object> metadata) {
        return new StepOutcome(StepStatus.SUCCEEDED, metadata, null, null, null);
    }

    static StepOutcome notMaterialized() {
        return new StepOutcome(StepStatus.NOT_MATERIALIZED, Map.of(), null, null, null);
    }

    static StepOutcome failed(String phase, String message, Throwable failure) {
        return new StepOutcome(StepStatus.FAILED, Map.of(), phase, message, failure);
    }

    /** The whole stack trace of the failure, for the run's history. */
    String stackTrace() {
        if (failure == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
