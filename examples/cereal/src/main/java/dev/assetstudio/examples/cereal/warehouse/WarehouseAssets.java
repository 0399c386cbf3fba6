package dev.assetstudio.examples.cereal.warehouse;

import static java.util.stream.Collectors.groupingBy;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetGroup;
import dev.assetstudio.api.In;
import dev.assetstudio.api.KeyPrefix;
import dev.assetstudio.api.Output;
import dev.assetstudio.api.StaticPartitions;
import dev.assetstudio.api.Tag;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.ShelfStats;
import dev.assetstudio.examples.cereal.model.Stats;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Group {@code warehouse}: where the boxes go. Every key here starts with {@code warehouse/}
 * ({@code warehouse/shelfPlacement}, {@code warehouse/manufacturerLineup}).
 */
@Tag(key = "domain", value = "warehouse")
@AssetGroup("warehouse")
@KeyPrefix({"warehouse"})
public final class WarehouseAssets {
    /** The manufacturer codes, the partitions of {@link #manufacturerLineup}. */
    public static final String[] MANUFACTURERS = {"A", "G", "K", "N", "P", "Q", "R"};

    private WarehouseAssets() {}

    /** Per shelf (1 = floor, 3 = top): how many cereals, their average sugars and rating. */
    @Asset(
            owners = {"team:warehouse"},
            kinds = {"java"},
            description = "Cereal count, average sugars and rating per store shelf.",
            codeVersion = "1")
    public static Output<Map<Integer, ShelfStats>> shelfPlacement(
            AssetContext context, @In("cereals") List<Cereal> cereals) {
        TreeMap<Integer, ShelfStats> shelves = new TreeMap<>();
        cereals.stream().collect(groupingBy(Cereal::shelf)).forEach((shelf, own) -> {
            List<Cereal> known = own.stream().filter(Cereal::knownSugars).toList();
            shelves.put(
                    shelf,
                    new ShelfStats(
                            shelf, own.size(), Stats.mean(known, Cereal::sugars), Stats.mean(own, Cereal::rating)));
        });
        ShelfStats sweetest = shelves.values().stream()
                .max(Comparator.comparingDouble(ShelfStats::avgSugars))
                .orElseThrow();
        context.log().info("sweetest shelf: {} ({} g of sugars on average)", sweetest.shelf(), sweetest.avgSugars());
        return Output.of((Map<Integer, ShelfStats>) shelves)
                .withMetadata("num_shelves", shelves.size())
                .withMetadata("sweetest_shelf", sweetest.shelf())
                .withMetadata("sweetest_shelf_avg_sugar", sweetest.avgSugars());
    }

    /** One manufacturer's cereals, best rated first: one partition per manufacturer code. */
    @Asset(
            owners = {"team:warehouse"},
            kinds = {"java"},
            description = "The cereals of one manufacturer (partitioned by manufacturer code), best rated first.")
    @StaticPartitions({"A", "G", "K", "N", "P", "Q", "R"})
    public static Output<List<Cereal>> manufacturerLineup(AssetContext context, @In("cereals") List<Cereal> cereals) {
        String code = context.partitionKey();
        List<Cereal> lineup = cereals.stream()
                .filter(c -> c.manufacturer().equals(code))
                .sorted(Comparator.comparingDouble(Cereal::rating).reversed())
                .toList();
        context.log().info("manufacturer {}: {} cereals", code, lineup.size());
        return Output.of(lineup)
                .withMetadata("num_rows", lineup.size())
                .withMetadata("avg_rating", Stats.mean(lineup, Cereal::rating));
    }
}
