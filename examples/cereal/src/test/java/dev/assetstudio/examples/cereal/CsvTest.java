package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.examples.cereal.io.Csv;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsAndCrlf() throws Exception {
        String text = "name,note\r\n\"a, b\",\"say \"\"hi\"\"\"\r\nplain,\r\n";
        assertEquals(
                List.of(Map.of("name", "a, b", "note", "say \"hi\""), Map.of("name", "plain", "note", "")),
                Csv.read(new StringReader(text)));
    }

    @Test
    void writesWhatItReads() throws Exception {
        StringWriter out = new StringWriter();
        Csv.write(out, List.of("x", "y"), List.of(List.of("1,5", "\"q\""), List.of("2", "line\nbreak")));
        assertEquals(
                List.of(Map.of("x", "1,5", "y", "\"q\""), Map.of("x", "2", "y", "line\nbreak")),
                Csv.read(new StringReader(out.toString())));
    }
}
