package dev.assetstudio.engine.definitions;

/**
 * A sensor evaluated elsewhere (in the project's worker process) failed: its code threw there, or
 * the process died, hung or was unreachable while evaluating it. Carries the remote stack trace, so
 * the tick records the sensor's own error rather than the engine's.
 */
public final class SensorEvaluationException extends RuntimeException {
    private final boolean threw;
    private final String remoteStackTrace;

    /**
     * @param message what the sensor threw ({@code class: message}), or why it could not answer
     * @param threw true when the sensor's code threw, false when its process failed
     * @param remoteStackTrace the stack trace where it failed, or empty
     */
    public SensorEvaluationException(String message, boolean threw, String remoteStackTrace, Throwable cause) {
        super(message, cause);
        this.threw = threw;
        this.remoteStackTrace = remoteStackTrace == null ? "" : remoteStackTrace;
    }

    /** True when the sensor's own code threw; false when the process evaluating it failed. */
    public boolean threw() {
        return threw;
    }

    /** The stack trace of the failure where it happened, or empty. */
    public String remoteStackTrace() {
        return remoteStackTrace;
    }
}
