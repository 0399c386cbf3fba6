package dev.assetstudio.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A sensor defined in code rather than with {@link Sensor @Sensor}, for factories; given to {@link
 * Definitions.Builder#sensor(SensorDefinition)}.
 *
 * <pre>{@code
 * SensorDefinition.of("inbox_watch", Duration.ofSeconds(30),
 *         context -> SensorResult.of(MaterializeRequest.of("inbox")));
 * }</pre>
 *
 * <p>The same rules as {@code @Sensor}: a unique name, an interval of at least one second.
 */
public final class SensorDefinition {
    private final String name;
    private final Duration interval;
    private final SensorFunction function;
    private final String description;

    private SensorDefinition(String name, Duration interval, SensorFunction function, String description) {
        this.name = name;
        this.interval = interval;
        this.function = function;
        this.description = description;
    }

    /** A sensor evaluated every {@code interval} (at least one second). */
    public static SensorDefinition of(String name, Duration interval, SensorFunction function) {
        Names.require(name, "sensor name");
        Objects.requireNonNull(interval, () -> "interval of sensor " + name);
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(
                    "interval of sensor " + name + " is " + interval + "; it must be at least one second");
        }
        return new SensorDefinition(
                name.strip(), interval, Objects.requireNonNull(function, () -> "function of sensor " + name), null);
    }

    /** The same sensor with a description shown in the studio. */
    public SensorDefinition withDescription(String text) {
        return new SensorDefinition(name, interval, function, text);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** Time between two evaluations. */
    public Duration interval() {
        return interval;
    }

    /** What runs at each evaluation. */
    public SensorFunction function() {
        return function;
    }

    /** The description, if any. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    @Override
    public String toString() {
        return "SensorDefinition[" + name + ", every " + interval + "]";
    }
}
