package dev.assetstudio.engine.cluster;

import java.util.ArrayList;

/**
 * Asks a worker member which steps it runs now. Workers keep that to themselves and answer only
 * when asked (the cluster panel, every second or so while open), so running a step costs the
 * cluster nothing beyond the step: no shared map written twice per step.
 */
final class RunningStepsQuery extends WorkerQuery<ArrayList<RunningStep>> {
    @Override
    ArrayList<RunningStep> ask(ClusterWorker worker) {
        return new ArrayList<>(worker.runningSteps());
    }

    @Override
    ArrayList<RunningStep> none() {
        return new ArrayList<>();
    }
}
