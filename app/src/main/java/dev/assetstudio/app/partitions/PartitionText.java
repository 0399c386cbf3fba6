package dev.assetstudio.app.partitions;

import dev.assetstudio.engine.history.PartitionStatus;
import dev.assetstudio.engine.text.Durations;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How partitions read in tooltips and the details: the same words on the bar and in the tab. */
final class PartitionText {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private PartitionText() {}

    /** {@code 2024-01-05 — materialized} plus the latest outcome's time, run and duration, one per line. */
    static String describe(PartitionHealth health, String key) {
        StringBuilder text =
                new StringBuilder(key).append(" — ").append(health.state(key).label());
        health.status(key).ifPresent(s -> {
            text.append(s.state() == PartitionStatus.State.MATERIALIZED ? "\nmaterialized " : "\nfailed ")
                    .append(TIME.format(s.time()))
                    .append("\nrun ")
                    .append(s.runId());
            if (s.duration() != null) {
                text.append(" · ").append(Durations.format(s.duration()));
            }
        });
        return text.toString();
    }

    /** A selection: one key in full, or the span and how many of each state it holds. */
    static String describeSelection(PartitionHealth health, List<String> keys) {
        if (keys.isEmpty()) {
            return "No partition selected. Click the bar to select one; shift-click to select a range.";
        }
        if (keys.size() == 1) {
            return describe(health, keys.get(0));
        }
        int[] counts = new int[PartitionState.values().length];
        keys.forEach(k -> counts[health.state(k).ordinal()]++);
        StringBuilder text = new StringBuilder()
                .append(keys.size())
                .append(" partitions selected: ")
                .append(keys.get(0))
                .append("…")
                .append(keys.get(keys.size() - 1));
        String sep = "\n";
        for (PartitionState state : PartitionState.values()) {
            if (counts[state.ordinal()] > 0) {
                text.append(sep).append(counts[state.ordinal()]).append(' ').append(state.label());
                sep = " · ";
            }
        }
        return text.toString();
    }
}
