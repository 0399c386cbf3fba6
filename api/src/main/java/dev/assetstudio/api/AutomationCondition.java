package dev.assetstudio.api;

import java.util.Objects;

/**
 * When the automation daemon should materialize an asset by itself (declarative automation, as
 * Dagster's {@code AutomationCondition}). Given as {@code @Asset(automation = "...")} or {@link
 * AssetSpec#automation(AutomationCondition)}.
 *
 * <pre>{@code
 * @Asset(automation = "eager")                       // whenever an upstream was updated
 * @Asset(automation = "on_cron(0 * * * *)")          // once per cron tick, after its upstreams updated
 * @Asset(automation = "on_missing")                  // when missing and its upstreams are present
 * @Asset(automation = "on_missing | on_cron(0 6 * * *; Europe/Berlin)")
 * @Asset(automation = "eager & ~on_missing")
 *
 * AssetSpec.of("report").automation(AutomationCondition.eager().or(AutomationCondition.onMissing()));
 * }</pre>
 *
 * <ul>
 *   <li>{@link #eager()}: true when the asset is missing or an upstream was materialized after it,
 *       provided no upstream is missing and neither it nor an upstream is being materialized; each
 *       upstream update is acted on once.
 *   <li>{@link #onCron(String)}: true once per tick of the cron, as soon as every upstream was
 *       materialized after that tick (an asset without upstreams: at the tick).
 *   <li>{@link #onMissing()}: true when the asset was never materialized and every upstream is
 *       present; acted on once.
 *   <li>{@link #and}, {@link #or}, {@link #not} combine them; in the string form {@code &}, {@code |},
 *       {@code ~} and parentheses, with {@code ~} binding tightest and {@code &} tighter than {@code |}.
 * </ul>
 *
 * <p>For a partitioned asset the conditions look at its latest partition. {@link #parse(String)}
 * reads the string form; a mistake is an {@link IllegalArgumentException} naming the position (1 is
 * the first character) and what was expected. The records are the condition tree, for tools that
 * walk it; {@link #toString()} writes the string form back.
 */
public sealed interface AutomationCondition
        permits AutomationCondition.Eager,
                AutomationCondition.OnCron,
                AutomationCondition.OnMissing,
                AutomationCondition.And,
                AutomationCondition.Or,
                AutomationCondition.Not {

    /** Whenever an upstream was updated (or the asset is missing), once per update. */
    static AutomationCondition eager() {
        return new Eager();
    }

    /** Once per tick of a five-field Unix {@code cron} in UTC, after every upstream updated since the tick. */
    static AutomationCondition onCron(String cron) {
        return new OnCron(cron, "UTC");
    }

    /** As {@link #onCron(String)}, the cron read in time zone {@code zoneId}. */
    static AutomationCondition onCron(String cron, String zoneId) {
        return new OnCron(cron, zoneId);
    }

    /** When the asset was never materialized and its upstreams are present. */
    static AutomationCondition onMissing() {
        return new OnMissing();
    }

    /** Reads the string form ({@code "eager | on_cron(0 6 * * *)"}). */
    static AutomationCondition parse(String text) {
        return new AutomationConditionParser(text).parse();
    }

    /** True when both are. */
    default AutomationCondition and(AutomationCondition other) {
        return new And(this, Objects.requireNonNull(other, "other condition"));
    }

    /** True when either is. */
    default AutomationCondition or(AutomationCondition other) {
        return new Or(this, Objects.requireNonNull(other, "other condition"));
    }

    /** True when this is not. */
    default AutomationCondition not() {
        return new Not(this);
    }

    /** {@link #eager()}. */
    record Eager() implements AutomationCondition {
        @Override
        public String toString() {
            return "eager";
        }
    }

    /** {@link #onCron(String, String)}; the cron is checked by the engine when the project loads. */
    record OnCron(String cron, String timezone) implements AutomationCondition {
        public OnCron {
            cron = Names.require(cron, "cron of on_cron");
            timezone = Names.require(timezone, "timezone of on_cron(" + cron + ")");
        }

        @Override
        public String toString() {
            return "on_cron(" + cron + ("UTC".equals(timezone) ? "" : "; " + timezone) + ")";
        }
    }

    /** {@link #onMissing()}. */
    record OnMissing() implements AutomationCondition {
        @Override
        public String toString() {
            return "on_missing";
        }
    }

    /** {@link #and}. */
    record And(AutomationCondition left, AutomationCondition right) implements AutomationCondition {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public String toString() {
            return AutomationConditionParser.operand(left, this) + " & "
                    + AutomationConditionParser.operand(right, this);
        }
    }

    /** {@link #or}. */
    record Or(AutomationCondition left, AutomationCondition right) implements AutomationCondition {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public String toString() {
            return AutomationConditionParser.operand(left, this) + " | "
                    + AutomationConditionParser.operand(right, this);
        }
    }

    /** {@link #not}. */
    record Not(AutomationCondition operand) implements AutomationCondition {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public String toString() {
            return "~" + AutomationConditionParser.operand(operand, this);
        }
    }
}
