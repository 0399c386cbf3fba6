package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The error boundary around user code, as Dagster's {@code DagsterExecutionStepExecutionError}: says
 * which asset (and partition) failed, in which phase, and carries the user's exception as the cause.
 *
 * <pre>{@code
 * asset sales/daily[2022-07-23] failed in compute: IllegalStateException: boom
 * }</pre>
 */
public final class UserCodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where in a step the user code failed. */
    public enum Phase {
        /** The asset's own computation. */
        COMPUTE("compute"),
        /** The I/O manager storing the asset's output. */
        HANDLE_OUTPUT("handle output"),
        /** The I/O manager loading an upstream value. */
        LOAD_INPUT("load input"),
        /** An asset check. */
        CHECK("check");

        private final String words;

        Phase(String words) {
            this.words = words;
        }

        /** The phase as written in messages, e.g. {@code handle output}. */
        public String words() {
            return words;
        }
    }

    private final transient AssetKey key;
    private final String partition;
    private final Phase phase;

    /** Wraps {@code cause}, thrown by user code of {@code key} (in {@code partition}, or null). */
    public UserCodeException(AssetKey key, String partition, Phase phase, Throwable cause) {
        this(
                key,
                partition,
                phase,
                where(key, partition) + " failed in " + phase.words() + ": " + describe(cause),
                cause);
    }

    /** A failure with an explicit one-line message (e.g. an asset that returned {@code null}). */
    public UserCodeException(AssetKey key, String partition, Phase phase, String message, Throwable cause) {
        super(message, cause);
        this.key = Objects.requireNonNull(key, "key");
        this.partition = partition;
        this.phase = Objects.requireNonNull(phase, "phase");
    }

    public AssetKey key() {
        return key;
    }

    public Optional<String> partition() {
        return Optional.ofNullable(partition);
    }

    public Phase phase() {
        return phase;
    }

    /** {@code asset a/b} or {@code asset a/b[partition]}. */
    public static String where(AssetKey key, String partition) {
        return "asset " + key + (partition == null ? "" : "[" + partition + "]");
    }

    /** {@code SimpleName: message}, the message cut to its first line. */
    public static String describe(Throwable cause) {
        if (cause == null) {
            return "no cause";
        }
        String message = cause.getMessage();
        String name = cause.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        int newline = message.indexOf('\n');
        return name + ": "
                + (newline < 0 ? message : message.substring(0, newline).stripTrailing());
    }
}
