package dev.assetstudio.app.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValueRendererTest {
    record Row(String name, int count) {}

    @Test
    void recordsBecomeColumns() {
        var table = (PreviewContent.Table) ValueRenderer.render(List.of(new Row("a", 1), new Row("b", 2)));
        assertEquals(List.of("name", "count"), table.columns());
        assertEquals(List.of(List.of("a", "1"), List.of("b", "2")), table.rows());
        assertEquals("List<Row>", table.typeName());
    }

    @Test
    void mapsInAListGiveTheUnionOfTheirKeys() {
        var table = (PreviewContent.Table) ValueRenderer.render(List.of(Map.of("a", 1), Map.of("b", 2)));
        assertEquals(2, table.columns().size());
        assertTrue(table.columns().containsAll(List.of("a", "b")));
    }

    @Test
    void scalarsArraysAndMaps() {
        var scalars = (PreviewContent.Table) ValueRenderer.render(List.of(1, 2, 3));
        assertEquals(List.of("value"), scalars.columns());
        var array = (PreviewContent.Table) ValueRenderer.render(new int[] {4, 5});
        assertEquals(List.of(List.of("4"), List.of("5")), array.rows());
        var map = new LinkedHashMap<String, Object>();
        map.put("x", 1.5);
        var keyValue = (PreviewContent.Table) ValueRenderer.render(map);
        assertEquals(List.of("key", "value"), keyValue.columns());
        assertEquals(List.of("x", "1.5"), keyValue.rows().get(0));
    }

    @Test
    void bigValuesAreCutAndSaySo() {
        var table = (PreviewContent.Table)
                ValueRenderer.render(IntStream.range(0, 77_000).boxed().toList());
        assertEquals(ValueRenderer.MAX_ROWS, table.rows().size());
        assertEquals(77_000, table.totalRows());
        assertTrue(table.truncated());

        var text = (PreviewContent.Text) ValueRenderer.render("x".repeat(250_000));
        assertEquals(ValueRenderer.MAX_CHARS, text.text().length());
        assertEquals(250_000, text.totalChars());
    }

    @Test
    void otherObjectsArePrettyJson() {
        var text = assertInstanceOf(PreviewContent.Text.class, ValueRenderer.render(new Row("a", 1)));
        assertTrue(text.text().contains("\"name\" : \"a\""), text.text());
    }
}
