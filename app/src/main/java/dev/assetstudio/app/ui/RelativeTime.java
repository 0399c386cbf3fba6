package dev.assetstudio.app.ui;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago something happened, in two lengths over the same thresholds: {@link #format} for lists
 * ({@code just now}, {@code 3 min ago}, {@code 2 h ago}, {@code 5 d ago}, {@code 3 mo ago}) and {@link #compact}
 * for graph cards ({@code just now}, {@code 3m ago}, {@code 2h ago}, {@code 5d ago}, {@code 3mo ago}). Both say
 * {@code never} for null. Under a minute is "just now"; whole minutes, hours and days are counted down (not
 * rounded); from 60 days on, months of 30 days.
 */
public final class RelativeTime {

    private static final String[] LONG_UNITS = {" min", " h", " d", " mo"};
    private static final String[] COMPACT_UNITS = {"m", "h", "d", "mo"};

    private RelativeTime() {}

    /** The long form, for the catalog: {@code 3 min ago}. */
    public static String format(Instant time, Instant now) {
        return text(time, now, LONG_UNITS);
    }

    /** The compact form, for graph cards: {@code 3m ago}. */
    public static String compact(Instant time, Instant now) {
        return text(time, now, COMPACT_UNITS);
    }

    private static String text(Instant time, Instant now, String[] units) {
        if (time == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(time, now).getSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3_600) {
            return seconds / 60 + units[0] + " ago";
        }
        if (seconds < 86_400) {
            return seconds / 3_600 + units[1] + " ago";
        }
        if (seconds < 86_400L * 60) {
            return seconds / 86_400 + units[2] + " ago";
        }
        return seconds / (86_400L * 30) + units[3] + " ago";
    }
}
