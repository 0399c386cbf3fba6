package dev.assetstudio.engine.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * How a step ended on a worker member, sent back to the coordinator as the task's result.
 *
 * @param member the worker's name ({@code pid@host:port})
 * @param status {@code SUCCEEDED}, {@code NOT_MATERIALIZED} or {@code FAILED}
 * @param metadataJson the materialization metadata as a JSON object
 * @param checksJson the results of the asset checks that ran, as {@code CheckEvaluations} JSON
 * @param logLevels the levels of the step's log lines, in order (all of them, also those streamed live)
 * @param logMessages the messages of the step's log lines, in order
 * @param times when the worker received the task, started the step, saw it end and answered
 */
record StepResult(
        String member,
        String status,
        String metadataJson,
        String phase,
        String message,
        String stackTrace,
        String checksJson,
        List<String> logLevels,
        List<String> logMessages,
        WorkerTimes times)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
