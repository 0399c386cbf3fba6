package dev.assetstudio.engine.cluster;

import dev.assetstudio.api.RunLog;
import java.util.List;

/**
 * One attempt's log on the coordinator: lines published live by the worker are written as they
 * arrive, in order; when the attempt's result comes, the lines that had not arrived yet are
 * written from it, so none is lost and none is written twice.
 */
final class LiveLog {
    private final RunLog log;
    private int written;
    private boolean closed;

    LiveLog(RunLog log) {
        this.log = log;
    }

    /** A line published by the worker; one out of order or after the end is left to {@link #finish}. */
    synchronized void arrived(LogLine line) {
        if (!closed && line.seq() == written) {
            write(line.level(), line.message());
        }
    }

    /** Writes the lines of {@code levels}/{@code messages} not written live, then takes no more. */
    synchronized void finish(List<String> levels, List<String> messages) {
        for (int i = written; i < levels.size(); i++) {
            write(levels.get(i), messages.get(i));
        }
        closed = true;
    }

    /** Takes no more lines (a lost attempt). */
    synchronized void close() {
        closed = true;
    }

    private void write(String level, String message) {
        log.log(RunLog.Level.valueOf(level), message);
        written++;
    }
}
