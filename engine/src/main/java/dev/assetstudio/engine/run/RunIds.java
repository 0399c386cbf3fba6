package dev.assetstudio.engine.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids that sort by start time and stay short enough to read: {@code 20220723-141502-3f9a1c}
 * (UTC second, then 24 random bits so that runs started in the same second differ).
 */
final class RunIds {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RunIds() {}

    static String next(Instant now) {
        return FORMAT.format(now) + "-"
                + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }
}
