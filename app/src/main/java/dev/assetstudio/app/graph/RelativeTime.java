package dev.assetstudio.app.graph;

import java.time.Duration;
import java.time.Instant;

/** "just now", "3m ago", "5h ago", "2d ago", "never": how long ago something happened, in a few letters. */
public final class RelativeTime {

    private RelativeTime() {}

    public static String format(Instant then, Instant now) {
        if (then == null) {
            return "never";
        }
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 45) {
            return "just now";
        }
        if (seconds < 3600) {
            return Math.max(1, Math.round(seconds / 60.0)) + "m ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + "h ago";
        }
        if (seconds < 86_400L * 60) {
            return seconds / 86_400 + "d ago";
        }
        return seconds / (86_400L * 30) + "mo ago";
    }
}
