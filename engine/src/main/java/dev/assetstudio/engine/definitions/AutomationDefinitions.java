package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AutomationCondition;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A project's validated automation: its schedules and sensors by name (each name used once among
 * both) and the assets with an automation condition, by key.
 */
public record AutomationDefinitions(
        List<ScheduleSpec> schedules, List<SensorSpec> sensors, Map<AssetKey, AutomationCondition> conditions) {
    /** The name of the one switch that turns declarative automation (every asset's condition) on or off. */
    public static final String DECLARATIVE = "declarative_automation";

    public AutomationDefinitions {
        schedules = List.copyOf(schedules);
        sensors = List.copyOf(sensors);
        conditions = Collections.unmodifiableMap(new TreeMap<>(conditions));
    }

    /** None at all. */
    public static AutomationDefinitions none() {
        return new AutomationDefinitions(List.of(), List.of(), Map.of());
    }

    public Optional<ScheduleSpec> schedule(String name) {
        return schedules.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<SensorSpec> sensor(String name) {
        return sensors.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Every name a switch can have: schedules, sensors, and {@link #DECLARATIVE} when any asset has a condition. */
    public List<String> switchNames() {
        List<String> names = new java.util.ArrayList<>();
        schedules.forEach(s -> names.add(s.name()));
        sensors.forEach(s -> names.add(s.name()));
        if (!conditions.isEmpty()) {
            names.add(DECLARATIVE);
        }
        return List.copyOf(names);
    }

    public boolean isEmpty() {
        return schedules.isEmpty() && sensors.isEmpty() && conditions.isEmpty();
    }
}
