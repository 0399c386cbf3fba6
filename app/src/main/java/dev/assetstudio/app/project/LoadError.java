package dev.assetstudio.app.project;

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

    /** The error for {@code failure}: the engine's own words for a load problem, the full trace for anything else. */
    static LoadError of(String title, Throwable failure) {
        if (failure instanceof ProjectLoadException) {
            return new LoadError(title, failure.getMessage());
        }
        var trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return new LoadError(title, trace.toString());
    }
}
