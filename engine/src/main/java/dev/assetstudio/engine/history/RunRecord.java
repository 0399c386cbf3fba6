package dev.assetstudio.engine.history;

import dev.assetstudio.engine.model.RunStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One run as recorded in history.
 *
 * @param runId the run's id
 * @param status its status; {@link RunStatus#INTERRUPTED} if its process went away mid-run
 * @param selection the selection text it was started with, or {@code null}
 * @param startedAt when it started
 * @param finishedAt when it finished, or {@code null} while {@link RunStatus#STARTED}
 * @param stepCount the number of steps planned
 */
public record RunRecord(
        String runId, RunStatus status, String selection, Instant startedAt, Instant finishedAt, int stepCount) {

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
