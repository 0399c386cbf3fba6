package dev.assetstudio.examples.cereal.brands;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetSpec;
import dev.assetstudio.examples.cereal.CerealSources;
import dev.assetstudio.examples.cereal.io.BundledCsvSource;
import dev.assetstudio.examples.cereal.io.CerealRows;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.Manufacturer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An asset factory: one programmatic asset per featured manufacturer ({@code kelloggs_lineup},
 * {@code general_mills_lineup}, {@code post_lineup}, group {@code brands}), each the
 * manufacturer's cereals read straight from the bundled {@code cereal_csv}, best rated first.
 * Shows that {@link AssetSpec}s and annotated classes mix in one {@code Definitions}.
 */
public final class BrandLineups {
    /** The manufacturers that get an asset. */
    public static final List<Manufacturer> FEATURED =
            List.of(Manufacturer.KELLOGGS, Manufacturer.GENERAL_MILLS, Manufacturer.POST);

    private BrandLineups() {}

    /** One spec per featured manufacturer. */
    public static List<AssetSpec> specs() {
        List<AssetSpec> specs = new ArrayList<>();
        for (Manufacturer m : FEATURED) {
            specs.add(AssetSpec.of(keyOf(m)).deps("cereal_csv").group("brands").compute(context -> lineup(context, m)));
        }
        return specs;
    }

    /** The asset key of {@code m}'s lineup, e.g. {@code general_mills_lineup}. */
    public static String keyOf(Manufacturer m) {
        return m.name().toLowerCase(Locale.ROOT) + "_lineup";
    }

    /** {@code m}'s cereals, best rated first. */
    public static List<Cereal> lineup(AssetContext context, Manufacturer m) {
        List<Cereal> lineup = BundledCsvSource.read(CerealSources.RESOURCES.get("cereal_csv")).stream()
                .map(CerealRows::fromRow)
                .filter(c -> c.manufacturer().equals(m.code()))
                .sorted(Comparator.comparingDouble(Cereal::rating).reversed())
                .toList();
        context.log().info("{} makes {} cereals", m.displayName(), lineup.size());
        return lineup;
    }
}
