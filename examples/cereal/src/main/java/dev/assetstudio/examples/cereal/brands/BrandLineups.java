package dev.assetstudio.examples.cereal.brands;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AssetSpec;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.Manufacturer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An asset factory: one programmatic asset per featured manufacturer ({@code kelloggs_lineup},
 * {@code general_mills_lineup}, {@code post_lineup}, group {@code brands}), each that
 * manufacturer's {@code cereals}, best rated first. Shows that {@link AssetSpec}s and annotated
 * classes mix in one {@code Definitions}.
 */
public final class BrandLineups {
    /** The manufacturers that get an asset. */
    public static final List<Manufacturer> FEATURED =
            List.of(Manufacturer.KELLOGGS, Manufacturer.GENERAL_MILLS, Manufacturer.POST);

    private static final AssetKey CEREALS = AssetKey.of("cereals");

    private BrandLineups() {}

    /** One spec per featured manufacturer. */
    public static List<AssetSpec> specs() {
        return FEATURED.stream().map(BrandLineups::spec).toList();
    }

    private static AssetSpec spec(Manufacturer m) {
        return AssetSpec.of(keyOf(m))
                .ins(CEREALS.toString())
                .group("brands")
                .owners("team:brands", "brand-team@cereal.example")
                .kinds("java")
                .tags(java.util.Map.of("generated", ""))
                .codeVersion("1")
                .description("The cereals of " + m.displayName() + ", best rated first (generated).")
                .metadata("owner", "brand-team@cereal.example")
                .metadata("manufacturer", m.code())
                .compute((context, inputs) -> lineup(context, cereals(inputs), m));
    }

    /** The asset key of {@code m}'s lineup, e.g. {@code general_mills_lineup}. */
    public static String keyOf(Manufacturer m) {
        return m.name().toLowerCase(Locale.ROOT) + "_lineup";
    }

    /** {@code m}'s cereals, best rated first. */
    public static List<Cereal> lineup(AssetContext context, List<Cereal> cereals, Manufacturer m) {
        List<Cereal> lineup = cereals.stream()
                .filter(c -> c.manufacturer().equals(m.code()))
                .sorted(Comparator.comparingDouble(Cereal::rating).reversed())
                .toList();
        context.log().info("{} makes {} cereals", m.displayName(), lineup.size());
        return lineup;
    }

    @SuppressWarnings("unchecked")
    private static List<Cereal> cereals(Map<AssetKey, Object> inputs) {
        return (List<Cereal>) inputs.get(CEREALS);
    }
}
