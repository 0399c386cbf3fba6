package dev.assetstudio.engine.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One step, as the coordinator hands it to a worker member through Hazelcast's executor: which jar
 * (by checksum), where values live, and the step itself. Runs on the member with its {@link
 * ClusterWorker}; values never travel, only keys, config and what the step reports.
 */
final class StepTask implements Callable<StepResult>, Serializable, HazelcastInstanceAware {
    @Serial
    private static final long serialVersionUID = 1L;

    final String checksum;
    final String jarName;
    final String storage;
    final String runId;
    final String asset;
    final String partition;
    final HashMap<String, ArrayList<String>> inputPartitions;
    final String configJson;
    final ArrayList<String> checks;
    final boolean checksOnly;
    /** This attempt's id: its log lines are published under it. */
    final String taskId;
    /** The coordinator's topic of live log lines. */
    final String logTopic;

    private transient HazelcastInstance member;

    StepTask(
            String checksum,
            String jarName,
            String storage,
            String runId,
            String asset,
            String partition,
            Map<String, ? extends java.util.List<String>> inputPartitions,
            String configJson,
            java.util.List<String> checks,
            boolean checksOnly,
            String taskId,
            String logTopic) {
        this.checksum = checksum;
        this.jarName = jarName;
        this.storage = storage;
        this.runId = runId;
        this.asset = asset;
        this.partition = partition;
        this.inputPartitions = new HashMap<>();
        inputPartitions.forEach((k, v) -> this.inputPartitions.put(k, new ArrayList<>(v)));
        this.configJson = configJson;
        this.checks = new ArrayList<>(checks);
        this.checksOnly = checksOnly;
        this.taskId = taskId;
        this.logTopic = logTopic;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public StepResult call() throws Exception {
        Object worker = member.getUserContext().get(HazelcastConfigs.WORKER);
        if (!(worker instanceof ClusterWorker w)) {
            throw new IllegalStateException("member " + member.getName()
                    + " is not an asset-studio worker; start one with `asset-studio worker`");
        }
        return w.run(this);
    }
}
