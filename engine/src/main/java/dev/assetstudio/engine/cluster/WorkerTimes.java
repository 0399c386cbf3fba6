package dev.assetstudio.engine.cluster;

import java.io.Serial;
import java.io.Serializable;

/**
 * Where a step's time went on its worker, in epoch microseconds of the worker's clock: the task
 * arrived, the step was handed to the project's runner, the runner said it ended, and the answer
 * left. What {@link StepTiming} puts next to the coordinator's own times.
 */
record WorkerTimes(long received, long started, long ended, long answered) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    static final WorkerTimes NONE = new WorkerTimes(0, 0, 0, 0);

    /** Now, in epoch microseconds (the clock every JVM of one machine shares). */
    static long now() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }
}
