package dev.assetstudio.engine.automation;

import java.util.List;

/**
 * The value of one node of an automation condition for one asset at one instant, why, and its
 * children: the evaluated condition tree, which {@link #describe()} writes in words.
 *
 * @param condition the node as written ({@code eager}, {@code on_cron(0 6 * * *)}, …)
 * @param value whether it holds
 * @param reason why, in words
 * @param handledKey what would make a request from this node "the same request" again (the upstream
 *     update, the cron tick, the missing asset); empty when the node is false or adds nothing
 */
record ConditionResult(
        String condition, boolean value, String reason, String handledKey, List<ConditionResult> children) {
    ConditionResult {
        children = List.copyOf(children);
    }

    static ConditionResult leaf(String condition, boolean value, String reason, String handledKey) {
        return new ConditionResult(condition, value, reason, value ? handledKey : "", List.of());
    }

    /** The tree, one node a line, children indented. */
    String describe() {
        StringBuilder out = new StringBuilder();
        describe(out, 0);
        return out.toString().stripTrailing();
    }

    private void describe(StringBuilder out, int depth) {
        out.append("  ".repeat(depth))
                .append(condition)
                .append(": ")
                .append(value ? "true" : "false")
                .append(" — ")
                .append(reason)
                .append('\n');
        children.forEach(c -> c.describe(out, depth + 1));
    }
}
