package dev.assetstudio.app.project;

import dev.assetstudio.engine.history.HistoryException;
import dev.assetstudio.engine.load.ProjectLoadException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;

/**
 * Why a jar could not be opened, as the error panel shows it.
 *
 * @param title one line, e.g. "Could not open orders.jar"
 * @param text the engine's message (every problem, one per line), or the stack trace of an unexpected failure
 */
public record LoadError(String title, String text) {

    public LoadError {
        Objects.requireNonNull(title, "title");
        text = text == null ? "" : text;
    }

    /**
     * The error for {@code failure}: the engine's own words for a load problem or a history database it cannot use
     * (damaged, newer, unwritable: the message names the file), the file and reason of an I/O failure, the full trace
     * for anything else.
     */
    static LoadError of(String title, Throwable failure) {
        if (failure instanceof ProjectLoadException || failure instanceof HistoryException) {
            return new LoadError(title, failure.getMessage());
        }
        if (failure instanceof java.io.IOException || failure instanceof java.io.UncheckedIOException) {
            // A file the studio needs (the example, the home folder): which file and why, in one line.
            Throwable io =
                    failure instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
            return new LoadError(title, io.getClass().getSimpleName() + ": " + io.getMessage());
        }
        var trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return new LoadError(title, trace.toString());
    }
}
