package dev.assetstudio.engine.worker;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a project's worker process is started and stopped.
 *
 * <pre>{@code
 * new WorkerSettings("512m", List.of("-Duser.timezone=UTC"), Duration.ofSeconds(10));
 * }</pre>
 *
 * @param heap the worker's maximum heap as {@code -Xmx} takes it ({@code 512m}, {@code 2g}), or
 *     {@code null} for the JVM's default
 * @param jvmOptions more options for the worker's JVM, in order
 * @param cancelGrace how long a canceled step may take to stop after its interrupt before the
 *     worker is killed
 * @param sensorTimeout how long one sensor evaluation may take in the worker before the worker is
 *     killed (and replaced) and the sensor's tick fails
 */
public record WorkerSettings(String heap, List<String> jvmOptions, Duration cancelGrace, Duration sensorTimeout) {
    /** The grace a canceled step gets before its worker is killed, by default. */
    public static final Duration DEFAULT_CANCEL_GRACE = Duration.ofSeconds(10);

    /** How long a sensor evaluation may take, by default. */
    public static final Duration DEFAULT_SENSOR_TIMEOUT = Duration.ofSeconds(60);

    public WorkerSettings {
        heap = heap == null || heap.isBlank() ? null : heap.strip();
        jvmOptions = List.copyOf(jvmOptions == null ? List.of() : jvmOptions);
        cancelGrace = Objects.requireNonNullElse(cancelGrace, DEFAULT_CANCEL_GRACE);
        sensorTimeout = Objects.requireNonNullElse(sensorTimeout, DEFAULT_SENSOR_TIMEOUT);
        if (heap != null && !heap.matches("\\d+[kKmMgGtT]?")) {
            throw new IllegalArgumentException("worker heap '" + heap + "' is not a size -Xmx takes (e.g. 512m, 2g)");
        }
        if (cancelGrace.isNegative()) {
            throw new IllegalArgumentException("cancel grace must not be negative, got " + cancelGrace);
        }
        if (sensorTimeout.isNegative() || sensorTimeout.isZero()) {
            throw new IllegalArgumentException("sensor timeout must be positive, got " + sensorTimeout);
        }
    }

    /** The settings with the default sensor timeout. */
    public WorkerSettings(String heap, List<String> jvmOptions, Duration cancelGrace) {
        this(heap, jvmOptions, cancelGrace, null);
    }

    /** The JVM's default heap, no options, a ten-second grace, a sixty-second sensor timeout. */
    public static WorkerSettings defaults() {
        return new WorkerSettings(null, List.of(), DEFAULT_CANCEL_GRACE, DEFAULT_SENSOR_TIMEOUT);
    }

    public WorkerSettings withHeap(String heap) {
        return new WorkerSettings(heap, jvmOptions, cancelGrace, sensorTimeout);
    }

    public WorkerSettings withJvmOptions(List<String> jvmOptions) {
        return new WorkerSettings(heap, jvmOptions, cancelGrace, sensorTimeout);
    }

    public WorkerSettings withCancelGrace(Duration cancelGrace) {
        return new WorkerSettings(heap, jvmOptions, cancelGrace, sensorTimeout);
    }

    public WorkerSettings withSensorTimeout(Duration sensorTimeout) {
        return new WorkerSettings(heap, jvmOptions, cancelGrace, sensorTimeout);
    }
}
