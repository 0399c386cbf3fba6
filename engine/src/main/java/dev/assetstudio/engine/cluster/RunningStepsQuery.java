package dev.assetstudio.engine.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.concurrent.Callable;

/**
 * Asks a worker member which steps it runs now. Workers keep that to themselves and answer only
 * when asked (the cluster panel, every second or so while open), so running a step costs the
 * cluster nothing beyond the step: no shared map written twice per step.
 */
final class RunningStepsQuery implements Callable<ArrayList<RunningStep>>, Serializable, HazelcastInstanceAware {
    @Serial
    private static final long serialVersionUID = 1L;

    private transient HazelcastInstance member;

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public ArrayList<RunningStep> call() {
        // a member that is not an asset-studio worker runs nothing of ours
        return member.getUserContext().get(HazelcastConfigs.WORKER) instanceof ClusterWorker worker
                ? new ArrayList<>(worker.runningSteps())
                : new ArrayList<>();
    }
}
