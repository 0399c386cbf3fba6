package dev.assetstudio.api;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The log of one step of a run; its lines are kept in the run's history, which is why user code
 * should prefer it to {@code System.out}.
 *
 * <pre>{@code
 * context.log().info("fetched {} rows from {}", rows.size(), endpoint);
 * context.log().error("request failed", exception);   // a trailing Throwable prints its stack trace
 * RunLog captured = (level, message) -> lines.add(level + " " + message);   // in tests
 * }</pre>
 *
 * <p>Only {@link #log(Level, String)} is abstract; the level methods format SLF4J-style {@code {}}
 * placeholders with {@link #format(String, Object...)}. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RunLog {

    /** Severity of a log line. */
    enum Level {
        DEBUG,
        INFO,
        WARN,
        ERROR
    }

    /** Records one finished line. */
    void log(Level level, String message);

    /** Logs at {@link Level#DEBUG}. */
    default void debug(String message) {
        log(Level.DEBUG, message);
    }

    /** Logs at {@link Level#DEBUG}, formatting {@code {}} placeholders. */
    default void debug(String format, Object... args) {
        log(Level.DEBUG, format(format, args));
    }

    /** Logs at {@link Level#INFO}. */
    default void info(String message) {
        log(Level.INFO, message);
    }

    /** Logs at {@link Level#INFO}, formatting {@code {}} placeholders. */
    default void info(String format, Object... args) {
        log(Level.INFO, format(format, args));
    }

    /** Logs at {@link Level#WARN}. */
    default void warn(String message) {
        log(Level.WARN, message);
    }

    /** Logs at {@link Level#WARN}, formatting {@code {}} placeholders. */
    default void warn(String format, Object... args) {
        log(Level.WARN, format(format, args));
    }

    /** Logs at {@link Level#ERROR}. */
    default void error(String message) {
        log(Level.ERROR, message);
    }

    /** Logs at {@link Level#ERROR}, formatting {@code {}} placeholders. */
    default void error(String format, Object... args) {
        log(Level.ERROR, format(format, args));
    }

    /**
     * Replaces each {@code {}} with the next argument, as SLF4J does: {@code \{}} is a literal
     * {@code {}}, surplus placeholders stay as written, and a trailing {@link Throwable} that no
     * placeholder consumed is appended with its stack trace.
     *
     * <pre>{@code
     * RunLog.format("{} + {} = {}", 1, 2, 3);   // "1 + 2 = 3"
     * }</pre>
     */
    static String format(String format, Object... args) {
        if (format == null) {
            return "null";
        }
        Object[] values = args == null ? new Object[] {null} : args;
        StringBuilder out = new StringBuilder(format.length() + 16 * values.length);
        int next = 0;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '\\' && format.startsWith("{}", i + 1)) {
                out.append("{}");
                i += 3;
            } else if (c == '{' && i + 1 < format.length() && format.charAt(i + 1) == '}' && next < values.length) {
                out.append(render(values[next++]));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        if (next < values.length && values[values.length - 1] instanceof Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            out.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        return out.toString();
    }

    private static String render(Object value) {
        if (value instanceof Object[] array) {
            return java.util.Arrays.deepToString(array);
        }
        if (value != null && value.getClass().isArray()) {
            return java.util.Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
        }
        return String.valueOf(value);
    }

    /**
     * A log that prints {@code [LEVEL] message} to standard error; the default of context builders,
     * so that tests see what user code logs.
     */
    static RunLog standardError() {
        return (level, message) -> System.err.println("[" + level + "] " + message);
    }
}
