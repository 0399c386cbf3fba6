package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How recent an asset's latest materialization must be, as Dagster's freshness policies. Either a
 * maximum lag ({@link #warnAfter()} and/or {@link #failAfter()}, ISO-8601 durations) or a cron
 * {@link #deadline()} by which each tick must have seen a materialization.
 *
 * <pre>{@code
 * @Asset(freshness = @Freshness(warnAfter = "PT12H", failAfter = "PT24H"))
 * public static List<Order> bigOrders(List<Order> cleanOrders) { ... }
 *
 * @Asset(freshness = @Freshness(deadline = "0 9 * * *", timezone = "Europe/Berlin"))
 * public static Report morningReport() { ... }
 * }</pre>
 *
 * <p>It feeds the asset's health: older than {@code warnAfter} is WARNING, older than {@code
 * failAfter} or a missed deadline is DEGRADED. A duration that does not parse, a negative one, a
 * {@code failAfter} shorter than {@code warnAfter}, a cron that does not parse (five fields, Unix
 * style), an unknown time zone, or a policy with nothing set are load errors naming the asset. May
 * also be put on the method directly.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface Freshness {
    /** Older than this (ISO-8601, e.g. {@code PT12H}) the asset is WARNING; empty means never. */
    String warnAfter() default "";

    /** Older than this (ISO-8601, e.g. {@code PT24H}) the asset is DEGRADED; empty means never. */
    String failAfter() default "";

    /** A five-field cron ({@code 0 9 * * *}); each tick must have a materialization since the tick before. */
    String deadline() default "";

    /** The time zone of {@link #deadline()}; {@code UTC} by default. */
    String timezone() default "UTC";
}
