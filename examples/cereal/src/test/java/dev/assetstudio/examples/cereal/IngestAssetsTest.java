package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.Output;
import dev.assetstudio.examples.cereal.ingest.IngestAssets;
import dev.assetstudio.examples.cereal.model.Cereal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IngestAssetsTest {

    @Test
    void parsesAllSeventySevenCereals() {
        Output<List<Cereal>> out = IngestAssets.cereals(TestData.context(), TestData.rawCereals());
        List<Cereal> cereals = out.value();
        assertEquals(77, cereals.size());
        assertEquals(77, ((Number) out.metadata().get("num_rows")).intValue());
        assertEquals(7L, ((Number) out.metadata().get("num_manufacturers")).longValue());
    }

    @Test
    void countsCerealsPerManufacturer() {
        Map<String, Long> perCode = TestData.cereals().stream()
                .collect(Collectors.groupingBy(Cereal::manufacturer, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("A", 1L, "G", 22L, "K", 23L, "N", 6L, "P", 9L, "Q", 8L, "R", 8L), perCode);
    }

    @Test
    void keepsQuotedNamesAndTypedValues() {
        List<Cereal> cereals = TestData.cereals();
        Cereal muesli = TestData.named(cereals, "Muesli Raisins, Dates, & Almonds");
        assertEquals("R", muesli.manufacturer());
        Cereal cheerios = TestData.named(cereals, "Cheerios");
        assertEquals(6, cheerios.protein());
        assertEquals(1.25, cheerios.cups());
        assertEquals(50.764999, cheerios.rating(), 1e-9);
        assertTrue(TestData.named(cereals, "Quaker Oatmeal").hasMissingValues());
        assertEquals(3, cereals.stream().filter(Cereal::isHot).count());
    }
}
