package dev.assetstudio.engine.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run ids that sort by start time and stay short enough to read: {@code 20220723-141502-3f9a1c}
 * (UTC second, then 24 random bits so that runs started in the same second differ). The random tail
 * is the <em>short id</em> people see ({@code 3f9a1c}); history accepts it, or any unique prefix of
 * the whole id, wherever a run id is asked for.
 */
public final class RunIds {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RunIds() {}

    /** A new id for a run (or a backfill) started at {@code now}. */
    public static String next(Instant now) {
        return FORMAT.format(now) + "-"
                + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }

    /**
     * The distinctive tail of an id ({@code 3f9a1c} of {@code 20220723-141502-3f9a1c}); an id of
     * another shape is kept whole.
     */
    public static String shortId(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 && dash < id.length() - 4 ? id.substring(dash + 1) : id;
    }
}
