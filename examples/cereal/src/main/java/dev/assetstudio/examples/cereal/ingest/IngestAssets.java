package dev.assetstudio.examples.cereal.ingest;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetCheck;
import dev.assetstudio.api.AssetCheckResult;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.In;
import dev.assetstudio.api.Meta;
import dev.assetstudio.api.Output;
import dev.assetstudio.api.Tag;
import dev.assetstudio.examples.cereal.io.CerealRows;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.Stats;
import java.util.List;
import java.util.Map;

/** Turns the raw cereal rows into {@link Cereal} records. */
public final class IngestAssets {
    private IngestAssets() {}

    /**
     * Every cereal of the data set as a typed record, stored as CSV by the {@code csv} I/O
     * manager.
     */
    @Asset(
            owners = {"team:data-eng", "data-eng@cereal.example"},
            kinds = {"csv", "java"},
            tags = {@Tag(key = "tier", value = "gold")},
            description = "The 77 cereals of the '80 cereals' data set, parsed and typed.",
            ioManager = "csv",
            codeVersion = "1",
            metadata = {@Meta(key = "owner", value = "data-eng@cereal.example"), @Meta(key = "priority", value = "high")
            })
    public static Output<List<Cereal>> cereals(AssetContext context, @In("cereal_csv") List<Map<String, String>> raw) {
        List<Cereal> cereals = raw.stream().map(CerealRows::fromRow).toList();
        long incomplete = cereals.stream().filter(Cereal::hasMissingValues).count();
        if (incomplete > 0) {
            context.log().warn("{} cereals have unknown (-1) nutrient values", incomplete);
        }
        context.log().info("parsed {} cereals", cereals.size());
        return Output.of(cereals)
                .withMetadata("num_rows", cereals.size())
                .withMetadata(
                        "num_manufacturers",
                        cereals.stream().map(Cereal::manufacturer).distinct().count())
                .withMetadata("rows_with_missing_values", incomplete)
                .withMetadata("avg_rating", Stats.mean(cereals, Cereal::rating));
    }

    /**
     * Every cereal has a name and a known manufacturer. Blocking: without them every downstream
     * table would group cereals wrongly, so a failure stops them in the same run.
     */
    @AssetCheck(asset = "cereals", description = "Every cereal has a name and a known manufacturer.", blocking = true)
    public static AssetCheckResult cerealsAreNamed(List<Cereal> cereals) {
        long unnamed = cereals.stream()
                .filter(c -> c.name() == null
                        || c.name().isBlank()
                        || c.manufacturer() == null
                        || c.manufacturer().isBlank())
                .count();
        return AssetCheckResult.of(unnamed == 0)
                .withMetadata("unnamed", unnamed)
                .withMetadata("checked", cereals.size());
    }
}
