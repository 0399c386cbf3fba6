package dev.assetstudio.engine.run;

import dev.assetstudio.api.RunLog;

/**
 * What a {@link StepRunner} tells the run about the step it runs: the step's log lines, each attempt
 * it lost and tries again (a cluster worker that left mid-step), which history records as a {@link
 * StepEventType#RETRIED} event with its cause, and, for a runner that {@linkplain
 * StepRunner#reportsStart() reports the start itself}, that the step waits for a place to run and
 * when it really starts.
 */
public interface StepReport extends RunLog {
    /**
     * The attempt before {@code attempt} was lost for {@code cause}; attempt {@code attempt} starts now.
     *
     * @param attempt the attempt now starting, 2 for the first retry
     */
    void retrying(int attempt, String cause);

    /**
     * The step waits for a place to run ({@code reason}, e.g. every worker's threads are busy): it has
     * not started, or its retry has not. Said once per wait: ignored while the step runs (unless it
     * was retried since it started) and when already said.
     */
    void waiting(String reason);

    /**
     * The step, or its retry after a wait, starts now (it took a place to run); ignored while it runs
     * already.
     */
    void started();
}
