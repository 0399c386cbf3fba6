package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import java.time.Instant;

/**
 * One log line of a run.
 *
 * @param id the store's id, increasing in recording order
 * @param runId the run
 * @param assetKey the step's asset, or {@code null} for a line of the run itself
 * @param partition the step's partition, or {@code null}
 * @param level the level (e.g. {@code INFO}, {@code WARN})
 * @param time when it was logged
 * @param message the text
 */
public record LogLineRecord(
        long id, String runId, AssetKey assetKey, String partition, String level, Instant time, String message) {}
