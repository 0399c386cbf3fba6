package dev.assetstudio.engine.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The write side of run history, as plain methods (DESIGN.md "History"), so that the executor does
 * not depend on the store. {@code engine.history}'s store implements it (or is adapted to it).
 */
public interface HistorySink {
    void runStarted(String runId, Instant time, String selection, List<String> stepKeys);

    void runFinished(String runId, Instant time, RunStatus status);

    /** {@code type}: one of the {@code STEP_*} constants of {@link HistoryRunListener}. */
    void stepEvent(String runId, String assetKey, String partition, String type, Instant time, String message);

    void logLine(String runId, String assetKey, String partition, String level, Instant time, String message);

    void materialization(
            String runId,
            String assetKey,
            String partition,
            Instant time,
            long durationMillis,
            String codeVersion,
            Map<String, Object> metadata);

    /** Blocks until everything written so far is stored; called when a run ends. */
    void flush();
}
