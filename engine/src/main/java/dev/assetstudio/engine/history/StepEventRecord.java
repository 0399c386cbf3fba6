package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.run.StepEventType;
import java.time.Instant;

/**
 * One step event of a run.
 *
 * @param id the store's id, increasing in recording order
 * @param runId the run
 * @param assetKey the step's asset
 * @param partition the step's partition, or {@code null}
 * @param type what happened to the step
 * @param time when it happened
 * @param message a message (e.g. the failure), or {@code null}
 */
public record StepEventRecord(
        long id, String runId, AssetKey assetKey, String partition, StepEventType type, Instant time, String message) {}
