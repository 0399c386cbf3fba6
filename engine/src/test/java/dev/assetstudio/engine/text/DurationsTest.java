package dev.assetstudio.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void theRunPanelsWords() {
        assertEquals("850 ms", Durations.format(Duration.ofMillis(850)));
        assertEquals("3.2 s", Durations.format(Duration.ofMillis(3210)));
        assertEquals("4 min 05 s", Durations.format(Duration.ofSeconds(245)));
        assertEquals("1 h 04 min", Durations.format(Duration.ofSeconds(3870)));
    }

    @Test
    void theEdgesOfEachUnit() {
        var edges = java.util.Map.of(
                Duration.ZERO,
                "0 ms",
                Duration.ofMillis(999),
                "999 ms",
                Duration.ofMillis(1000),
                "1.0 s",
                Duration.ofMillis(59_949),
                "59.9 s",
                Duration.ofSeconds(60),
                "1 min 00 s",
                Duration.ofSeconds(3599),
                "59 min 59 s",
                Duration.ofSeconds(3600),
                "1 h 00 min",
                Duration.ofMinutes(26 * 60 + 3),
                "26 h 03 min");
        edges.forEach((duration, words) -> assertEquals(words, Durations.format(duration), duration.toString()));
    }

    @Test
    void noneAndNegative() {
        assertEquals("—", Durations.format(null));
        assertEquals("0 ms", Durations.format(Duration.ofMillis(-5)));
    }
}
