package dev.assetstudio.examples.cereal;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.examples.cereal.ingest.IngestAssets;
import dev.assetstudio.examples.cereal.io.BundledCsvSource;
import dev.assetstudio.examples.cereal.model.Cereal;
import java.util.List;
import java.util.Map;

/** The bundled data, loaded the way a run would: source rows, then the {@code cereals} asset. */
public final class TestData {
    private TestData() {}

    public static List<Map<String, String>> rawCereals() {
        return BundledCsvSource.read(CerealSources.RESOURCES.get("cereal_csv"));
    }

    public static List<Map<String, String>> rawPrices() {
        return BundledCsvSource.read(CerealSources.RESOURCES.get("store_prices_csv"));
    }

    public static List<Cereal> cereals() {
        return IngestAssets.cereals(context(), rawCereals()).value();
    }

    public static AssetContext context() {
        return AssetContext.builder().build();
    }

    public static AssetContext context(String partitionKey) {
        return AssetContext.builder().partitionKey(partitionKey).build();
    }

    public static Cereal named(List<Cereal> cereals, String name) {
        return cereals.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cereal named " + name));
    }
}
