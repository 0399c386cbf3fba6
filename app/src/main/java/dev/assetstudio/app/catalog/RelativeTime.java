package dev.assetstudio.app.catalog;

import java.time.Duration;
import java.time.Instant;

/** Short "how long ago" texts for the catalog: {@code just now}, {@code 3 min ago}, {@code 2 h ago}, {@code 5 d ago}. */
public final class RelativeTime {

    private RelativeTime() {}

    /** How long before {@code now} {@code time} was; {@code never} for null. */
    public static String format(Instant time, Instant now) {
        if (time == null) {
            return "never";
        }
        Duration ago = Duration.between(time, now);
        if (ago.toSeconds() < 60) {
            return "just now";
        }
        if (ago.toMinutes() < 60) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toHours() < 24) {
            return ago.toHours() + " h ago";
        }
        return ago.toDays() + " d ago";
    }
}
