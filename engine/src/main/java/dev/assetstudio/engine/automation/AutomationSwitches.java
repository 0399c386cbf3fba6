package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.history.AutomationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns schedules, sensors and declarative automation on or off, remembered in history. Everything
 * is off until turned on. Names are checked against the project: an unknown name is an error listing
 * the known ones, and nothing is switched.
 */
public final class AutomationSwitches {
    private AutomationSwitches() {}

    /**
     * Switches {@code names} (every switch of the project when {@code names} is empty and {@code all}).
     *
     * @return the names switched
     * @throws IllegalArgumentException naming the unknown names
     */
    public static List<String> set(
            AutomationDefinitions automation,
            AutomationStore store,
            List<String> names,
            boolean all,
            boolean on,
            Instant now) {
        List<String> known = automation.switchNames();
        List<String> chosen = all ? known : names;
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(
                    all
                            ? "the project has no schedule, sensor or automation condition"
                            : "name the schedules and sensors to switch, or give --all; known: " + describe(known));
        }
        List<String> unknown = new ArrayList<>();
        for (String n : chosen) {
            if (!known.contains(n)) {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no schedule or sensor named " + String.join(", ", unknown)
                    + " in the project; known: " + describe(known));
        }
        for (String n : chosen) {
            store.setEnabled(n, on, now);
        }
        return List.copyOf(chosen);
    }

    private static String describe(List<String> known) {
        return known.isEmpty() ? "none" : String.join(", ", known);
    }
}
