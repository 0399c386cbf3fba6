package dev.assetstudio.engine.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

/**
 * The Hazelcast configurations of workers and coordinators: TCP-IP join on the given addresses,
 * never multicast, no phone-home, and failure detection in seconds rather than a minute, so a
 * killed worker's steps move on quickly.
 */
final class HazelcastConfigs {
    /** The distributed executor that carries steps to workers. */
    static final String STEPS = "asset-studio.steps";
    /** The map of published project jars, by SHA-256. */
    static final String JARS = "asset-studio.jars";
    /**
     * The executor that answers a monitor's questions (which steps run now): its own, so a question
     * never waits behind the steps.
     */
    static final String QUERIES = "asset-studio.queries";
    /** The prefix of each coordinator's topic of live log lines. */
    static final String LOGS = "asset-studio.logs";
    /** The member attribute holding a worker's process id (its name is {@code pid@host:port}). */
    static final String PID = "asset-studio.pid";
    /** The member attribute holding how many steps a worker runs at once (its executor's threads). */
    static final String THREADS = "asset-studio.threads";
    /** The key under which a member's {@link ClusterWorker} sits in its user context. */
    static final String WORKER = "asset-studio.worker";
    /** The topic on which coordinators say a run ended: each worker then drops what it kept for that run. */
    static final String RUN_ENDS = "asset-studio.run-ends";

    private HazelcastConfigs() {}

    /** A worker member of {@code cluster} listening as {@code network} says at {@code port} (or the next free one). */
    static Config member(ClusterSettings cluster, WorkerNetwork network, int port, int threads) {
        Config config = new Config();
        config.setClusterName(cluster.name());
        config.setInstanceName("asset-studio-worker-" + ProcessHandle.current().pid());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig net = config.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(true);
        if (network.bindsAny()) {
            config.setProperty("hazelcast.socket.bind.any", "true");
        } else {
            config.setProperty("hazelcast.local.localAddress", network.bind());
            config.setProperty("hazelcast.socket.bind.any", "false");
            net.getInterfaces().setEnabled(true).addInterface(network.bind());
        }
        if (network.publicAddress() != null) {
            net.setPublicAddress(network.publicAddress());
        }
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        if (network.kubernetesService() != null) {
            join.getTcpIpConfig().setEnabled(false);
            join.getKubernetesConfig().setEnabled(true).setProperty("service-name", network.kubernetesService());
        } else {
            join.getTcpIpConfig().setEnabled(true).setMembers(cluster.join());
        }
        StepSerializers.register(config.getSerializationConfig());
        config.getExecutorConfig(STEPS).setPoolSize(threads).setStatisticsEnabled(false);
        config.getMapConfig(JARS).setBackupCount(2);
        config.getExecutorConfig(QUERIES).setPoolSize(1).setStatisticsEnabled(false);
        config.getMemberAttributeConfig()
                .setAttribute(PID, String.valueOf(ProcessHandle.current().pid()))
                .setAttribute(THREADS, String.valueOf(threads));
        return config;
    }

    /** A client of {@code cluster} (the coordinator), trying to connect for {@code connectMillis}. */
    static ClientConfig client(ClusterSettings cluster, long connectMillis) {
        ClientConfig config = new ClientConfig();
        config.setClusterName(cluster.name());
        config.setInstanceName(
                "asset-studio-coordinator-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.client.heartbeat.interval", "1000");
        config.setProperty("hazelcast.client.heartbeat.timeout", "5000");
        StepSerializers.register(config.getSerializationConfig());
        config.getNetworkConfig().setAddresses(cluster.join()).setRedoOperation(false);
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(connectMillis);
        return config;
    }
}
