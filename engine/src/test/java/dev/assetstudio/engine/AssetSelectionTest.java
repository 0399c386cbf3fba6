package dev.assetstudio.engine;

import static dev.assetstudio.engine.graph.GraphFixtures.inGroup;
import static dev.assetstudio.engine.graph.GraphFixtures.k;
import static dev.assetstudio.engine.graph.GraphFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.engine.graph.AssetGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssetSelectionTest {
    // a -> b -> c -> d, and x/y in group "other" downstream of a
    private final AssetGraph graph = AssetGraph.of(List.of(
            inGroup("a", "main"),
            inGroup("b", "main", "a"),
            inGroup("c", "main", "b"),
            inGroup("d", "main", "c"),
            inGroup("x/y", "other", "a")));

    private Set<Object> resolve(String text) {
        return Set.copyOf(AssetSelection.parse(text).resolve(graph));
    }

    private static Set<Object> set(String... keys) {
        return Set.copyOf(keys(keys));
    }

    @Test
    void plainAndMultiSegmentKeys() {
        assertEquals(set("c"), resolve("c"));
        assertEquals(set("x/y"), resolve("x/y"));
    }

    @Test
    void starSelectsAllLevels() {
        assertEquals(set("a", "b", "c"), resolve("*c"));
        assertEquals(set("b", "c", "d"), resolve("b*"));
        assertEquals(set("a", "b", "c", "d"), resolve("*b*"));
        assertEquals(set("a", "b", "c", "d", "x/y"), resolve("*"));
    }

    @Test
    void plusSelectsOneLevelPerPlus() {
        assertEquals(set("b", "c"), resolve("+c"));
        assertEquals(set("a", "b", "c"), resolve("++c"));
        assertEquals(set("a", "b", "x/y"), resolve("a+"));
        assertEquals(set("b", "c", "d"), resolve("+c+"));
        assertEquals(set("a", "b", "c"), resolve("*b+"));
    }

    @Test
    void groupsAndUnionsWithWhitespace() {
        assertEquals(set("x/y"), resolve("group:other"));
        assertEquals(set("a", "d", "x/y"), resolve(" a , group:other,d "));
    }

    @Test
    void resolveIsSorted() {
        assertEquals(
                keys("a", "b", "c", "d", "x/y"),
                List.copyOf(AssetSelection.all().resolve(graph)));
    }

    @Test
    void keysAndToStringGiveTheTextBack() {
        assertEquals("*c+", AssetSelection.parse("*c+").toString());
        assertEquals("a,x/y", AssetSelection.keys(k("a"), k("x/y")).toString());
        assertEquals(
                set("a", "x/y"),
                Set.copyOf(AssetSelection.keys(k("a"), k("x/y")).resolve(graph)));
        assertEquals(AssetSelection.parse("a"), AssetSelection.keys(k("a")));
    }

    @Test
    void unknownKeyIsNamedWithASuggestion() {
        var e = assertThrows(IllegalArgumentException.class, () -> resolve("*dd"));
        assertTrue(e.getMessage().contains("no asset dd"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean d?"), e.getMessage());
        var prefix = assertThrows(IllegalArgumentException.class, () -> resolve("y"));
        assertTrue(prefix.getMessage().contains("did you mean x/y?"), prefix.getMessage());
    }

    @Test
    void selectionMatchingNothingSaysSo() {
        var e = assertThrows(IllegalArgumentException.class, () -> resolve("group:nope"));
        assertTrue(e.getMessage().startsWith("selection 'group:nope' matches no asset"), e.getMessage());
    }

    @Test
    void parseErrorsNameTheOffendingTerm() {
        assertParseError("a,,b", "empty term");
        assertParseError("*+a", "'*+a'");
        assertParseError("a**", "'a**'");
        assertParseError("a*b", "'*' in 'a*b'");
        assertParseError("++", "'++' names no asset key");
        assertParseError("group:", "'group:'");
        assertParseError("a//b", "'a//b' is not an asset key");
        assertParseError("  ", "empty");
    }

    private static void assertParseError(String text, String expected) {
        var e = assertThrows(IllegalArgumentException.class, () -> AssetSelection.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
