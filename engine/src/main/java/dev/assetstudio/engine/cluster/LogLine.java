package dev.assetstudio.engine.cluster;

import java.io.Serial;
import java.io.Serializable;

/**
 * A step's log line as its worker publishes it while the step runs, on the coordinator's topic.
 *
 * @param taskId the attempt it belongs to
 * @param seq its place among the attempt's lines, from 0
 */
record LogLine(String taskId, int seq, String level, String message) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
