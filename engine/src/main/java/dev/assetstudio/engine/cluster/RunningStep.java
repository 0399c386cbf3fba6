package dev.assetstudio.engine.cluster;

import java.time.Instant;

/**
 * A step running on a worker now, as the worker announces it to the cluster (whichever coordinator
 * handed it out): what the studio's cluster panel lists under each member.
 *
 * @param worker the worker's name, {@code pid@host:port}
 * @param memberUuid the worker's Hazelcast member id (an entry of a member gone is stale)
 * @param runId the run the step belongs to
 * @param asset the asset key, {@code a/b}
 * @param partition the partition key, or {@code null}
 * @param startedAtMillis when the worker started it, epoch milliseconds
 */
public record RunningStep(
        String worker, String memberUuid, String runId, String asset, String partition, long startedAtMillis) {
    public Instant startedAt() {
        return Instant.ofEpochMilli(startedAtMillis);
    }

    /** {@code asset} or {@code asset [partition]}. */
    public String step() {
        return partition == null ? asset : asset + " [" + partition + "]";
    }
}
