package dev.assetstudio.engine.cluster;

/**
 * Where one attempt of a cluster step spent its time, in epoch microseconds: on the coordinator
 * ({@code entered}: its run thread took the step; {@code granted}: a worker's free thread was handed
 * to it; {@code submitted}: the task was built and sent; {@code seen}: the result arrived) and on the worker ({@code received}, {@code started}:
 * handed to the project's runner, {@code loaded}: its inputs loaded, {@code computed}: the asset's
 * method returned, {@code stored}: its value written, 0 for a phase not reached; {@code ended}: the
 * runner returned, {@code answered}), with {@code workerCpuMicros}, the CPU the worker's thread spent
 * on the attempt (which, unlike the legs, does not grow with the machine's load). Workers on
 * another machine have another clock: compare their times with each other, not with the
 * coordinator's.
 *
 * @param step the step's key
 * @param worker the worker's name, {@code pid@host:port}
 */
public record StepTiming(
        String step,
        String worker,
        long entered,
        long granted,
        long submitted,
        long received,
        long started,
        long loaded,
        long computed,
        long stored,
        long ended,
        long answered,
        long seen,
        long workerCpuMicros) {

    /** Microseconds from the run thread taking the step to a worker's thread being handed to it. */
    public long claimMicros() {
        return granted - entered;
    }

    /** Microseconds from the worker's thread being handed to the step to its task leaving. */
    public long sendMicros() {
        return submitted - granted;
    }

    /** Microseconds from the task leaving the coordinator to its arrival on the worker. */
    public long requestMicros() {
        return received - submitted;
    }

    /** Microseconds on the worker before the project's runner got the step. */
    public long setupMicros() {
        return started - received;
    }

    /** Microseconds in the project's runner: inputs, user code, output. */
    public long runMicros() {
        return ended - started;
    }

    /** Microseconds from the runner getting the step to its inputs loaded (0 when it never got there). */
    public long inputsMicros() {
        return loaded == 0 ? 0 : loaded - started;
    }

    /** Microseconds from the inputs loaded to the asset's method returning: the user's own time. */
    public long computeMicros() {
        return loaded == 0 || computed == 0 ? 0 : computed - loaded;
    }

    /** Microseconds from the asset's method returning to its value stored (0 when nothing was stored). */
    public long storeMicros() {
        return computed == 0 || stored == 0 ? 0 : stored - computed;
    }

    /** Microseconds in the runner after the value was stored (checks, metadata), 0 when none was stored. */
    public long afterStoreMicros() {
        return stored == 0 ? 0 : ended - stored;
    }

    /** Microseconds on the worker after the runner returned. */
    public long answerMicros() {
        return answered - ended;
    }

    /** Microseconds from the worker's answer to the coordinator seeing it. */
    public long responseMicros() {
        return seen - answered;
    }

    /** The whole attempt as the coordinator saw it, minus the runner's own time. */
    public long overheadMicros() {
        return (seen - entered) - runMicros();
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%s on %s: claim %.1f ms, send %.1f ms, request %.1f ms, setup %.1f ms, run %.1f ms (inputs %.1f,"
                        + " compute %.1f, store %.1f, after %.1f), answer %.1f ms, response %.1f ms, worker CPU %.1f ms",
                step,
                worker,
                claimMicros() / 1000.0,
                sendMicros() / 1000.0,
                requestMicros() / 1000.0,
                setupMicros() / 1000.0,
                runMicros() / 1000.0,
                inputsMicros() / 1000.0,
                computeMicros() / 1000.0,
                storeMicros() / 1000.0,
                afterStoreMicros() / 1000.0,
                answerMicros() / 1000.0,
                responseMicros() / 1000.0,
                workerCpuMicros / 1000.0);
    }
}
