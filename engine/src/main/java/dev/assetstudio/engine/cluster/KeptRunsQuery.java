package dev.assetstudio.engine.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * Asks a worker member how many runs it still keeps state for (the results their multi-asset steps
 * shared): none once their coordinators said they ended.
 */
final class KeptRunsQuery implements Callable<Integer>, Serializable, HazelcastInstanceAware {
    @Serial
    private static final long serialVersionUID = 1L;

    private transient HazelcastInstance member;

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public Integer call() {
        return member.getUserContext().get(HazelcastConfigs.WORKER) instanceof ClusterWorker worker
                ? worker.keptRuns()
                : 0;
    }
}
