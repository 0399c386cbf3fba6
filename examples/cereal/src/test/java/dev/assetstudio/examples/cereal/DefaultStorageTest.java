package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.FilesystemIOManager;
import dev.assetstudio.api.InputContext;
import dev.assetstudio.api.OutputContext;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.DailySales;
import dev.assetstudio.examples.cereal.model.PriceObservation;
import dev.assetstudio.examples.cereal.nutrition.NutritionAssets;
import dev.assetstudio.examples.cereal.sales.SalesAssets;
import dev.assetstudio.examples.cereal.warehouse.WarehouseAssets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The values left to the default I/O manager survive its Java serialization and class filter. */
class DefaultStorageTest {
    private final List<Cereal> cereals = TestData.cereals();

    private static Object roundTrip(Path dir, AssetKey key, String partition, Object value) throws Exception {
        FilesystemIOManager manager = new FilesystemIOManager(dir);
        OutputContext out =
                OutputContext.builder().assetKey(key).partitionKey(partition).build();
        manager.handleOutput(out, value);
        InputContext in = InputContext.builder()
                .assetKey(key)
                .partitionKey(partition)
                .upstreamOutput(out)
                .build();
        return manager.loadInput(in);
    }

    @Test
    void nutritionAndWarehouseValues(@TempDir Path dir) throws Exception {
        Object stats = NutritionAssets.manufacturerStats(TestData.context(), cereals);
        assertEquals(stats, roundTrip(dir, AssetKey.of("manufacturerStats"), null, stats));
        Object standout =
                NutritionAssets.standoutCereal(TestData.context(), cereals).orElseThrow();
        assertEquals(standout, roundTrip(dir, AssetKey.of("standoutCereal"), null, standout));
        Object shelves =
                WarehouseAssets.shelfPlacement(TestData.context(), cereals).value();
        assertEquals(shelves, roundTrip(dir, AssetKey.of("warehouse", "shelfPlacement"), null, shelves));
        Object lineup = WarehouseAssets.manufacturerLineup(TestData.context("Q"), cereals)
                .value();
        assertEquals(lineup, roundTrip(dir, AssetKey.of("warehouse", "manufacturerLineup"), "Q", lineup));
    }

    @Test
    void salesValues(@TempDir Path dir) throws Exception {
        List<PriceObservation> prices = SalesAssets.dailyPrices(TestData.context("2024-01-02"), TestData.rawPrices())
                .value();
        assertEquals(prices, roundTrip(dir, AssetKey.of("dailyPrices"), "2024-01-02", prices));
        DailySales sales =
                SalesAssets.dailySales(TestData.context("2024-01-02"), prices).value();
        assertEquals(sales, roundTrip(dir, AssetKey.of("dailySales"), "2024-01-02", sales));
        Object trends = SalesAssets.priceTrends(TestData.context(), Map.of("2024-01-02", prices))
                .value();
        assertEquals(trends, roundTrip(dir, AssetKey.of("priceTrends"), null, trends));
        Object totals = SalesAssets.salesTotals(Map.of("2024-01-02", sales)).value();
        assertEquals(totals, roundTrip(dir, AssetKey.of("salesTotals"), null, totals));
    }
}
