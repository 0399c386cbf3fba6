package dev.assetstudio.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hazelcast.config.Config;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.history.LogLineRecord;
import dev.assetstudio.engine.testing.TestJars;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a worker listens and finds the others beyond loopback: {@code --bind}, {@code
 * --public-address} and {@code --kubernetes} in its member config, and a real worker JVM bound to
 * this machine's non-loopback address, joined there by a coordinator that runs a step on it.
 */
class WorkerNetworkTest {
    @TempDir
    Path dir;

    @Test
    void loopbackBindsOneInterfaceAndJoinsByTcpIp() {
        Config config =
                HazelcastConfigs.member(ClusterSettings.of("c", "127.0.0.1:5701"), WorkerNetwork.loopback(), 5701, 2);
        assertEquals("127.0.0.1", config.getProperty("hazelcast.local.localAddress"));
        assertEquals("false", config.getProperty("hazelcast.socket.bind.any"));
        assertTrue(config.getNetworkConfig().getJoin().getTcpIpConfig().isEnabled());
        assertEquals(
                List.of("127.0.0.1:5701"),
                config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers());
        assertFalse(config.getNetworkConfig().getJoin().getMulticastConfig().isEnabled());
    }

    @Test
    void everyInterfaceWithAPublicAddressAndKubernetesDiscovery() {
        Config config = HazelcastConfigs.member(
                ClusterSettings.local("prod"),
                new WorkerNetwork(WorkerNetwork.ANY, "10.0.0.5:5701", "asset-studio-workers"),
                5701,
                2);
        assertEquals("true", config.getProperty("hazelcast.socket.bind.any"));
        assertEquals(null, config.getProperty("hazelcast.local.localAddress"));
        assertFalse(config.getNetworkConfig().getInterfaces().isEnabled());
        assertEquals("10.0.0.5:5701", config.getNetworkConfig().getPublicAddress());
        var join = config.getNetworkConfig().getJoin();
        assertFalse(join.getTcpIpConfig().isEnabled(), "the service's endpoints, not a join list");
        assertTrue(join.getKubernetesConfig().isEnabled());
        assertEquals("asset-studio-workers", join.getKubernetesConfig().getProperty("service-name"));
    }

    @Test
    void aWorkerBoundToANonLoopbackAddressRunsTheStepsOfACoordinatorJoiningThere() throws Exception {
        Optional<String> address = nonLoopbackAddress();
        assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
        Path jar = TestJars.compile(
                dir,
                Map.of(
                        "com.x.Far",
                        "package com.x;\nimport dev.assetstudio.api.*;\n"
                                + "public final class Far { @Asset public static Long far() {"
                                + " return ProcessHandle.current().pid(); } }\n"));
        try (LocalWorkers workers = LocalWorkers.start(1, dir, List.of(), address.get())) {
            assertTrue(workers.settings.join().get(0).startsWith(address.get() + ":"));
            ProjectOptions options = ProjectOptions.builder()
                    .home(dir.resolve("home"))
                    .execution(Execution.CLUSTER)
                    .cluster(workers.settings)
                    .build();
            try (Project project = Project.open(jar, options)) {
                RunResult result = project.materialize(AssetSelection.parse("far"));
                assertTrue(result.succeeded(), result::toString);
                long ranIn = ((Number) project.loadAssetValue(AssetKey.of("far"))).longValue();
                assertEquals(workers.processes.get(0).pid(), ranIn);
                project.historyStore().flush();
                List<String> lines = project.history().logLines(result.runId()).stream()
                        .map(LogLineRecord::message)
                        .toList();
                assertTrue(
                        lines.stream()
                                .anyMatch(l -> l.startsWith("ran on worker " + ranIn + "@" + address.get() + ":")),
                        lines::toString);
            }
        }
    }

    private static Optional<String> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                    assertNotNull(a.getHostAddress());
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }
}
