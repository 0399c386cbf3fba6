package dev.assetstudio.engine.backfill;

import java.util.Locale;

/** Where a {@link Backfill} stands. */
public enum BackfillStatus {
    /** Its run is going. */
    RUNNING,
    /** Cancel was asked (maybe from another process); the process running it stops it soon. */
    CANCELING,
    /** Every target ended well. */
    SUCCEEDED,
    /** A target failed (the others that could run did). */
    FAILED,
    /** Canceled before every target ended. */
    CANCELED,
    /** The process running it went away before it ended. */
    INTERRUPTED;

    /** Whether it is over. */
    public boolean isFinished() {
        return this != RUNNING && this != CANCELING;
    }

    /** In words: "succeeded", "canceling". */
    public String words() {
        return name().toLowerCase(Locale.ROOT);
    }
}
