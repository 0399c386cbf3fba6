package dev.assetstudio.engine.definitions;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A five-field Unix cron read in a time zone, parsed and evaluated by cron-utils: the ticks of a
 * schedule or an {@code on_cron} condition. Ticks are instants; a daylight-saving change moves them in
 * UTC but never in the zone's clock (06:00 stays 06:00).
 *
 * <pre>{@code
 * CronSchedule morning = CronSchedule.parse("0 6 * * *", "Europe/Berlin");
 * morning.lastTickAtOrBefore(Instant.parse("2024-03-31T12:00:00Z"));  // 2024-03-31T04:00:00Z (CEST)
 * }</pre>
 */
public final class CronSchedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime execution;

    private CronSchedule(String expression, ZoneId zone, Cron cron) {
        this.expression = expression;
        this.zone = zone;
        this.execution = ExecutionTime.forCron(cron);
    }

    /**
     * Parses {@code expression} in {@code zoneId}.
     *
     * @throws IllegalArgumentException saying what is wrong with the cron or the zone
     */
    public static CronSchedule parse(String expression, String zoneId) {
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown timezone \"" + zoneId + "\" (" + e.getMessage()
                    + "); use a region id such as Europe/Berlin");
        }
        String[] fields = expression.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("invalid cron \"" + expression + "\": expected 5 fields (minute hour"
                    + " day-of-month month day-of-week), found " + fields.length);
        }
        try {
            Cron cron = PARSER.parse(expression.strip());
            cron.validate();
            return new CronSchedule(expression.strip(), zone, cron);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid cron \"" + expression + "\": " + e.getMessage());
        }
    }

    /** The expression as written. */
    public String expression() {
        return expression;
    }

    /** The zone the expression is read in. */
    public ZoneId zone() {
        return zone;
    }

    /** The latest tick at or before {@code instant}. */
    public Optional<Instant> lastTickAtOrBefore(Instant instant) {
        // A cron has minute resolution: 06:00:30 is within the 06:00 tick.
        ZonedDateTime at = instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
        if (execution.isMatch(at)) {
            return Optional.of(at.toInstant());
        }
        return execution.lastExecution(at).map(ZonedDateTime::toInstant);
    }

    /** The first tick strictly after {@code instant}. */
    public Optional<Instant> nextTickAfter(Instant instant) {
        return execution.nextExecution(instant.atZone(zone)).map(ZonedDateTime::toInstant);
    }

    /** How many ticks lie strictly after {@code after} and at or before {@code atOrBefore}, up to {@code cap}. */
    public int ticksBetween(Instant after, Instant atOrBefore, int cap) {
        int n = 0;
        Instant t = after;
        while (n < cap) {
            Optional<Instant> next = nextTickAfter(t);
            if (next.isEmpty() || next.get().isAfter(atOrBefore)) {
                break;
            }
            n++;
            t = next.get();
        }
        return n;
    }

    @Override
    public String toString() {
        return expression + " (" + zone + ")";
    }
}
