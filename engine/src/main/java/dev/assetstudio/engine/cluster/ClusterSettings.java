package dev.assetstudio.engine.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which Hazelcast cluster runs a project's steps: its name and the {@code HOST:PORT} addresses to
 * join it by (TCP-IP discovery; multicast is never used).
 *
 * <pre>{@code
 * ClusterSettings local = ClusterSettings.local("local");               // 127.0.0.1:5701..5703
 * ClusterSettings other = ClusterSettings.of("prod", "10.0.0.5:5701");   // a cluster elsewhere
 * }</pre>
 *
 * @param name the cluster name every member and the coordinator share
 * @param join the addresses tried, in order
 */
public record ClusterSettings(String name, List<String> join) {
    /** The port of the first member of {@code cluster local}; the next ones follow it. */
    public static final int FIRST_PORT = 5701;

    public ClusterSettings {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a cluster needs a name");
        }
        join = List.copyOf(join);
        if (join.isEmpty()) {
            throw new IllegalArgumentException("cluster " + name + " needs at least one address to join");
        }
        for (String address : join) {
            int colon = address.lastIndexOf(':');
            if (colon <= 0 || !address.substring(colon + 1).matches("\\d{1,5}")) {
                throw new IllegalArgumentException("'" + address + "' is not HOST:PORT (e.g. 127.0.0.1:5701)");
            }
        }
    }

    /** {@code name}, joined by the comma-separated {@code addresses}. */
    public static ClusterSettings of(String name, String addresses) {
        List<String> join = new ArrayList<>();
        for (String a : addresses.split(",")) {
            if (!a.isBlank()) {
                join.add(a.strip());
            }
        }
        return new ClusterSettings(name, join);
    }

    /** A cluster on this machine, as {@code cluster local} starts it (first ports from 5701). */
    public static ClusterSettings local(String name) {
        List<String> join = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            join.add("127.0.0.1:" + (FIRST_PORT + i));
        }
        return new ClusterSettings(name, join);
    }
}
