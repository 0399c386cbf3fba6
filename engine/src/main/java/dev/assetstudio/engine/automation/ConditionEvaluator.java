package dev.assetstudio.engine.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AutomationCondition;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.definitions.CronSchedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates an asset's {@link AutomationCondition} against {@link AssetFacts}, node by node, as the
 * Javadoc of {@code AutomationCondition} defines each one. Pure: the same facts give the same tree.
 */
final class ConditionEvaluator {

    ConditionResult evaluate(AutomationCondition condition, AssetFacts facts) {
        if (condition instanceof AutomationCondition.Eager) {
            return eager(facts);
        }
        if (condition instanceof AutomationCondition.OnMissing) {
            return onMissing(facts);
        }
        if (condition instanceof AutomationCondition.OnCron c) {
            return onCron(c, facts);
        }
        if (condition instanceof AutomationCondition.And a) {
            ConditionResult l = evaluate(a.left(), facts);
            ConditionResult r = evaluate(a.right(), facts);
            boolean value = l.value() && r.value();
            String reason = value
                    ? "both hold"
                    : "not both: " + (l.value() ? "" : a.left() + " is false")
                            + (!l.value() && !r.value() ? " and " : "") + (r.value() ? "" : a.right() + " is false");
            return new ConditionResult(condition.toString(), value, reason, value ? join(l, r) : "", List.of(l, r));
        }
        if (condition instanceof AutomationCondition.Or o) {
            ConditionResult l = evaluate(o.left(), facts);
            ConditionResult r = evaluate(o.right(), facts);
            boolean value = l.value() || r.value();
            String reason = value
                    ? (l.value() && r.value() ? "both hold" : (l.value() ? o.left() : o.right()) + " holds")
                    : "neither holds";
            return new ConditionResult(condition.toString(), value, reason, value ? join(l, r) : "", List.of(l, r));
        }
        AutomationCondition.Not n = (AutomationCondition.Not) condition;
        ConditionResult inner = evaluate(n.operand(), facts);
        return new ConditionResult(
                condition.toString(),
                !inner.value(),
                inner.value() ? n.operand() + " holds" : n.operand() + " does not hold",
                "",
                List.of(inner));
    }

    private static String join(ConditionResult l, ConditionResult r) {
        List<String> keys = new ArrayList<>();
        if (l.value() && !l.handledKey().isEmpty()) {
            keys.add(l.handledKey());
        }
        if (r.value() && !r.handledKey().isEmpty()) {
            keys.add(r.handledKey());
        }
        return String.join("&", keys);
    }

    private ConditionResult eager(AssetFacts f) {
        String name = "eager";
        List<AssetKey> missingDeps = missingDeps(f);
        if (!missingDeps.isEmpty()) {
            return ConditionResult.leaf(name, false, "upstream " + keys(missingDeps) + " never materialized", "");
        }
        Optional<String> busy = busy(f);
        if (busy.isPresent()) {
            return ConditionResult.leaf(name, false, busy.get(), "");
        }
        if (f.missing()) {
            return ConditionResult.leaf(
                    name, true, f.name() + " was never materialized and its upstreams are present", "missing");
        }
        Instant own = f.latest().get().timestamp();
        List<AssetKey> updated = new ArrayList<>();
        long newest = 0;
        for (Map.Entry<AssetKey, Optional<Materialization>> e : f.upstream().entrySet()) {
            if (e.getValue().isPresent() && e.getValue().get().timestamp().isAfter(own)) {
                updated.add(e.getKey());
                newest = Math.max(newest, e.getValue().get().id());
            }
        }
        if (updated.isEmpty()) {
            return ConditionResult.leaf(
                    name,
                    false,
                    f.upstream().isEmpty()
                            ? f.name() + " has no upstream asset to wait for"
                            : "no upstream was updated since " + f.name() + " was materialized at " + own,
                    "");
        }
        return ConditionResult.leaf(
                name,
                true,
                "upstream " + keys(updated) + " updated after " + f.name() + " was materialized at " + own,
                "updated@" + newest);
    }

    private ConditionResult onMissing(AssetFacts f) {
        String name = "on_missing";
        if (!f.missing()) {
            return ConditionResult.leaf(
                    name,
                    false,
                    f.name() + " is materialized (" + f.latest().get().timestamp() + ")",
                    "");
        }
        List<AssetKey> missingDeps = missingDeps(f);
        if (!missingDeps.isEmpty()) {
            return ConditionResult.leaf(
                    name, false, f.name() + " is missing, but so is upstream " + keys(missingDeps), "");
        }
        Optional<String> busy = busy(f);
        if (busy.isPresent()) {
            return ConditionResult.leaf(name, false, busy.get(), "");
        }
        return ConditionResult.leaf(name, true, f.name() + " is missing and its upstreams are present", "missing");
    }

    private ConditionResult onCron(AutomationCondition.OnCron c, AssetFacts f) {
        String name = c.toString();
        CronSchedule cron = CronSchedule.parse(c.cron(), c.timezone());
        Optional<Instant> tick = cron.lastTickAtOrBefore(f.now());
        if (tick.isEmpty()) {
            return ConditionResult.leaf(name, false, "the cron has no tick before " + f.now(), "");
        }
        Instant t = tick.get();
        List<AssetKey> notYet = new ArrayList<>();
        for (Map.Entry<AssetKey, Optional<Materialization>> e : f.upstream().entrySet()) {
            if (f.sources().contains(e.getKey())) {
                continue;
            }
            if (e.getValue().isEmpty() || e.getValue().get().timestamp().isBefore(t)) {
                notYet.add(e.getKey());
            }
        }
        String at = "cron tick " + t.atZone(cron.zone()).toOffsetDateTime();
        if (!notYet.isEmpty()) {
            return ConditionResult.leaf(
                    name, false, at + " passed, but upstream " + keys(notYet) + " not updated since", "");
        }
        Optional<String> busy = busy(f);
        if (busy.isPresent()) {
            return ConditionResult.leaf(name, false, busy.get(), "");
        }
        if (f.latest().isPresent() && !f.latest().get().timestamp().isBefore(t)) {
            return ConditionResult.leaf(name, false, f.name() + " was already materialized after " + at, "");
        }
        return ConditionResult.leaf(
                name,
                true,
                at + " passed" + (f.upstream().isEmpty() ? "" : " and every upstream was updated since"),
                "cron@" + t);
    }

    private static List<AssetKey> missingDeps(AssetFacts f) {
        return f.upstream().entrySet().stream()
                .filter(e -> e.getValue().isEmpty() && !f.sources().contains(e.getKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Optional<String> busy(AssetFacts f) {
        if (f.inProgress().contains(f.key())) {
            return Optional.of(f.name() + " is being materialized");
        }
        List<AssetKey> ups =
                f.upstream().keySet().stream().filter(f.inProgress()::contains).toList();
        return ups.isEmpty() ? Optional.empty() : Optional.of("upstream " + keys(ups) + " is being materialized");
    }

    private static String keys(List<AssetKey> keys) {
        return keys.stream().map(AssetKey::toString).collect(Collectors.joining(", "));
    }
}
