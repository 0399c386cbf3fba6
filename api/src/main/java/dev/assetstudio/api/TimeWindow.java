package dev.assetstudio.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The span of time a time partition covers: {@code start} inclusive, {@code end} exclusive, so that
 * consecutive windows meet without overlapping.
 *
 * <pre>{@code
 * TimeWindow w = PartitionsDefinition.daily(LocalDate.of(2022, 1, 1)).timeWindow("2022-07-23").orElseThrow();
 * w.start();   // 2022-07-23T00:00:00Z
 * w.end();     // 2022-07-24T00:00:00Z
 * }</pre>
 *
 * @param start the first instant of the window
 * @param end the first instant after the window
 */
public record TimeWindow(Instant start, Instant end) {
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("time window start " + start + " is not before its end " + end);
        }
    }

    /** Whether {@code instant} falls in this window. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
