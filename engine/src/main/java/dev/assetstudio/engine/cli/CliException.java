package dev.assetstudio.engine.cli;

/**
 * A problem the user can fix (a bad option value, an unknown key, a missing file): printed as
 * {@code error: <message>} without a stack trace, exit code {@link AssetStudioCli#EXIT_BAD_INPUT}
 * unless told otherwise.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(String message) {
        this(message, AssetStudioCli.EXIT_BAD_INPUT);
    }

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = AssetStudioCli.EXIT_BAD_INPUT;
    }

    int exitCode() {
        return exitCode;
    }
}
