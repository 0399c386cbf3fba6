package dev.assetstudio.engine.automation;

import dev.assetstudio.engine.history.AutomationRecords.Outcome;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import dev.assetstudio.engine.run.RunHandle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one evaluation of a project's automation did: the ticks it recorded (one per schedule, sensor
 * or declarative automation that was due) and the runs it launched.
 *
 * @param time the instant evaluated
 */
public record TickReport(Instant time, List<Tick> ticks, List<RunHandle> launched) {
    public TickReport {
        ticks = List.copyOf(ticks);
        launched = List.copyOf(launched);
    }

    /** Whether anything was requested, skipped or failed (what a daemon logs a line for). */
    public boolean didSomething() {
        return ticks.stream()
                .anyMatch(t -> t.status() != TickStatus.SKIPPED || !t.requests().isEmpty());
    }

    /** Every request of every tick, in order. */
    public List<Request> requests() {
        List<Request> all = new ArrayList<>();
        ticks.forEach(t -> all.addAll(t.requests()));
        return all;
    }

    /** The requests that launched a run. */
    public List<Request> requested() {
        return requests().stream().filter(r -> r.outcome() == Outcome.REQUESTED).toList();
    }

    /** One line: {@code 2024-01-01T06:00:00Z: 2 runs requested (morning_sales: …), 1 skipped, 1 failed}. */
    public String summaryLine() {
        List<String> parts = new ArrayList<>();
        for (Tick t : ticks) {
            if (t.status() == TickStatus.SKIPPED && t.requests().isEmpty()) {
                continue;
            }
            StringBuilder s = new StringBuilder(t.name())
                    .append(' ')
                    .append(t.status().name().toLowerCase(java.util.Locale.ROOT));
            for (Request r : t.requests()) {
                s.append("; ")
                        .append(r.outcome().name().toLowerCase(java.util.Locale.ROOT))
                        .append(' ')
                        .append(r.selection())
                        .append(r.partition() == null ? "" : " [" + r.partition() + "]")
                        .append(r.runId() == null ? "" : " run " + r.runId())
                        .append(" (")
                        .append(r.reason())
                        .append(')');
            }
            if (t.error() != null) {
                s.append("; error: ").append(t.error().lines().findFirst().orElse(""));
            }
            parts.add(s.toString());
        }
        return time + ": " + (parts.isEmpty() ? "nothing to do" : String.join(" | ", parts));
    }
}
