package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.ScheduleSpec;
import dev.assetstudio.engine.definitions.SensorSpec;
import dev.assetstudio.engine.history.AutomationRecords.State;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each schedule, sensor and declarative automation stands: on or off, its next tick, its last
 * tick. What {@code automation status} prints and the studio's Automation view lists.
 *
 * @param kind {@code schedule}, {@code sensor} or {@code declarative}
 * @param what the cron and selection, the interval, or the number of assets with a condition
 * @param nextTick when it is next evaluated if on (empty when off)
 * @param lastTick its latest recorded tick
 */
public record AutomationStatus(
        String name, String kind, String what, boolean enabled, Optional<Instant> nextTick, Optional<Tick> lastTick) {

    /** The status of everything in {@code automation} at {@code now}, schedules first. */
    public static List<AutomationStatus> of(AutomationDefinitions automation, AutomationStore store, Instant now) {
        List<AutomationStatus> all = new ArrayList<>();
        for (ScheduleSpec s : automation.schedules()) {
            State state = store.state(s.name());
            all.add(new AutomationStatus(
                    s.name(),
                    "schedule",
                    s.cron() + " → " + s.selection()
                            + s.fixedPartition().map(p -> " [" + p + "]").orElse(""),
                    state.enabled(),
                    state.enabled() ? s.cron().nextTickAfter(now) : Optional.empty(),
                    last(store, s.name())));
        }
        for (SensorSpec s : automation.sensors()) {
            State state = store.state(s.name());
            Optional<Instant> next = Optional.empty();
            if (state.enabled()) {
                Instant due = state.lastEvaluated() == null
                        ? now
                        : state.lastEvaluated().plus(s.interval());
                next = Optional.of(due.isBefore(now) ? now : due);
            }
            all.add(new AutomationStatus(
                    s.name(),
                    "sensor",
                    "every " + seconds(s.interval()),
                    state.enabled(),
                    next,
                    last(store, s.name())));
        }
        if (!automation.conditions().isEmpty()) {
            State state = store.state(AutomationDefinitions.DECLARATIVE);
            int n = automation.conditions().size();
            all.add(new AutomationStatus(
                    AutomationDefinitions.DECLARATIVE,
                    "declarative",
                    n + " asset" + (n == 1 ? "" : "s") + " with an automation condition",
                    state.enabled(),
                    state.enabled() ? Optional.of(now) : Optional.empty(),
                    last(store, AutomationDefinitions.DECLARATIVE)));
        }
        return all;
    }

    private static Optional<Tick> last(AutomationStore store, String name) {
        List<Tick> ticks = store.ticks(name, 1);
        return ticks.isEmpty() ? Optional.empty() : Optional.of(ticks.get(0));
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }
}
