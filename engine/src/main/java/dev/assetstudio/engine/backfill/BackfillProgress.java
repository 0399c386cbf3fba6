package dev.assetstudio.engine.backfill;

import dev.assetstudio.engine.run.StepEventType;
import java.util.Map;

/**
 * How far a backfill got: its targets by their latest state.
 *
 * @param total every target
 * @param succeeded materialized
 * @param notMaterialized conditional assets that ran and returned no value (done, not an error)
 * @param failed failed
 * @param skipped skipped because something upstream failed or did not materialize
 * @param canceled canceled, or interrupted with their process
 * @param running running now
 */
public record BackfillProgress(
        int total, int succeeded, int notMaterialized, int failed, int skipped, int canceled, int running) {

    /** Counts the latest state of each target ({@code null} or {@link StepEventType#WAITING}: not started). */
    public static BackfillProgress of(Map<?, StepEventType> states) {
        int succeeded = 0;
        int notMaterialized = 0;
        int failed = 0;
        int skipped = 0;
        int canceled = 0;
        int running = 0;
        for (StepEventType state : states.values()) {
            if (state == null) {
                continue;
            }
            switch (state) {
                case SUCCEEDED -> succeeded++;
                case NOT_MATERIALIZED -> notMaterialized++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
                case CANCELED, INTERRUPTED -> canceled++;
                case STARTED, RETRIED -> running++;
                case WAITING -> {
                    // ready but not started (waits for a worker): not started, like a target not reached yet
                }
            }
        }
        return new BackfillProgress(states.size(), succeeded, notMaterialized, failed, skipped, canceled, running);
    }

    /** Targets that ended, well or not. */
    public int ended() {
        return succeeded + notMaterialized + failed + skipped + canceled;
    }

    /** Targets that ended well. */
    public int done() {
        return succeeded + notMaterialized;
    }

    /** Targets not started yet. */
    public int pending() {
        return total - ended() - running;
    }

    /** The share of targets that ended well, 0 to 1: a cancelled or failed backfill never shows full. */
    public double fraction() {
        return total == 0 ? 0 : (double) done() / total;
    }

    /** "9/14 done, 2 failed, 3 skipped". */
    public String words() {
        StringBuilder sb =
                new StringBuilder().append(done()).append('/').append(total).append(" done");
        if (failed > 0) {
            sb.append(", ").append(failed).append(" failed");
        }
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(" skipped");
        }
        if (canceled > 0) {
            sb.append(", ").append(canceled).append(" canceled");
        }
        if (running > 0) {
            sb.append(", ").append(running).append(" running");
        }
        return sb.toString();
    }
}
