package dev.assetstudio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Wall-clock and current-thread CPU time, in milliseconds. */
final class Timer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpuNanos();

    double wallMillis() {
        return (System.nanoTime() - wallStart) / 1e6;
    }

    /** CPU time of the calling thread since the timer started (NaN if unsupported). */
    double cpuMillis() {
        long now = cpuNanos();
        return now < 0 || cpuStart < 0 ? Double.NaN : (now - cpuStart) / 1e6;
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
