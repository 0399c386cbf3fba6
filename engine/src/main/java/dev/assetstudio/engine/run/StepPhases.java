package dev.assetstudio.engine.run;

/**
 * Where one step's time went inside {@link InProcessStepRunner}, in epoch microseconds: its inputs
 * were loaded, the asset's method returned, its value was stored. Recorded only for a thread that
 * asks (a cluster worker, whose timings say where a step holds a worker's thread beyond its own
 * work); a mark left unset stays 0 (a step that failed before it, or stored nothing).
 *
 * <pre>{@code
 * try (StepPhases phases = StepPhases.record()) {
 *     runner.run(runId, step, log);
 *     long userCodeReturned = phases.computed();
 * }
 * }</pre>
 */
public final class StepPhases implements AutoCloseable {
    private static final ThreadLocal<StepPhases> CURRENT = new ThreadLocal<>();

    private long inputsLoaded;
    private long computed;
    private long stored;

    private StepPhases() {}

    /** Records the phases of the steps this thread runs until {@link #close()}. */
    public static StepPhases record() {
        StepPhases phases = new StepPhases();
        CURRENT.set(phases);
        return phases;
    }

    /** When the inputs were loaded, or 0. */
    public long inputsLoaded() {
        return inputsLoaded;
    }

    /** When the asset's method returned, or 0. */
    public long computed() {
        return computed;
    }

    /** When the value was stored by its I/O manager, or 0. */
    public long stored() {
        return stored;
    }

    static void markInputsLoaded() {
        StepPhases phases = CURRENT.get();
        if (phases != null) {
            phases.inputsLoaded = nowMicros();
        }
    }

    static void markComputed() {
        StepPhases phases = CURRENT.get();
        if (phases != null) {
            phases.computed = nowMicros();
        }
    }

    static void markStored() {
        StepPhases phases = CURRENT.get();
        if (phases != null) {
            phases.stored = nowMicros();
        }
    }

    /** Now in epoch microseconds: the clock the cluster's step timings use. */
    public static long nowMicros() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }
}
