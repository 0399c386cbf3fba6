package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The automation records kept in history (API.md section 6), as {@link AutomationStore} reads and writes them. */
public final class AutomationRecords {
    private AutomationRecords() {}

    /**
     * The switch and memory of one schedule, sensor or of declarative automation.
     *
     * @param enabledAt when it was last turned on; ticks before that are never caught up
     * @param cursor a sensor's cursor
     * @param lastEvaluated when it was last evaluated
     * @param lastTick a schedule's last cron tick handled
     */
    public record State(
            String name, boolean enabled, Instant enabledAt, String cursor, Instant lastEvaluated, Instant lastTick) {
        public static State off(String name) {
            return new State(name, false, null, null, null, null);
        }

        public Optional<String> cursorValue() {
            return Optional.ofNullable(cursor);
        }
    }

    /** What happened to one requested run in a tick. */
    public enum Outcome {
        /** A run was launched. */
        REQUESTED,
        /** Not launched; the reason says why (already requested, still in flight…). */
        SKIPPED,
        /** Launching failed (the selection no longer resolves, a bad partition…). */
        FAILED
    }

    /**
     * One run asked for in a tick.
     *
     * @param requestKey what makes two requests the same: one with a key already {@link
     *     Outcome#REQUESTED} by the same instigator is skipped
     * @param runId the launched run, for {@link Outcome#REQUESTED}
     */
    public record Request(
            String requestKey, String selection, String partition, Outcome outcome, String runId, String reason) {
        public Request {
            Objects.requireNonNull(requestKey, "requestKey");
            Objects.requireNonNull(selection, "selection");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The status of a whole tick. */
    public enum TickStatus {
        /** At least one run was launched. */
        REQUESTED,
        /** Nothing launched; the summary says why. */
        SKIPPED,
        /** The evaluation itself failed (a sensor threw); the error says how. */
        FAILED
    }

    /**
     * One evaluation of one schedule, sensor or of declarative automation.
     *
     * @param kind {@code schedule}, {@code sensor} or {@code declarative}
     * @param time the instant evaluated
     * @param summary what was evaluated and concluded, in words
     */
    public record Tick(
            long id,
            String name,
            String kind,
            Instant time,
            TickStatus status,
            String summary,
            String error,
            List<Request> requests) {
        public Tick {
            requests = List.copyOf(requests);
        }
    }

    /**
     * One evaluation of an asset's automation condition.
     *
     * @param explanation the evaluated condition tree in words, one node a line
     */
    public record Evaluation(long tickId, AssetKey asset, Instant time, boolean requested, String explanation) {}

    /**
     * The daemon lease of a history database.
     *
     * @param holder the holder's id (unique per daemon)
     * @param since when it took the lease
     * @param heartbeat its last sign of life
     */
    public record Lease(String holder, long pid, String host, Instant since, Instant heartbeat) {
        /** {@code pid 1234 on host since 2024-01-01T00:00:00Z}, for messages. */
        public String describe() {
            return "process " + pid + " on " + host + " (since " + since + ", last heartbeat " + heartbeat + ")";
        }
    }
}
