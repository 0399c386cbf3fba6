package dev.assetstudio.engine.history;

import java.time.Instant;

/**
 * One point of a time series over an asset's materializations (a numeric metadata value, or a step
 * duration).
 *
 * @param time when the materialization was recorded
 * @param runId the run that produced it
 * @param partition its partition, or {@code null}
 * @param value the value
 */
public record SeriesPoint(Instant time, String runId, String partition, double value) {}
