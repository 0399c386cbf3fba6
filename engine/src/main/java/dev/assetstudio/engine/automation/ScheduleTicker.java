package dev.assetstudio.engine.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ScheduleSpec;
import dev.assetstudio.engine.history.AutomationRecords.Outcome;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.State;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One schedule at one instant: if a cron tick passed since the schedule's last tick (or since it was
 * turned on), requests its selection for that tick; ticks missed in between are not run, only
 * counted, and the tick says so. The partition is the schedule's fixed one, else the latest one of
 * each partitioned asset selected (one run per distinct latest partition).
 */
final class ScheduleTicker {
    private static final int MAX_COUNTED = 10_000;

    /** The tick recorded, or empty when no cron tick is due. */
    Optional<Tick> tick(ScheduleSpec schedule, TickContext ctx) {
        State state = ctx.store.state(schedule.name());
        if (!state.enabled()) {
            return Optional.empty();
        }
        Optional<Instant> latest = schedule.cron().lastTickAtOrBefore(ctx.now);
        // Turned on "after" the instant evaluated happens only with a clock set back (tests, tick --now):
        // then the switch's time says nothing about which ticks were missed.
        Instant enabledAt = state.enabledAt() != null && state.enabledAt().isAfter(ctx.now) ? null : state.enabledAt();
        Instant since = later(state.lastTick(), enabledAt);
        if (latest.isEmpty() || (since != null && !latest.get().isAfter(since))) {
            return Optional.empty();
        }
        Instant t = latest.get();
        int due = since == null ? 1 : schedule.cron().ticksBetween(since, t, MAX_COUNTED);
        String at = t.atZone(schedule.cron().zone()).toOffsetDateTime() + " ("
                + schedule.cron().zone() + ")";
        StringBuilder summary =
                new StringBuilder("cron tick " + at + " of " + schedule.cron().expression());
        if (due > 1) {
            summary.append("; ")
                    .append(due - 1 >= MAX_COUNTED - 1 ? "at least " + (due - 1) : String.valueOf(due - 1))
                    .append(" earlier tick")
                    .append(due - 1 == 1 ? " was" : "s were")
                    .append(" missed while nothing ran: caught up the latest tick only");
        }
        List<Request> requests = new ArrayList<>();
        for (Map.Entry<String, String> run : runs(schedule, ctx).entrySet()) {
            String partition = run.getKey().isEmpty() ? null : run.getKey();
            String key = "tick@" + t + (partition == null ? "" : "[" + partition + "]");
            requests.add(ctx.launcher.launch(ctx, schedule.name(), key, run.getValue(), partition, "cron tick " + at));
        }
        ctx.store.saveProgress(schedule.name(), null, ctx.now, t);
        TickStatus status = status(requests);
        Tick tick = new Tick(0, schedule.name(), "schedule", t, status, summary.toString(), null, requests);
        long id = ctx.store.recordTick(tick, List.of());
        return Optional.of(new Tick(id, tick.name(), tick.kind(), tick.time(), status, tick.summary(), null, requests));
    }

    /** Selection text by partition key ("" for none). */
    private static Map<String, String> runs(ScheduleSpec schedule, TickContext ctx) {
        if (schedule.fixedPartition().isPresent()) {
            return Map.of(schedule.fixedPartition().get(), schedule.selection());
        }
        Set<AssetKey> keys;
        try {
            keys = ctx.project.select(AssetSelection.parse(schedule.selection()));
        } catch (RuntimeException e) {
            return Map.of("", schedule.selection()); // the launcher reports the problem
        }
        Map<String, Set<AssetKey>> byPartition = new TreeMap<>();
        for (AssetKey key : keys) {
            AssetDefinition def = ctx.project.asset(key);
            if (def.source()) {
                continue;
            }
            String p = LatestPartitions.of(def, ctx.now).orElse("");
            byPartition.computeIfAbsent(p, x -> new TreeSet<>()).add(key);
        }
        if (byPartition.size() <= 1) {
            return Map.of(
                    byPartition.isEmpty() ? "" : byPartition.keySet().iterator().next(), schedule.selection());
        }
        Map<String, String> runs = new TreeMap<>();
        byPartition.forEach((p, k) ->
                runs.put(p, String.join(",", k.stream().map(AssetKey::toString).toList())));
        return runs;
    }

    static TickStatus status(List<Request> requests) {
        if (requests.stream().anyMatch(r -> r.outcome() == Outcome.REQUESTED)) {
            return TickStatus.REQUESTED;
        }
        if (requests.stream().anyMatch(r -> r.outcome() == Outcome.FAILED)) {
            return TickStatus.FAILED;
        }
        return TickStatus.SKIPPED;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
