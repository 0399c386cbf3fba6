package dev.assetstudio.engine.text;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations in short words, the one format of the CLI and the studio (run panel, details tabs, partitions,
 * notifications): {@code 850 ms}, {@code 3.2 s}, {@code 4 min 05 s}, {@code 1 h 04 min}; {@code —} for none.
 */
public final class Durations {

    private Durations() {}

    /** {@code duration} in short words; negative durations (clock skew) count as zero. */
    public static String format(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
