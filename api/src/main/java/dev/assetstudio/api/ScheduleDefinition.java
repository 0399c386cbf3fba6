package dev.assetstudio.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A schedule: materialize a selection of assets at every tick of a cron expression. Found as a
 * {@code public static final} field of an asset class, or given to {@link
 * Definitions.Builder#schedule(ScheduleDefinition)}.
 *
 * <pre>{@code
 * public static final ScheduleDefinition MORNING =
 *         ScheduleDefinition.of("morning_sales", "0 6 * * *", "group:sales")
 *                           .withTimezone("Europe/Berlin");
 *
 * ScheduleDefinition.of("hourly_prices", "0 * * * *", "dailyPrices").withPartitionKey("2024-01-01");
 * }</pre>
 *
 * <p>The cron is the five-field Unix form ({@code minute hour day-of-month month day-of-week}) and is
 * read in {@link #timezone()} (UTC unless given), so {@code 0 6 * * *} in {@code Europe/Berlin}
 * fires at 06:00 local time on both sides of a daylight-saving change. The selection uses the
 * engine's selection syntax ({@code key}, {@code *key}, {@code group:g}, commas). A selected asset
 * with time partitions is run for the partition whose window ended last before the tick (the
 * "latest" partition), unless {@link #withPartitionKey(String)} names one. The cron, the timezone and
 * the selection are checked when the project is loaded; an error names the schedule.
 *
 * <p>Immutable: every {@code with…} returns a copy.
 */
public final class ScheduleDefinition {
    private final String name;
    private final String cron;
    private final String selection;
    private final String timezone;
    private final String partitionKey;
    private final String description;

    private ScheduleDefinition(
            String name, String cron, String selection, String timezone, String partitionKey, String description) {
        this.name = name;
        this.cron = cron;
        this.selection = selection;
        this.timezone = timezone;
        this.partitionKey = partitionKey;
        this.description = description;
    }

    /**
     * A schedule named {@code name} (unique among the project's schedules and sensors) running
     * {@code selection} at every tick of {@code cron}, in UTC.
     */
    public static ScheduleDefinition of(String name, String cron, String selection) {
        return new ScheduleDefinition(
                Names.require(name, "schedule name"),
                Names.require(cron, "cron of schedule " + name),
                Names.require(selection, "selection of schedule " + name),
                "UTC",
                null,
                null);
    }

    /** The same schedule with its cron read in {@code zoneId} (e.g. {@code Europe/Berlin}). */
    public ScheduleDefinition withTimezone(String zoneId) {
        return new ScheduleDefinition(
                name,
                cron,
                selection,
                Names.require(zoneId, "timezone of schedule " + name),
                partitionKey,
                description);
    }

    /** The same schedule materializing partition {@code key} instead of the latest one. */
    public ScheduleDefinition withPartitionKey(String key) {
        return new ScheduleDefinition(
                name, cron, selection, timezone, Names.require(key, "partition key of schedule " + name), description);
    }

    /** The same schedule with a description shown in the studio. */
    public ScheduleDefinition withDescription(String text) {
        return new ScheduleDefinition(name, cron, selection, timezone, partitionKey, text);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The cron expression, five fields. */
    public String cron() {
        return cron;
    }

    /** The selection text. */
    public String selection() {
        return selection;
    }

    /** The time zone id the cron is read in; {@code UTC} unless given. */
    public String timezone() {
        return timezone;
    }

    /** The partition to run; empty means the latest one of each partitioned asset. */
    public Optional<String> partitionKey() {
        return Optional.ofNullable(partitionKey);
    }

    /** The description, if any. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduleDefinition s
                && name.equals(s.name)
                && cron.equals(s.cron)
                && selection.equals(s.selection)
                && timezone.equals(s.timezone)
                && Objects.equals(partitionKey, s.partitionKey)
                && Objects.equals(description, s.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, cron, selection, timezone, partitionKey);
    }

    @Override
    public String toString() {
        return "ScheduleDefinition[" + name + ", " + cron + " " + timezone + ", " + selection + "]";
    }
}
