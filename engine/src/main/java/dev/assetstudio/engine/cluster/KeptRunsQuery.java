package dev.assetstudio.engine.cluster;

/**
 * Asks a worker member how many runs it still keeps state for (the results their multi-asset steps
 * shared): none once their coordinators said they ended.
 */
final class KeptRunsQuery extends WorkerQuery<Integer> {
    @Override
    Integer ask(ClusterWorker worker) {
        return worker.keptRuns();
    }

    @Override
    Integer none() {
        return 0;
    }
}
