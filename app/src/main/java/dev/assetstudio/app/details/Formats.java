package dev.assetstudio.app.details;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the details tabs write times, numbers and metadata, so every tab agrees (durations: {@code engine.text.Durations}). */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME_OF_DAY =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("MMM d HH:mm:ss", Locale.US).withZone(ZoneId.systemDefault());

    private static final DateTimeFormatter SHORT_MINUTE =
            DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US).withZone(ZoneId.systemDefault());
    private static final java.util.regex.Pattern ISO_INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private Formats() {}

    /** {@code Nov 21 08:41:35}: for lists where the year is noise. */
    public static String shortTime(Instant time) {
        return time == null ? "—" : SHORT.format(time);
    }

    /** {@code Nov 21 08:41}: for a table column in the narrow details area. */
    public static String shortMinute(Instant time) {
        return time == null ? "—" : SHORT_MINUTE.format(time);
    }

    /**
     * Every ISO-8601 instant in {@code text} (as the engine's staleness reasons give them, e.g.
     * {@code 2026-11-21T08:51:22.680109Z}) as {@link #shortTime}: people read local times, not UTC with
     * microseconds.
     */
    public static String readableInstants(String text) {
        if (text == null) {
            return null;
        }
        return ISO_INSTANT.matcher(text).replaceAll(m -> {
            try {
                return java.util.regex.Matcher.quoteReplacement(shortTime(Instant.parse(m.group())));
            } catch (java.time.format.DateTimeParseException e) {
                return java.util.regex.Matcher.quoteReplacement(m.group());
            }
        });
    }

    /**
     * The distinctive tail of a run id ({@code f1757a} of {@code 20261121-084135-f1757a}); the
     * time part repeats the Started column. Other ids are kept whole.
     */
    public static String shortRunId(String runId) {
        return dev.assetstudio.engine.run.RunIds.shortId(runId);
    }

    /** {@code 2024-05-01 10:00:00} in the local zone, or {@code —}. */
    public static String time(Instant time) {
        return time == null ? "—" : DATE_TIME.format(time);
    }

    /** {@code 10:00:00.123} in the local zone: for log lines, whose date is the run's. */
    public static String timeOfDay(Instant time) {
        return time == null ? "" : TIME_OF_DAY.format(time);
    }

    /** A number as people read it: grouping, at most 3 decimals, no trailing zeros. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return NumberFormat.getIntegerInstance(Locale.US).format((long) value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(Math.abs(value) < 1 ? 4 : 3);
        return format.format(value);
    }

    /** A count with grouping: {@code 77,000}. */
    public static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    /** Metadata on one line, e.g. {@code num_rows=26 · avg_sugar=11.7}. */
    public static String metadata(Map<String, Object> metadata) {
        return metadata.entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue()))
                .collect(Collectors.joining("  ·  "));
    }

    /** One metadata value, numbers formatted, long text cut. */
    public static String value(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof Map<?, ?> m && m.containsKey(dev.assetstudio.engine.model.MetadataValues.KIND_FIELD)) {
            // a MetadataValue as history keeps it: a table as its size, markdown or a URL as its text
            return dev.assetstudio.engine.model.MetadataValues.oneLine(value);
        }
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
