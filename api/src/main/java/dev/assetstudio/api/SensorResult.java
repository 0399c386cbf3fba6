package dev.assetstudio.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sensor answers: the runs it asks for, a new cursor, or why it asks for nothing.
 *
 * <pre>{@code
 * return SensorResult.of(MaterializeRequest.of("dailyPrices").partition(day)).withCursor(newestFile);
 * return SensorResult.skip("no new files in " + inbox);
 * }</pre>
 *
 * <p>A cursor is kept by the daemon (in history) and handed back as {@link SensorContext#cursor()}
 * next time, also after a restart; without {@link #withCursor(String)} the old cursor stays.
 * Immutable.
 */
public final class SensorResult {
    private final List<MaterializeRequest> requests;
    private final String cursor;
    private final String skipReason;

    private SensorResult(List<MaterializeRequest> requests, String cursor, String skipReason) {
        this.requests = List.copyOf(requests);
        this.cursor = cursor;
        this.skipReason = skipReason;
    }

    /** Asks for these runs. */
    public static SensorResult of(MaterializeRequest... requests) {
        return new SensorResult(List.of(requests), null, null);
    }

    /** Asks for these runs. */
    public static SensorResult of(List<MaterializeRequest> requests) {
        return new SensorResult(Objects.requireNonNull(requests, "requests"), null, null);
    }

    /** Asks for nothing, saying why (shown in the tick history). */
    public static SensorResult skip(String reason) {
        return new SensorResult(List.of(), null, Names.require(reason, "skip reason"));
    }

    /** The same result, storing {@code newCursor} for the next evaluation. */
    public SensorResult withCursor(String newCursor) {
        return new SensorResult(requests, Objects.requireNonNull(newCursor, "cursor"), skipReason);
    }

    /** The runs asked for, in order. */
    public List<MaterializeRequest> requests() {
        return requests;
    }

    /** The new cursor, if the sensor set one. */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /** Why nothing was asked for, if the sensor said. */
    public Optional<String> skipReason() {
        return Optional.ofNullable(skipReason);
    }

    @Override
    public String toString() {
        return "SensorResult[" + requests + (cursor == null ? "" : ", cursor " + cursor)
                + (skipReason == null ? "" : ", skipped: " + skipReason) + "]";
    }
}
