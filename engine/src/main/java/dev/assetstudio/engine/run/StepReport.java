package dev.assetstudio.engine.run;

import dev.assetstudio.api.RunLog;

/**
 * What a {@link StepRunner} tells the run about the step it runs: the step's log lines, and each
 * attempt it lost and tries again (a cluster worker that left mid-step), which history records as a
 * {@link StepEventType#RETRIED} event with its cause.
 */
public interface StepReport extends RunLog {
    /**
     * The attempt before {@code attempt} was lost for {@code cause}; attempt {@code attempt} starts now.
     *
     * @param attempt the attempt now starting, 2 for the first retry
     */
    void retrying(int attempt, String cause);
}
