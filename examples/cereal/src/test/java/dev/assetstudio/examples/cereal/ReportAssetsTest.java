package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.examples.cereal.io.ReportDirectory;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.nutrition.NutritionAssets;
import dev.assetstudio.examples.cereal.reports.ReportAssets;
import dev.assetstudio.examples.cereal.warehouse.WarehouseAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAssetsTest {
    private final List<Cereal> cereals = TestData.cereals();
    private final List<Cereal> highProtein =
            NutritionAssets.highProteinCereals(TestData.context(), cereals).value();

    @Test
    void shoppingListWritesItsOwnFile(@TempDir Path dir) throws Exception {
        ReportAssets.shoppingList(TestData.context(), highProtein, new ReportDirectory(dir));
        List<String> lines = Files.readAllLines(dir.resolve(ReportAssets.SHOPPING_LIST_FILE));
        assertEquals("# Shopping list", lines.get(0));
        List<String> items = lines.stream().filter(l -> l.startsWith("- [ ]")).toList();
        assertEquals(ReportAssets.shoppingPicks(highProtein).size(), items.size());
        assertEquals(8, items.size(), "the sweet mueslis and the oatmeal of unknown sugar are left off");
        assertTrue(items.get(0).contains("All-Bran with Extra Fiber"));
    }

    @Test
    void indexEmbedsTheSummaries(@TempDir Path dir) throws Exception {
        String summary = ReportAssets.nutritionSummary(
                        NutritionAssets.manufacturerStats(TestData.context(), cereals),
                        NutritionAssets.sugaryCereals(cereals).value(),
                        highProtein)
                .value();
        assertTrue(summary.contains("| Kellogg's | 23 |"), summary);
        String shelves = ReportAssets.shelfReport(
                WarehouseAssets.shelfPlacement(TestData.context(), cereals).value());
        ReportAssets.reportIndex(TestData.context(), new ReportDirectory(dir), summary, shelves);
        String index = Files.readString(dir.resolve(ReportAssets.INDEX_FILE));
        assertTrue(index.contains("(shopping-list.md)"));
        assertTrue(index.contains("# Shelves"));
    }

    @Test
    void announcementsNameTheCereal() {
        Cereal best =
                NutritionAssets.standoutCereal(TestData.context(), cereals).orElseThrow();
        assertEquals(
                "Cereal of the week: All-Bran with Extra Fiber by Kellogg's, rated 93.7.",
                ReportAssets.standoutAnnouncement(best));
        assertTrue(ReportAssets.recallNotice(List.of(best)).contains("All-Bran with Extra Fiber (140 mg)"));
    }
}
