package dev.assetstudio.api;

import java.lang.annotation.Annotation;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * How an asset is split into partitions that are materialized independently: by time windows or by
 * a fixed list of keys (Dagster's {@code PartitionsDefinition}).
 *
 * <pre>{@code
 * PartitionsDefinition days = PartitionsDefinition.daily(LocalDate.of(2022, 1, 1));
 * days.keys();                                      // [2022-01-01, 2022-01-02, ... up to yesterday]
 * days.keysBetween("2022-07-01", "2022-07-03");     // [2022-07-01, 2022-07-02, 2022-07-03]
 * days.timeWindow("2022-07-23");                    // [2022-07-23T00:00Z, 2022-07-24T00:00Z)
 * PartitionsDefinition.ofStatic("eu", "us").keys(); // [eu, us]
 * }</pre>
 *
 * <p>As in Dagster, a time partition exists only once its window has fully ended, so today's daily
 * partition appears tomorrow. Key formats: daily, weekly and monthly {@code 2022-07-23}, hourly
 * {@code 2022-07-23-14:00}. Weeks start on Sunday; the first weekly partition starts on the first
 * Sunday on or after the start date, the first monthly one on the first day of a month on or after
 * it. An end is exclusive: only windows that end on or before it exist.
 */
public abstract sealed class PartitionsDefinition permits TimeWindowPartitionsDefinition, StaticPartitionsDefinition {

    PartitionsDefinition() {}

    /** Daily partitions from {@code start}, open-ended, in UTC. */
    public static PartitionsDefinition daily(LocalDate start) {
        return daily(start, null, ZoneOffset.UTC);
    }

    /** Daily partitions from {@code start} to {@code end} (exclusive, {@code null} for none), in UTC. */
    public static PartitionsDefinition daily(LocalDate start, LocalDate end) {
        return daily(start, end, ZoneOffset.UTC);
    }

    /** Daily partitions from {@code start}, open-ended, cut by {@code zone}'s calendar. */
    public static PartitionsDefinition daily(LocalDate start, ZoneId zone) {
        return daily(start, null, zone);
    }

    /** Daily partitions from {@code start} to {@code end} (exclusive, nullable) in {@code zone}. */
    public static PartitionsDefinition daily(LocalDate start, LocalDate end, ZoneId zone) {
        return TimeWindowPartitionsDefinition.of(
                TimeWindowPartitionsDefinition.Unit.DAILY, atMidnight(start), atMidnight(end), zone);
    }

    /** Weekly partitions (Sunday to Sunday) from {@code start}, open-ended, in UTC. */
    public static PartitionsDefinition weekly(LocalDate start) {
        return weekly(start, null, ZoneOffset.UTC);
    }

    /** Weekly partitions from {@code start} to {@code end} (exclusive, nullable), in UTC. */
    public static PartitionsDefinition weekly(LocalDate start, LocalDate end) {
        return weekly(start, end, ZoneOffset.UTC);
    }

    /** Weekly partitions from {@code start}, open-ended, in {@code zone}. */
    public static PartitionsDefinition weekly(LocalDate start, ZoneId zone) {
        return weekly(start, null, zone);
    }

    /** Weekly partitions from {@code start} to {@code end} (exclusive, nullable) in {@code zone}. */
    public static PartitionsDefinition weekly(LocalDate start, LocalDate end, ZoneId zone) {
        return TimeWindowPartitionsDefinition.of(
                TimeWindowPartitionsDefinition.Unit.WEEKLY, atMidnight(start), atMidnight(end), zone);
    }

    /** Monthly partitions from {@code start}, open-ended, in UTC. */
    public static PartitionsDefinition monthly(LocalDate start) {
        return monthly(start, null, ZoneOffset.UTC);
    }

    /** Monthly partitions from {@code start} to {@code end} (exclusive, nullable), in UTC. */
    public static PartitionsDefinition monthly(LocalDate start, LocalDate end) {
        return monthly(start, end, ZoneOffset.UTC);
    }

    /** Monthly partitions from {@code start}, open-ended, in {@code zone}. */
    public static PartitionsDefinition monthly(LocalDate start, ZoneId zone) {
        return monthly(start, null, zone);
    }

    /** Monthly partitions from {@code start} to {@code end} (exclusive, nullable) in {@code zone}. */
    public static PartitionsDefinition monthly(LocalDate start, LocalDate end, ZoneId zone) {
        return TimeWindowPartitionsDefinition.of(
                TimeWindowPartitionsDefinition.Unit.MONTHLY, atMidnight(start), atMidnight(end), zone);
    }

    /** Hourly partitions from {@code start}, open-ended, in UTC. */
    public static PartitionsDefinition hourly(LocalDateTime start) {
        return hourly(start, null, ZoneOffset.UTC);
    }

    /** Hourly partitions from {@code start} to {@code end} (exclusive, nullable), in UTC. */
    public static PartitionsDefinition hourly(LocalDateTime start, LocalDateTime end) {
        return hourly(start, end, ZoneOffset.UTC);
    }

    /** Hourly partitions from {@code start}, open-ended, following {@code zone}'s local clock. */
    public static PartitionsDefinition hourly(LocalDateTime start, ZoneId zone) {
        return hourly(start, null, zone);
    }

    /** Hourly partitions from {@code start} to {@code end} (exclusive, nullable) in {@code zone}. */
    public static PartitionsDefinition hourly(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return TimeWindowPartitionsDefinition.of(TimeWindowPartitionsDefinition.Unit.HOURLY, start, end, zone);
    }

    /** Partitions with exactly these keys, in this order. */
    public static PartitionsDefinition ofStatic(String... keys) {
        return new StaticPartitionsDefinition(List.of(keys));
    }

    /**
     * The definition an annotation declares: {@link DailyPartitions}, {@link HourlyPartitions},
     * {@link WeeklyPartitions}, {@link MonthlyPartitions} or {@link StaticPartitions}.
     *
     * @throws IllegalArgumentException naming the annotation and the bad start, end or timezone, or
     *     when the annotation is of another type
     */
    public static PartitionsDefinition fromAnnotation(Annotation annotation) {
        if (annotation instanceof DailyPartitions a) {
            return timeBased(
                    TimeWindowPartitionsDefinition.Unit.DAILY, "@DailyPartitions", a.start(), a.end(), a.timezone());
        }
        if (annotation instanceof WeeklyPartitions a) {
            return timeBased(
                    TimeWindowPartitionsDefinition.Unit.WEEKLY, "@WeeklyPartitions", a.start(), a.end(), a.timezone());
        }
        if (annotation instanceof MonthlyPartitions a) {
            return timeBased(
                    TimeWindowPartitionsDefinition.Unit.MONTHLY,
                    "@MonthlyPartitions",
                    a.start(),
                    a.end(),
                    a.timezone());
        }
        if (annotation instanceof HourlyPartitions a) {
            return timeBased(
                    TimeWindowPartitionsDefinition.Unit.HOURLY, "@HourlyPartitions", a.start(), a.end(), a.timezone());
        }
        if (annotation instanceof StaticPartitions a) {
            try {
                return ofStatic(a.value());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("@StaticPartitions: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("not a partitions annotation: "
                + (annotation == null
                        ? "null"
                        : "@" + annotation.annotationType().getName()));
    }

    /** Whether {@code type} is one of the five partitions annotations. */
    public static boolean isPartitionsAnnotation(Class<? extends Annotation> type) {
        return type == DailyPartitions.class
                || type == HourlyPartitions.class
                || type == WeeklyPartitions.class
                || type == MonthlyPartitions.class
                || type == StaticPartitions.class;
    }

    private static PartitionsDefinition timeBased(
            TimeWindowPartitionsDefinition.Unit unit, String what, String start, String end, String timezone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(what + " timezone '" + timezone + "' is not a known zone id", e);
        }
        LocalDateTime from = parseBound(unit, what, "start", start);
        LocalDateTime to = end.isEmpty() ? null : parseBound(unit, what, "end", end);
        try {
            return TimeWindowPartitionsDefinition.of(unit, from, to, zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static LocalDateTime parseBound(
            TimeWindowPartitionsDefinition.Unit unit, String what, String name, String text) {
        try {
            return TimeWindowPartitionsDefinition.parseBound(unit, text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    what + " " + name + " '" + text + "' is not a date in the form " + unit.boundFormat(), e);
        }
    }

    private static LocalDateTime atMidnight(LocalDate date) {
        return date == null ? null : date.atStartOfDay();
    }

    /** The partitions that exist now; for time partitions, those whose window has ended. */
    public List<String> keys() {
        return keys(Instant.now());
    }

    /** The partitions that exist at {@code now}. */
    public abstract List<String> keys(Instant now);

    /** Whether {@code key} is a partition that exists now. */
    public boolean contains(String key) {
        return contains(key, Instant.now());
    }

    /** Whether {@code key} is a partition that exists at {@code now}. */
    public abstract boolean contains(String key, Instant now);

    /**
     * The existing keys from {@code from} to {@code to}, both inclusive, in partition order.
     *
     * @throws IllegalArgumentException naming the key that is not a partition, or when {@code from}
     *     comes after {@code to}
     */
    public List<String> keysBetween(String from, String to) {
        return keysBetween(from, to, Instant.now());
    }

    /** {@link #keysBetween(String, String)} as of {@code now}. */
    public abstract List<String> keysBetween(String from, String to, Instant now);

    /** The time window of a time partition; empty for static partitions. */
    public abstract Optional<TimeWindow> timeWindow(String key);

    /** Whether partitions are time windows. */
    public abstract boolean isTimeBased();

    /** A short description for people, e.g. {@code daily from 2022-01-01 (UTC)}. */
    public abstract String describe();

    @Override
    public String toString() {
        return describe();
    }
}
