package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.SensorFunction;
import java.time.Duration;
import java.util.Objects;

/** A validated sensor: its name, interval, the user's code to call, and where it was defined. */
public record SensorSpec(
        String name, Duration interval, SensorFunction function, String description, String definedIn) {
    public SensorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(definedIn, "definedIn");
    }
}
