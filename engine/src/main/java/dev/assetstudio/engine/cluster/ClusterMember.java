package dev.assetstudio.engine.cluster;

import com.hazelcast.cluster.Member;
import java.util.List;

/**
 * One member of a cluster as a monitor sees it: its name and the steps it runs now.
 *
 * @param name {@code pid@host:port}, as steps name the worker that ran them
 * @param address {@code host:port}
 * @param running the steps it runs now, oldest first
 */
public record ClusterMember(String name, String address, List<RunningStep> running) {
    public ClusterMember {
        running = List.copyOf(running);
    }

    /** {@code pid@host:port} of {@code member}, or {@code host:port} when it does not say its pid. */
    static String nameOf(Member member) {
        String address =
                member.getAddress().getHost() + ":" + member.getAddress().getPort();
        String pid = member.getAttribute(HazelcastConfigs.PID);
        return pid == null ? address : pid + "@" + address;
    }
}
