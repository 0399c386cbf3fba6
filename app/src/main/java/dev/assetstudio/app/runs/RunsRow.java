package dev.assetstudio.app.runs;

import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillProgress;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.run.RunIds;
import java.time.Instant;

/**
 * One row of the Runs page: a backfill (with its progress) or a run, in the engine's words.
 *
 * @param backfill the backfill, or {@code null} for a run
 * @param run the run, or {@code null} for a backfill
 * @param progress the backfill's progress, or {@code null}
 */
public record RunsRow(Backfill backfill, RunRecord run, BackfillProgress progress) {

    public boolean isBackfill() {
        return backfill != null;
    }

    public String id() {
        return isBackfill() ? backfill.id() : run.runId();
    }

    /** "Backfill" or "Run". */
    public String kind() {
        return isBackfill() ? "Backfill" : "Run";
    }

    public String shortId() {
        return RunIds.shortId(id());
    }

    /** The status in lower-case words: "succeeded", "running". */
    public String status() {
        if (isBackfill()) {
            return backfill.status().words();
        }
        return run.status() == dev.assetstudio.engine.model.RunStatus.STARTED
                ? "running"
                : run.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    public Instant started() {
        return isBackfill() ? backfill.createdAt() : run.startedAt();
    }

    public String selection() {
        String s = isBackfill() ? backfill.selection() : run.selection();
        return s == null ? "" : s;
    }

    /** Where a run's steps executed ("worker process", "cluster 'local'"); empty for a backfill. */
    public String executorWords() {
        return isBackfill() ? "" : run.executorWords();
    }

    /** "9/14 done, 2 failed" for a backfill, "3 steps" for a run. */
    public String progressWords() {
        if (isBackfill()) {
            return progress == null ? "" : progress.words();
        }
        return run.stepCount() + (run.stepCount() == 1 ? " step" : " steps");
    }
}
