package dev.assetstudio.app.session;

import java.util.Objects;

/**
 * Something the user should hear about once: a run ended, a run could not start, a reload failed.
 * The shell shows it as a toast; {@code detail} is selectable text (an engine message, a stack).
 */
public record Notification(Level level, String title, String detail) {
    public enum Level {
        INFO,
        SUCCESS,
        WARNING,
        ERROR
    }

    public Notification {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        detail = detail == null ? "" : detail;
    }
}
