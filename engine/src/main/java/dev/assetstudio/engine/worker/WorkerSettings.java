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
 */
public record WorkerSettings(String heap, List<String> jvmOptions, Duration cancelGrace) {
    /** The grace a canceled step gets before its worker is killed, by default. */
    public static final Duration DEFAULT_CANCEL_GRACE = Duration.ofSeconds(10);

    public WorkerSettings {
        heap = heap == null || heap.isBlank() ? null : heap.strip();
        jvmOptions = List.copyOf(jvmOptions == null ? List.of() : jvmOptions);
        cancelGrace = Objects.requireNonNullElse(cancelGrace, DEFAULT_CANCEL_GRACE);
        if (heap != null && !heap.matches("\\d+[kKmMgGtT]?")) {
            throw new IllegalArgumentException("worker heap '" + heap + "' is not a size -Xmx takes (e.g. 512m, 2g)");
        }
        if (cancelGrace.isNegative()) {
            throw new IllegalArgumentException("cancel grace must not be negative, got " + cancelGrace);
        }
    }

    /** The JVM's default heap, no options, a ten-second grace. */
    public static WorkerSettings defaults() {
        return new WorkerSettings(null, List.of(), DEFAULT_CANCEL_GRACE);
    }

    public WorkerSettings withHeap(String heap) {
        return new WorkerSettings(heap, jvmOptions, cancelGrace);
    }

    public WorkerSettings withJvmOptions(List<String> jvmOptions) {
        return new WorkerSettings(heap, jvmOptions, cancelGrace);
    }

    public WorkerSettings withCancelGrace(Duration cancelGrace) {
        return new WorkerSettings(heap, jvmOptions, cancelGrace);
    }
}
