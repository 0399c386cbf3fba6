package dev.assetstudio.api;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a sensor is handed at each evaluation: its cursor (what it saw so far), the time of this and
 * of its last tick, the project's resources and a log kept with the tick.
 *
 * <pre>{@code
 * String seen = context.cursor().orElse("");
 * context.log().info("looking for files newer than {}", seen);
 * Path inbox = (Path) context.resources().get("inbox");
 * }</pre>
 *
 * <p>{@link #currentTime()} is the instant the daemon evaluates for (its clock, which a test or
 * {@code automation tick --now} may set), so sensors should prefer it to {@link Instant#now()}.
 */
public interface SensorContext {
    /** The sensor's name. */
    String sensorName();

    /** The cursor the sensor returned last time; empty before its first successful tick. */
    Optional<String> cursor();

    /** The instant this tick evaluates. */
    Instant currentTime();

    /** When the sensor was last evaluated, successfully or not; empty the first time. */
    Optional<Instant> lastTickTime();

    /** The project's resources by key, as the definitions gave them. */
    Map<String, Object> resources();

    /** A log whose lines are kept with the tick. */
    RunLog log();
}
