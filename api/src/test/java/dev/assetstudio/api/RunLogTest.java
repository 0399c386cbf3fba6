package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLogTest {
    @Test
    void replacesPlaceholdersInOrder() {
        assertEquals("1 + 2 = 3", RunLog.format("{} + {} = {}", 1, 2, 3));
    }

    @Test
    void keepsSurplusPlaceholdersAndIgnoresSurplusArguments() {
        assertEquals("a {}", RunLog.format("{} {}", "a"));
        assertEquals("only a", RunLog.format("only {}", "a", "b"));
    }

    @Test
    void escapedPlaceholderIsLiteral() {
        assertEquals("{} x", RunLog.format("\\{} {}", "x"));
    }

    @Test
    void rendersNullAndArrays() {
        assertEquals("null [1, 2] [a, b]", RunLog.format("{} {} {}", null, new int[] {1, 2}, new String[] {"a", "b"}));
    }

    @Test
    void trailingThrowableWithoutPlaceholderAppendsStackTrace() {
        String text = RunLog.format("failed {}", "x", new IllegalStateException("boom"));
        assertTrue(text.startsWith("failed x" + System.lineSeparator()), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), text);
        assertTrue(text.contains("at dev.assetstudio.api.RunLogTest"), text);
    }

    @Test
    void throwableConsumedByPlaceholderIsRenderedInline() {
        assertEquals(
                "failed java.lang.IllegalStateException: boom",
                RunLog.format("failed {}", new IllegalStateException("boom")));
    }

    @Test
    void levelMethodsRouteToLog() {
        List<String> lines = new ArrayList<>();
        RunLog log = (level, message) -> lines.add(level + " " + message);
        log.debug("d");
        log.info("i {}", 1);
        log.warn("w {} {}", 1, 2);
        log.error("e");
        log.error("e {}", "x");
        assertEquals(List.of("DEBUG d", "INFO i 1", "WARN w 1 2", "ERROR e", "ERROR e x"), lines);
    }

    @Test
    void singleArgumentMessageIsNotFormatted() {
        List<String> lines = new ArrayList<>();
        RunLog log = (level, message) -> lines.add(message);
        log.info("literal {}");
        assertEquals(List.of("literal {}"), lines);
    }
}
