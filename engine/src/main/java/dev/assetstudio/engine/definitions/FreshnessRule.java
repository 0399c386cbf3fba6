package dev.assetstudio.engine.definitions;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.assetstudio.api.FreshnessPolicy;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A validated freshness policy: durations parsed, the cron deadline parsed by cron-utils (Unix
 * syntax, five fields). {@link #evaluate} says how late an asset is.
 *
 * <pre>{@code
 * FreshnessRule rule = FreshnessRule.parse(FreshnessPolicy.maxLag("PT12H", "PT24H"));
 * rule.evaluate(lastMaterialized, Instant.now());   // Verdict[FRESH|WARN|FAIL, reason]
 * }</pre>
 */
public final class FreshnessRule {
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final FreshnessPolicy policy;
    private final Duration warnAfter;
    private final Duration failAfter;
    private final ExecutionTime deadline;
    private final ZoneId zone;

    private FreshnessRule(
            FreshnessPolicy policy, Duration warnAfter, Duration failAfter, ExecutionTime deadline, ZoneId zone) {
        this.policy = policy;
        this.warnAfter = warnAfter;
        this.failAfter = failAfter;
        this.deadline = deadline;
        this.zone = zone;
    }

    /**
     * Validates {@code policy}.
     *
     * @throws IllegalArgumentException saying which part is wrong and why
     */
    public static FreshnessRule parse(FreshnessPolicy policy) {
        Duration warn = duration("warnAfter", policy.warnAfter());
        Duration fail = duration("failAfter", policy.failAfter());
        if (warn != null && fail != null && fail.compareTo(warn) < 0) {
            throw new IllegalArgumentException("failAfter " + policy.failAfter() + " is shorter than warnAfter "
                    + policy.warnAfter() + "; an asset must warn before it fails");
        }
        ExecutionTime deadline = null;
        ZoneId zone;
        try {
            zone = ZoneId.of(policy.timezone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "timezone \"" + policy.timezone() + "\" is not a time zone (e.g. UTC," + " Europe/Berlin)");
        }
        if (!policy.deadline().isBlank()) {
            try {
                deadline = ExecutionTime.forCron(
                        CRON.parse(policy.deadline().strip()).validate());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("deadline \"" + policy.deadline()
                        + "\" is not a cron of five fields (minute hour day-of-month month day-of-week, e.g."
                        + " \"0 9 * * *\"): " + e.getMessage());
            }
        }
        if (warn == null && fail == null && deadline == null) {
            throw new IllegalArgumentException("the freshness policy sets none of warnAfter, failAfter and deadline");
        }
        return new FreshnessRule(policy, warn, fail, deadline, zone);
    }

    private static Duration duration(String what, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Duration d = Duration.parse(text.strip());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " \"" + text + "\" must be positive");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    what + " \"" + text + "\" is not an ISO-8601 duration (e.g. PT12H, P1D, PT30M)");
        }
    }

    /** The policy as written. */
    public FreshnessPolicy policy() {
        return policy;
    }

    /** How fresh an asset last materialized at {@code last} is at {@code now}. */
    public enum Level {
        FRESH,
        WARN,
        FAIL
    }

    /** A level and the sentence explaining it ({@code ""} when fresh). */
    public record Verdict(Level level, String reason) {}

    /**
     * @param last the latest materialization, or {@code null} if there is none
     */
    public Verdict evaluate(Instant last, Instant now) {
        if (deadline != null) {
            Optional<ZonedDateTime> tick = deadline.lastExecution(now.atZone(zone));
            Optional<ZonedDateTime> before = tick.flatMap(deadline::lastExecution);
            if (before.isPresent()
                    && (last == null || last.isBefore(before.get().toInstant()))) {
                return new Verdict(
                        Level.FAIL,
                        "missed its deadline " + policy.deadline() + " at "
                                + tick.get().toInstant() + ": no materialization since "
                                + before.get().toInstant());
            }
        }
        if (last == null) {
            return new Verdict(Level.FRESH, "");
        }
        Duration age = Duration.between(last, now);
        if (failAfter != null && age.compareTo(failAfter) > 0) {
            return new Verdict(
                    Level.FAIL, "last materialized " + words(age) + " ago, more than failAfter " + failAfter);
        }
        if (warnAfter != null && age.compareTo(warnAfter) > 0) {
            return new Verdict(
                    Level.WARN, "last materialized " + words(age) + " ago, more than warnAfter " + warnAfter);
        }
        return new Verdict(Level.FRESH, "");
    }

    private static String words(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 120) {
            return minutes + " min";
        }
        long hours = d.toHours();
        return hours < 72 ? hours + " h" : d.toDays() + " days";
    }

    @Override
    public String toString() {
        return policy.toString();
    }
}
