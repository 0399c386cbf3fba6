package dev.assetstudio.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code public static} method as a sensor: the automation daemon calls it every {@link
 * #intervalSeconds()} while the sensor is turned on, and launches the runs it asks for.
 *
 * <pre>{@code
 * @Sensor(name = "new_price_files", intervalSeconds = 30)
 * public static SensorResult newPriceFiles(SensorContext context) {
 *     String last = context.cursor().orElse("");
 *     List<MaterializeRequest> requests = ...;   // one per file newer than `last`
 *     return SensorResult.of(requests).withCursor(newest);
 * }
 * }</pre>
 *
 * <p>Rules, checked when a project is loaded: the method is {@code public static}, takes one {@link
 * SensorContext} (or nothing) and returns a {@link SensorResult}; the name (the method name unless
 * given) is unique among the project's schedules and sensors; the interval is at least one second.
 * A sensor that throws fails its tick, keeps its cursor, and is called again at its next interval;
 * the other sensors go on. Programmatic sensors are {@link SensorDefinition}s.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sensor {
    /** The sensor's name; empty means the method name. */
    String name() default "";

    /** Seconds between two evaluations; at least 1. */
    int intervalSeconds() default 30;

    /** Shown in the studio; empty means none. */
    String description() default "";
}
