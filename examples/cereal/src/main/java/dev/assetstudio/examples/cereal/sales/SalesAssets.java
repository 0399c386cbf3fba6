package dev.assetstudio.examples.cereal.sales;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingInt;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.DailyPartitions;
import dev.assetstudio.api.Freshness;
import dev.assetstudio.api.In;
import dev.assetstudio.api.Meta;
import dev.assetstudio.api.Output;
import dev.assetstudio.examples.cereal.io.PriceDrops;
import dev.assetstudio.examples.cereal.model.DailySales;
import dev.assetstudio.examples.cereal.model.PriceObservation;
import dev.assetstudio.examples.cereal.model.PriceTrend;
import dev.assetstudio.examples.cereal.model.SalesTotals;
import dev.assetstudio.examples.cereal.model.Stats;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Two weeks of store prices, one partition per day (2024-01-01 to 2024-01-14), and the
 * non-partitioned rollups that read every materialized day at once.
 */
public final class SalesAssets {
    /** The first day of price data. */
    public static final String FIRST_DAY = "2024-01-01";

    /** The day after the last day of price data (partitions end before it, as in Dagster). */
    public static final String END = "2024-01-15";

    private SalesAssets() {}

    /** The price observations of the partition's day, read from the bundled store feed. */
    @Asset(
            owners = {"team:sales", "sales@cereal.example"},
            kinds = {"java"},
            description = "Shelf prices and units sold per cereal and store, one partition per day.",
            partitions = @DailyPartitions(start = FIRST_DAY, end = END),
            freshness = @Freshness(warnAfter = "PT24H", failAfter = "PT48H"),
            metadata = {@Meta(key = "owner", value = "sales@cereal.example")})
    public static Output<List<PriceObservation>> dailyPrices(
            AssetContext context, @In("store_prices_csv") List<Map<String, String>> feed) throws IOException {
        LocalDate day = LocalDate.parse(context.partitionKey());
        Optional<List<Map<String, String>>> dropped = PriceDrops.rows(day);
        if (dropped.isPresent()) {
            context.log().info("prices of {} from the dropped file in {}", day, PriceDrops.folder());
            feed = dropped.get();
        }
        List<PriceObservation> prices = feed.stream()
                .filter(row -> day.toString().equals(row.get("date")))
                .map(SalesAssets::observation)
                .toList();
        if (prices.isEmpty()) {
            context.log().warn("no price observations for {}", day);
        } else {
            context.log().info("{} price observations for {}", prices.size(), day);
        }
        return Output.of(prices)
                .withMetadata("num_rows", prices.size())
                .withMetadata("avg_price", Stats.mean(prices, PriceObservation::price));
    }

    /** Units and revenue of the partition's day over all stores. */
    @Asset(
            owners = {"team:sales", "sales@cereal.example"},
            kinds = {"java"},
            description = "Units sold and revenue per day over all stores.",
            partitions = @DailyPartitions(start = FIRST_DAY, end = END),
            freshness = @Freshness(warnAfter = "PT24H", failAfter = "PT48H"))
    public static Output<DailySales> dailySales(AssetContext context, List<PriceObservation> dailyPrices) {
        LocalDate day = LocalDate.parse(context.partitionKey());
        int units = dailyPrices.stream().mapToInt(PriceObservation::units).sum();
        double revenue = Stats.round2(
                dailyPrices.stream().mapToDouble(PriceObservation::revenue).sum());
        String bestSeller = dailyPrices.stream()
                .collect(groupingBy(PriceObservation::cereal, TreeMap::new, summingInt(PriceObservation::units)))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
        return Output.of(new DailySales(day, units, revenue, bestSeller))
                .withMetadata("units", units)
                .withMetadata("revenue", revenue);
    }

    /**
     * Per cereal, how its average price moved over every materialized day. Not partitioned, so
     * it receives all partitions of {@code dailyPrices} as a map from day to observations.
     */
    @Asset(
            owners = {"team:sales", "sales@cereal.example"},
            kinds = {"java"},
            description = "First, last, lowest and highest average price per cereal over all days.",
            automation = "eager")
    public static Output<Map<String, PriceTrend>> priceTrends(
            AssetContext context, Map<String, List<PriceObservation>> dailyPrices) {
        // cereal -> day -> average price over the stores
        Map<String, TreeMap<String, Double>> byCereal = new TreeMap<>();
        new TreeMap<>(dailyPrices).forEach((day, prices) -> prices.stream()
                .collect(groupingBy(PriceObservation::cereal))
                .forEach((cereal, own) -> byCereal.computeIfAbsent(cereal, k -> new TreeMap<>())
                        .put(day, Stats.mean(own, PriceObservation::price))));
        TreeMap<String, PriceTrend> trends = new TreeMap<>();
        byCereal.forEach((cereal, perDay) -> {
            List<Double> prices = new ArrayList<>(perDay.values());
            trends.put(
                    cereal,
                    new PriceTrend(
                            cereal,
                            prices.size(),
                            prices.get(0),
                            prices.get(prices.size() - 1),
                            prices.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .min()
                                    .orElse(0),
                            prices.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .max()
                                    .orElse(0)));
        });
        context.log().info("price trends of {} cereals over {} days", trends.size(), dailyPrices.size());
        PriceTrend rising = trends.values().stream()
                .max(Comparator.comparingDouble(PriceTrend::changePercent))
                .orElseThrow(() -> new IllegalStateException("no price observations in any partition"));
        return Output.of((Map<String, PriceTrend>) trends)
                .withMetadata("num_days", dailyPrices.size())
                .withMetadata("num_cereals", trends.size())
                .withMetadata("largest_increase", rising.cereal())
                .withMetadata("largest_increase_pct", Stats.round2(rising.changePercent()));
    }

    /** Units and revenue summed over every materialized day of {@code dailySales}. */
    @Asset(
            owners = {"team:sales", "sales@cereal.example"},
            kinds = {"java"},
            description = "Units and revenue over all materialized days, and the best day.")
    public static Output<SalesTotals> salesTotals(Map<String, DailySales> dailySales) {
        int units = dailySales.values().stream().mapToInt(DailySales::units).sum();
        double revenue = Stats.round2(
                dailySales.values().stream().mapToDouble(DailySales::revenue).sum());
        LocalDate bestDay = dailySales.values().stream()
                .max(Comparator.comparingDouble(DailySales::revenue))
                .map(DailySales::date)
                .orElse(null);
        return Output.of(new SalesTotals(dailySales.size(), units, revenue, bestDay))
                .withMetadata("num_days", dailySales.size())
                .withMetadata("units", units)
                .withMetadata("revenue", revenue);
    }

    static PriceObservation observation(Map<String, String> row) {
        return new PriceObservation(
                LocalDate.parse(row.get("date")),
                row.get("cereal"),
                row.get("store"),
                Double.parseDouble(row.get("price")),
                Integer.parseInt(row.get("units")));
    }
}
