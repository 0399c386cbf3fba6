package dev.assetstudio.engine.model;

/**
 * The state of a run as recorded in history.
 *
 * <p>{@link #INTERRUPTED} is never set by a live run: it marks a run whose process went away while
 * the run was still {@link #STARTED}, detected the next time the history database is opened.
 */
public enum RunStatus {
    /** The run has begun and has not finished yet. */
    STARTED,
    /** Every selected step ended well. */
    SUCCEEDED,
    /** At least one step failed. */
    FAILED,
    /** The run was canceled by the user. */
    CANCELED,
    /** The process running it ended before the run finished. */
    INTERRUPTED;

    /** Whether the run is over (anything but {@link #STARTED}). */
    public boolean isFinished() {
        return this != STARTED;
    }
}
