package dev.assetstudio.engine.history;

import java.time.Instant;

/**
 * Instants as stored: epoch microseconds in an INTEGER column. Microseconds rather than milliseconds
 * because {@code Instant.now()} has microsecond resolution on common JVMs and events of one step often
 * fall in the same millisecond; integers rather than text so ranges and ordering use the indexes.
 */
final class Times {
    private Times() {}

    static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
