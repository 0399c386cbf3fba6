package dev.assetstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, so that noisy numbers can be read in context. */
final class MachineLoad {
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private MachineLoad() {}

    /** {@code load 1.68 5.17 3.70 (1/5/15 min), 2 cpus}, or the cpu count alone off Linux. */
    static String describe() {
        int cpus = Runtime.getRuntime().availableProcessors();
        try {
            String[] f = Files.readString(LOADAVG).trim().split("\\s+");
            return "load " + f[0] + " " + f[1] + " " + f[2] + " (1/5/15 min), " + cpus + " cpus";
        } catch (IOException | RuntimeException e) {
            return cpus + " cpus (no /proc/loadavg)";
        }
    }

    /** The 1-minute load average, or NaN when unknown. */
    static double oneMinute() {
        try {
            return Double.parseDouble(Files.readString(LOADAVG).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU time this JVM has used so far, in milliseconds (all its threads). */
    static double processCpuMillis() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(d -> d.toNanos() / 1e6)
                .orElse(Double.NaN);
    }
}
