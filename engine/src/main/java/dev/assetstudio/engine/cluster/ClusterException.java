package dev.assetstudio.engine.cluster;

/** A cluster run cannot start or go on: no cluster to join, a project it cannot run, a jar not published. */
public final class ClusterException extends RuntimeException {
    public ClusterException(String message) {
        super(message);
    }

    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }
}
