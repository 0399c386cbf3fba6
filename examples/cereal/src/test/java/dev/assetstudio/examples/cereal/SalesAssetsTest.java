package dev.assetstudio.examples.cereal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.examples.cereal.model.DailySales;
import dev.assetstudio.examples.cereal.model.PriceObservation;
import dev.assetstudio.examples.cereal.model.PriceTrend;
import dev.assetstudio.examples.cereal.model.SalesTotals;
import dev.assetstudio.examples.cereal.sales.SalesAssets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SalesAssetsTest {

    private static List<PriceObservation> day(String day) {
        try {
            return SalesAssets.dailyPrices(TestData.context(day), TestData.rawPrices())
                    .value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyDayHasTwentyObservations() {
        for (int d = 1; d <= 14; d++) {
            String key = String.format("2024-01-%02d", d);
            List<PriceObservation> prices = day(key);
            assertEquals(20, prices.size(), key);
            assertTrue(prices.stream().allMatch(p -> p.date().equals(LocalDate.parse(key))));
        }
        assertTrue(day("2024-01-15").isEmpty(), "no data after the last partition");
    }

    @Test
    void dailySalesSumsTheDay() {
        List<PriceObservation> prices = day("2024-01-06");
        DailySales sales =
                SalesAssets.dailySales(TestData.context("2024-01-06"), prices).value();
        assertEquals(LocalDate.of(2024, 1, 6), sales.date());
        assertEquals(prices.stream().mapToInt(PriceObservation::units).sum(), sales.units());
        assertTrue(sales.revenue() > 0);
    }

    @Test
    void rollupsReadEveryPartition() {
        Map<String, List<PriceObservation>> prices = new TreeMap<>();
        Map<String, DailySales> sales = new TreeMap<>();
        for (int d = 1; d <= 14; d++) {
            String key = String.format("2024-01-%02d", d);
            prices.put(key, day(key));
            sales.put(
                    key,
                    SalesAssets.dailySales(TestData.context(key), prices.get(key))
                            .value());
        }
        Map<String, PriceTrend> trends =
                SalesAssets.priceTrends(TestData.context(), prices).value();
        assertEquals(10, trends.size());
        PriceTrend cheerios = trends.get("Cheerios");
        assertEquals(14, cheerios.days());
        assertTrue(cheerios.lastPrice() > cheerios.firstPrice(), "prices drift upward over the two weeks");

        SalesTotals totals = SalesAssets.salesTotals(sales).value();
        assertEquals(14, totals.days());
        assertEquals(sales.values().stream().mapToInt(DailySales::units).sum(), totals.units());
        assertTrue(totals.bestDay().getDayOfWeek().getValue() >= 6, "weekends sell best: " + totals.bestDay());
    }
}
