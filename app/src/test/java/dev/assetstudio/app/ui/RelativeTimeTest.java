package dev.assetstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {
    private final Instant now = Instant.parse("2024-01-01T12:00:00Z");

    @Test
    void longForm() {
        assertEquals("never", RelativeTime.format(null, now));
        assertEquals("just now", RelativeTime.format(now.minusSeconds(5), now));
        assertEquals("3 min ago", RelativeTime.format(now.minus(Duration.ofMinutes(3)), now));
        assertEquals("2 h ago", RelativeTime.format(now.minus(Duration.ofHours(2)), now));
        assertEquals("5 d ago", RelativeTime.format(now.minus(Duration.ofDays(5)), now));
        assertEquals("3 mo ago", RelativeTime.format(now.minus(Duration.ofDays(90)), now));
    }

    @Test
    void compactForm() {
        assertEquals("never", RelativeTime.compact(null, now));
        assertEquals("just now", RelativeTime.compact(now.minusSeconds(59), now));
        assertEquals("1m ago", RelativeTime.compact(now.minusSeconds(60), now));
        assertEquals("3m ago", RelativeTime.compact(now.minus(Duration.ofMinutes(3)), now));
        assertEquals("2h ago", RelativeTime.compact(now.minus(Duration.ofHours(2)), now));
        assertEquals("5d ago", RelativeTime.compact(now.minus(Duration.ofDays(5)), now));
        assertEquals("3mo ago", RelativeTime.compact(now.minus(Duration.ofDays(90)), now));
    }

    @Test
    void aTimeAfterNowIsJustNow() {
        assertEquals("just now", RelativeTime.compact(now.plusSeconds(30), now));
    }
}
