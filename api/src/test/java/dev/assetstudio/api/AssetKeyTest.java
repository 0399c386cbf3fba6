package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetKeyTest {
    @Test
    void parseAndOfAgree() {
        AssetKey key = AssetKey.parse("one/two/three");
        assertEquals(AssetKey.of("one", "two", "three"), key);
        assertEquals(AssetKey.of(List.of("one", "two", "three")).hashCode(), key.hashCode());
        assertEquals(List.of("one", "two", "three"), key.path());
        assertEquals("three", key.name());
        assertEquals("one/two/three", key.toString());
    }

    @Test
    void prefixPrepends() {
        assertEquals(AssetKey.parse("a/b/c"), AssetKey.of("c").withPrefix(List.of("a", "b")));
    }

    @Test
    void differentKeysDiffer() {
        assertNotEquals(AssetKey.of("a", "b"), AssetKey.of("a/b".replace('/', '_')));
        assertNotEquals(AssetKey.of("a", "b"), AssetKey.of("b", "a"));
    }

    @Test
    void ordersSegmentBySegmentShorterFirst() {
        List<AssetKey> keys = new ArrayList<>(
                List.of(AssetKey.parse("b"), AssetKey.parse("a/b"), AssetKey.parse("a"), AssetKey.parse("a/a")));
        Collections.sort(keys);
        assertEquals(
                List.of(AssetKey.parse("a"), AssetKey.parse("a/a"), AssetKey.parse("a/b"), AssetKey.parse("b")), keys);
    }

    @Test
    void refusesInvalidKeys() {
        assertThrows(IllegalArgumentException.class, () -> AssetKey.of());
        assertThrows(IllegalArgumentException.class, () -> AssetKey.parse(""));
        assertThrows(IllegalArgumentException.class, () -> AssetKey.parse("a//b"));
        assertThrows(IllegalArgumentException.class, () -> AssetKey.parse("a/"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssetKey.of("a/b", "c"));
        assertTrue(e.getMessage().contains("a/b"), e.getMessage());
    }
}
