package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void readsEveryOption() {
        var options = StartupOptions.parse(List.of(
                "orders.jar", "--screenshot=/tmp/x.png", "--select=analytics/daily", "--tab=activity", "--theme=dark"));
        assertEquals(Optional.of(Path.of("orders.jar")), options.jar());
        assertEquals(Optional.of(Path.of("/tmp/x.png")), options.screenshot());
        assertEquals(Optional.of("analytics/daily"), options.select());
        assertEquals(Optional.of("activity"), options.tab());
        assertEquals(Optional.of(true), options.dark());
        assertFalse(options.help());
    }

    @Test
    void nothingGivenMeansNothingSet() {
        var options = StartupOptions.none();
        assertTrue(options.jar().isEmpty());
        assertTrue(options.dark().isEmpty());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--colour=red")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--theme=blue")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("a.jar", "b.jar")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--screenshot=")));
    }
}
