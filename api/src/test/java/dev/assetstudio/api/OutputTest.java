package dev.assetstudio.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {
    @Test
    void withMetadataReturnsNewOutputAndLeavesOriginal() {
        Output<List<String>> plain = Output.of(List.of("a", "b"));
        Output<List<String>> tagged = plain.withMetadata("num_rows", 2);
        assertNotSame(plain, tagged);
        assertTrue(plain.metadata().isEmpty());
        assertEquals(Map.of("num_rows", 2), tagged.metadata());
        assertEquals(List.of("a", "b"), tagged.value());
    }

    @Test
    void metadataKeepsInsertionOrderAndIsUnmodifiable() {
        Output<String> out =
                Output.of("x").withMetadata("z", 1).withMetadata("a", 2).withMetadata("m", 3);
        assertEquals(List.of("z", "a", "m"), List.copyOf(out.metadata().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> out.metadata().put("k", 1));
    }

    @Test
    void replacingKeyKeepsPosition() {
        Output<String> out =
                Output.of("x").withMetadata("a", 1).withMetadata("b", 2).withMetadata("a", 3);
        assertEquals(List.of("a", "b"), List.copyOf(out.metadata().keySet()));
        assertEquals(3, out.metadata().get("a"));
    }
}
