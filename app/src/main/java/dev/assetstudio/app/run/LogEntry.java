package dev.assetstudio.app.run;

import java.time.Instant;

/**
 * One log line of a run, as the run panel lists it.
 *
 * @param time when it was logged
 * @param step the step ({@code a/b[partition]}), or empty for a line of the run itself
 * @param level {@code DEBUG}, {@code INFO}, {@code WARN} or {@code ERROR}
 * @param message the text
 */
public record LogEntry(Instant time, String step, String level, String message) {}
