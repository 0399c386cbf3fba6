package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.Output;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.ShelfStats;
import dev.assetstudio.examples.cereal.warehouse.WarehouseAssets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarehouseAssetsTest {
    private final List<Cereal> cereals = TestData.cereals();

    @Test
    void sugaryCerealsSitAtChildrensEyeLevel() {
        Output<Map<Integer, ShelfStats>> out = WarehouseAssets.shelfPlacement(TestData.context(), cereals);
        Map<Integer, ShelfStats> shelves = out.value();
        assertEquals(20, shelves.get(1).cereals());
        assertEquals(21, shelves.get(2).cereals());
        assertEquals(36, shelves.get(3).cereals());
        assertEquals(9.62, shelves.get(2).avgSugars());
        assertEquals(2, ((Number) out.metadata().get("sweetest_shelf")).intValue());
    }

    @Test
    void lineupPartitionHoldsOneManufacturer() {
        List<Cereal> kelloggs = WarehouseAssets.manufacturerLineup(TestData.context("K"), cereals)
                .value();
        assertEquals(23, kelloggs.size());
        assertTrue(kelloggs.stream().allMatch(c -> c.manufacturer().equals("K")));
        assertEquals("All-Bran with Extra Fiber", kelloggs.get(0).name());
        assertEquals(
                List.of("Maypo"),
                WarehouseAssets.manufacturerLineup(TestData.context("A"), cereals).value().stream()
                        .map(Cereal::name)
                        .toList());
    }
}
