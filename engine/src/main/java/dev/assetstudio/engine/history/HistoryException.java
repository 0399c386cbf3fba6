package dev.assetstudio.engine.history;

/**
 * A history database could not be opened, read or written. The message names the database file and
 * says what to do where there is something to do.
 */
public class HistoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
