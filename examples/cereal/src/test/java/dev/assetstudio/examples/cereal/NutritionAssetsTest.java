package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.ManufacturerStats;
import dev.assetstudio.examples.cereal.nutrition.NutritionAssets;
import dev.assetstudio.examples.cereal.nutrition.NutritionAssets.SugarThreshold;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NutritionAssetsTest {
    private final List<Cereal> cereals = TestData.cereals();

    @Test
    void manufacturerStatsCoverEveryManufacturer() {
        Map<String, ManufacturerStats> stats = NutritionAssets.manufacturerStats(TestData.context(), cereals);
        assertEquals(List.of("A", "G", "K", "N", "P", "Q", "R"), List.copyOf(stats.keySet()));
        ManufacturerStats kelloggs = stats.get("K");
        assertEquals("Kellogg's", kelloggs.name());
        assertEquals(23, kelloggs.cereals());
        assertEquals("All-Bran with Extra Fiber", kelloggs.bestRated());
        // Nabisco's shredded wheats rate best on average
        ManufacturerStats best = stats.values().stream()
                .max((a, b) -> Double.compare(a.avgRating(), b.avgRating()))
                .orElseThrow();
        assertEquals("N", best.code());
    }

    @Test
    void sugaryCerealsHaveTenGramsOrMore() {
        List<Cereal> sugary = NutritionAssets.sugaryCereals(cereals).value();
        assertEquals(26, sugary.size());
        assertEquals("Golden Crisp", sugary.get(0).name());
        assertTrue(sugary.stream().allMatch(c -> c.sugars() >= 10));
    }

    @Test
    void highProteinCerealsBestRatedFirst() {
        List<Cereal> picked =
                NutritionAssets.highProteinCereals(TestData.context(), cereals).value();
        assertEquals(11, picked.size());
        assertEquals("All-Bran with Extra Fiber", picked.get(0).name());
    }

    @Test
    void lowSugarCerealsFollowTheConfig() {
        assertEquals(
                37,
                NutritionAssets.lowSugarCereals(TestData.context(), new SugarThreshold(6), cereals)
                        .value()
                        .size());
        List<Cereal> sugarFree = NutritionAssets.lowSugarCereals(TestData.context(), new SugarThreshold(0), cereals)
                .value();
        assertEquals(7, sugarFree.size());
        assertFalse(sugarFree.stream().anyMatch(c -> c.name().equals("Quaker Oatmeal")), "unknown sugars excluded");
        assertThrows(IllegalArgumentException.class, () -> new SugarThreshold(-1));
    }

    @Test
    void standoutCerealMaterializesOnlyAboveNinety() {
        Optional<Cereal> standout = NutritionAssets.standoutCereal(TestData.context(), cereals);
        assertEquals("All-Bran with Extra Fiber", standout.orElseThrow().name());
        List<Cereal> ordinary = cereals.stream().filter(c -> c.rating() < 90).toList();
        assertTrue(NutritionAssets.standoutCereal(TestData.context(), ordinary).isEmpty());
    }

    @Test
    void noSodiumRecallsInTheBundledData() {
        assertTrue(NutritionAssets.sodiumRecalls(TestData.context(), cereals).isEmpty());
        Cereal salty = TestData.named(cereals, "Product 19");
        Cereal saltier = new Cereal("Salt Flakes", "K", "C", 100, 2, 0, 450, 1, 20, 3, 40, 25, 1, 1, 1, 20);
        assertEquals(
                List.of(saltier),
                NutritionAssets.sodiumRecalls(TestData.context(), List.of(salty, saltier))
                        .orElseThrow());
    }
}
