package dev.assetstudio.engine.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.util.concurrent.Callable;

/**
 * A question sent to one member and answered by the asset-studio worker on it; a member that is not
 * one (the coordinator's own, say) gives {@link #none()}. Not Java-serializable: each kind crosses
 * the wire through its {@link StepSerializers} entry.
 */
abstract class WorkerQuery<T> implements Callable<T>, HazelcastInstanceAware {
    private HazelcastInstance member;

    @Override
    public final void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public final T call() {
        return member.getUserContext().get(HazelcastConfigs.WORKER) instanceof ClusterWorker worker
                ? ask(worker)
                : none();
    }

    /** The worker's answer. */
    abstract T ask(ClusterWorker worker);

    /** The answer of a member that runs nothing of ours. */
    abstract T none();
}
