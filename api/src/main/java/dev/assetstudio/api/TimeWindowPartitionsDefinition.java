package dev.assetstudio.api;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Partitions that are consecutive time windows of one {@link Unit}, cut by a zone's local calendar.
 *
 * <pre>{@code
 * var hours = (TimeWindowPartitionsDefinition) PartitionsDefinition.hourly(LocalDateTime.of(2022, 1, 1, 0, 0));
 * hours.unit();                 // HOURLY
 * hours.keys().get(0);          // "2022-01-01-00:00"
 * }</pre>
 *
 * <p>The first window starts on the first unit boundary on or after the given start (for weeks, a
 * Sunday). Windows follow the local clock: across a daylight-saving change a day may last 23 or 25
 * hours, and a local hour that does not exist is skipped. Immutable and thread-safe.
 */
public final class TimeWindowPartitionsDefinition extends PartitionsDefinition {

    /** The length of one window. */
    public enum Unit {
        HOURLY,
        DAILY,
        WEEKLY,
        MONTHLY;

        String boundFormat() {
            return this == HOURLY ? "yyyy-MM-dd-HH:mm" : "yyyy-MM-dd";
        }

        LocalDateTime next(LocalDateTime start) {
            return switch (this) {
                case HOURLY -> start.plusHours(1);
                case DAILY -> start.plusDays(1);
                case WEEKLY -> start.plusWeeks(1);
                case MONTHLY -> start.plusMonths(1);
            };
        }

        /** The first window start on or after {@code t}. */
        LocalDateTime ceil(LocalDateTime t) {
            LocalDateTime floor = floor(t);
            return floor.equals(t) ? t : next(floor);
        }

        /** The window start at or before {@code t}. */
        LocalDateTime floor(LocalDateTime t) {
            return switch (this) {
                case HOURLY -> t.truncatedTo(ChronoUnit.HOURS);
                case DAILY -> t.truncatedTo(ChronoUnit.DAYS);
                case WEEKLY -> t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                case MONTHLY -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            };
        }
    }

    private static final DateTimeFormatter DATE_KEY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HOUR_KEY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd-HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private final Unit unit;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final ZoneId zone;

    private TimeWindowPartitionsDefinition(Unit unit, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        this.unit = unit;
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    static TimeWindowPartitionsDefinition of(Unit unit, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        LocalDateTime first = unit.ceil(start);
        if (end != null && unit.next(first).isAfter(end)) {
            throw new IllegalArgumentException(
                    "end " + end + " leaves no " + unit.name().toLowerCase() + " partition after start " + start);
        }
        // normalized() makes "UTC", "Z" and "+00:00" one zone, so equal definitions are equal.
        return new TimeWindowPartitionsDefinition(unit, first, end, zone.normalized());
    }

    /** Parses an annotation's start or end: a date, or for hours also {@code yyyy-MM-dd-HH:mm}. */
    static LocalDateTime parseBound(Unit unit, String text) {
        if (unit == Unit.HOURLY && text.length() > 10) {
            return text.indexOf('T') > 0 ? LocalDateTime.parse(text) : LocalDateTime.parse(text, HOUR_KEY);
        }
        return LocalDate.parse(text, DATE_KEY).atStartOfDay();
    }

    /** The window length. */
    public Unit unit() {
        return unit;
    }

    /** The local start of the first window. */
    public LocalDateTime start() {
        return start;
    }

    /** The exclusive local end, if any. */
    public Optional<LocalDateTime> end() {
        return Optional.ofNullable(end);
    }

    /** The zone whose local calendar cuts the windows. */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean isTimeBased() {
        return true;
    }

    @Override
    public List<String> keys(Instant now) {
        List<String> keys = new ArrayList<>();
        for (LocalDateTime t = start; exists(t, now); t = unit.next(t)) {
            if (window(t).isPresent()) {
                keys.add(format(t));
            }
        }
        return keys;
    }

    @Override
    public boolean contains(String key, Instant now) {
        LocalDateTime t = parseKeyOrNull(key);
        return t != null && exists(t, now) && window(t).isPresent();
    }

    @Override
    public List<String> keysBetween(String from, String to, Instant now) {
        LocalDateTime a = existing(from, now);
        LocalDateTime b = existing(to, now);
        if (a.isAfter(b)) {
            throw new IllegalArgumentException("partition range " + from + " to " + to + " is backwards");
        }
        List<String> keys = new ArrayList<>();
        for (LocalDateTime t = a; !t.isAfter(b); t = unit.next(t)) {
            if (window(t).isPresent()) {
                keys.add(format(t));
            }
        }
        return keys;
    }

    @Override
    public Optional<TimeWindow> timeWindow(String key) {
        LocalDateTime t = parseKeyOrNull(key);
        if (t == null || (end != null && unit.next(t).isAfter(end))) {
            throw new IllegalArgumentException("'" + key + "' is not a partition of " + describe());
        }
        return window(t);
    }

    private LocalDateTime existing(String key, Instant now) {
        LocalDateTime t = parseKeyOrNull(key);
        if (t == null || !exists(t, now)) {
            throw new IllegalArgumentException("'" + key + "' is not a partition of " + describe()
                    + (t != null ? " (its window has not ended yet)" : ""));
        }
        return t;
    }

    /** Whether the window starting at {@code t} is inside the bounds and has ended by {@code now}. */
    private boolean exists(LocalDateTime t, Instant now) {
        LocalDateTime next = unit.next(t);
        return (end == null || !next.isAfter(end))
                && !next.atZone(zone).toInstant().isAfter(now);
    }

    /** The window starting at local {@code t}; empty when a clock change makes it vanish. */
    private Optional<TimeWindow> window(LocalDateTime t) {
        Instant from = t.atZone(zone).toInstant();
        Instant to = unit.next(t).atZone(zone).toInstant();
        return from.isBefore(to) ? Optional.of(new TimeWindow(from, to)) : Optional.empty();
    }

    /** The window start a key names, or null when the key is malformed, misaligned or before start. */
    private LocalDateTime parseKeyOrNull(String key) {
        if (key == null) {
            return null;
        }
        LocalDateTime t;
        try {
            t = unit == Unit.HOURLY
                    ? LocalDateTime.parse(key, HOUR_KEY)
                    : LocalDate.parse(key, DATE_KEY).atStartOfDay();
        } catch (DateTimeException e) {
            return null;
        }
        if (t.isBefore(start) || !unit.floor(t).equals(t) || !format(t).equals(key)) {
            return null;
        }
        return t;
    }

    private String format(LocalDateTime t) {
        return unit == Unit.HOURLY ? HOUR_KEY.format(t) : DATE_KEY.format(t);
    }

    @Override
    public String describe() {
        return unit.name().toLowerCase() + " from " + format(start) + (end != null ? " to " + formatBound(end) : "")
                + " (" + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()) + ")";
    }

    private String formatBound(LocalDateTime t) {
        return unit == Unit.HOURLY || !t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? HOUR_KEY.format(t)
                : DATE_KEY.format(t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeWindowPartitionsDefinition other
                && unit == other.unit
                && start.equals(other.start)
                && Objects.equals(end, other.end)
                && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, start, end, zone);
    }
}
