package dev.assetstudio.examples.cereal;

import dev.assetstudio.api.SourceAsset;
import java.util.Map;

/**
 * The raw inputs of the project: CSV files shipped in the jar, read through the {@code
 * csv_source} I/O manager ({@link dev.assetstudio.examples.cereal.io.BundledCsvSource}). Source
 * assets are part of the graph and of lineage but are never materialized.
 */
public final class CerealSources {
    /** The classic "80 cereals" data set, 77 rows of nutrition facts and ratings. */
    public static final SourceAsset CEREAL_CSV = SourceAsset.of("cereal_csv")
            .withIoManager("csv_source")
            .withGroup("ingest")
            .withDescription("The '80 cereals' data set as shipped in the jar: one raw CSV row per cereal.")
            .withMetadata("owner", "data-eng@cereal.example");

    /** Two weeks (2024-01-01 to 2024-01-14) of shelf prices and units sold in two stores. */
    public static final SourceAsset STORE_PRICES_CSV = SourceAsset.of("store_prices_csv")
            .withIoManager("csv_source")
            .withGroup("ingest")
            .withDescription("Daily shelf prices and units sold per cereal and store, 2024-01-01 to 2024-01-14.")
            .withMetadata("owner", "sales@cereal.example");

    /** Source asset key to the classpath resource it is read from. */
    public static final Map<String, String> RESOURCES = Map.of(
            "cereal_csv", "/dev/assetstudio/examples/cereal/cereal.csv",
            "store_prices_csv", "/dev/assetstudio/examples/cereal/prices.csv");

    private CerealSources() {}
}
