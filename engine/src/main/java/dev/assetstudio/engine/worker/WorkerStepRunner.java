package dev.assetstudio.engine.worker;

import dev.assetstudio.engine.run.PlannedStep;
import dev.assetstudio.engine.run.StepOutcome;
import dev.assetstudio.engine.run.StepReport;
import dev.assetstudio.engine.run.StepRunner;

/**
 * Runs steps in a project's worker process: the executor's thread waits for the worker's answer,
 * and an interrupt of that thread (a cancel) cancels the step there. A worker that dies fails the
 * steps it was running with the reason; the next step gets a fresh worker.
 */
final class WorkerStepRunner implements StepRunner {
    private final ProjectWorker worker;

    WorkerStepRunner(ProjectWorker worker) {
        this.worker = worker;
    }

    @Override
    public StepOutcome run(String runId, PlannedStep step, StepReport log) {
        WorkerProcess process;
        try {
            process = worker.process();
        } catch (WorkerException e) {
            return StepOutcome.failed(
                    StepOutcome.SETUP, "step `" + step.key() + "` could not run: " + e.getMessage(), e);
        }
        return process.runStep(runId, step, log);
    }

    @Override
    public void runEnded(String runId) {
        worker.running().ifPresent(p -> p.runEnded(runId));
    }
}
