package dev.assetstudio.engine.worker;

/**
 * A worker process could not do what it was asked: it died (exited, was killed, ran out of
 * memory), could not start, or speaks another protocol version. The message says which, in words
 * a user can act on.
 */
public final class WorkerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkerException(String message) {
        super(message);
    }

    public WorkerException(String message, Throwable cause) {
        super(message, cause);
    }
}
