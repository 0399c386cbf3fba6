package dev.assetstudio.engine.cluster;

import java.time.Instant;

/**
 * A worker that left the cluster (stopped, killed, or cut off) while a monitor watched: what the
 * cluster panel keeps listing for a while, so a worker gone mid-run does not just vanish.
 *
 * @param name {@code pid@host:port}, as steps name the worker that ran them
 * @param leftAt when the cluster noticed it gone (a killed worker: a few seconds after the kill)
 */
public record DepartedWorker(String name, Instant leftAt) {}
