package dev.assetstudio.engine.cluster;

import dev.assetstudio.engine.run.StepPhases;
import java.io.Serial;
import java.io.Serializable;

/**
 * Where a step's time went on its worker, in epoch microseconds of the worker's clock: the task
 * arrived, the step was handed to the project's runner, its inputs were loaded, the asset's method
 * returned, its value was stored, the runner said it ended, and the answer left (a phase the step
 * never reached is 0); and the CPU the worker's thread spent on it from arrival to answer, in
 * microseconds (what does not grow with the machine's load). What {@link StepTiming} puts next to
 * the coordinator's own times.
 */
record WorkerTimes(
        long received, long started, long loaded, long computed, long stored, long ended, long answered, long cpuMicros)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;

    static final WorkerTimes NONE = new WorkerTimes(0, 0, 0, 0, 0, 0, 0, 0);

    /** Now, in epoch microseconds (the clock every JVM of one machine shares). */
    static long now() {
        return StepPhases.nowMicros();
    }
}
