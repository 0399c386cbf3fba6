package dev.assetstudio.examples.cereal.nutrition;

import static java.util.stream.Collectors.groupingBy;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetCheck;
import dev.assetstudio.api.AssetCheckResult;
import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.Config;
import dev.assetstudio.api.Meta;
import dev.assetstudio.api.MetadataValue;
import dev.assetstudio.api.MultiAsset;
import dev.assetstudio.api.MultiOutput;
import dev.assetstudio.api.Out;
import dev.assetstudio.api.Output;
import dev.assetstudio.api.TableColumn;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.Manufacturer;
import dev.assetstudio.examples.cereal.model.ManufacturerStats;
import dev.assetstudio.examples.cereal.model.Stats;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Nutrition facts derived from {@code cereals}. */
public final class NutritionAssets {
    /** Sugars (g per serving) from which a cereal counts as sugary. */
    public static final int SUGARY_FROM = 10;

    /** Protein (g per serving) from which a cereal counts as high-protein. */
    public static final int HIGH_PROTEIN_FROM = 4;

    /** A rating above this makes a cereal a standout. */
    public static final double STANDOUT_RATING = 90;

    /** Sodium (mg per serving) above which a cereal is flagged for a recall review. */
    public static final int SODIUM_LIMIT = 400;

    private NutritionAssets() {}

    /**
     * Run config of {@link #lowSugarCereals}: the most sugar (g per serving) a low-sugar cereal
     * may have. Pass it as {@code --config '{"lowSugarCereals": {"maxSugars": 6}}'} (in the
     * launchpad: the {@code maxSugars} field of {@code lowSugarCereals}).
     */
    public record SugarThreshold(int maxSugars) implements Config {
        /** Rejects a negative threshold. */
        public SugarThreshold {
            if (maxSugars < 0) {
                throw new IllegalArgumentException("maxSugars must be at least 0, was " + maxSugars);
            }
        }

        /** The default when a run gives no config: the FDA's "low sugar" is about 6 g a serving. */
        public SugarThreshold() {
            this(6);
        }
    }

    /** Count and averages per manufacturer, keyed by manufacturer code. */
    @Asset(
            owners = {"team:nutrition"},
            kinds = {"java"},
            description = "Cereal count, average calories, sugars and rating per manufacturer.",
            codeVersion = "2",
            metadata = {@Meta(key = "owner", value = "nutrition@cereal.example")})
    public static Map<String, ManufacturerStats> manufacturerStats(AssetContext context, List<Cereal> cereals) {
        TreeMap<String, ManufacturerStats> stats = new TreeMap<>();
        cereals.stream()
                .collect(groupingBy(Cereal::manufacturer))
                .forEach((code, own) -> stats.put(code, statsOf(code, own)));
        ManufacturerStats best = stats.values().stream()
                .max(Comparator.comparingDouble(ManufacturerStats::avgRating))
                .orElseThrow();
        context.log().info("best rated manufacturer on average: {} ({})", best.name(), best.avgRating());
        context.addOutputMetadata(Map.of(
                "num_manufacturers", stats.size(),
                "best_manufacturer", best.name(),
                "best_avg_rating", best.avgRating()));
        context.addOutputMetadata(Map.of(
                "preview",
                MetadataValue.table(
                        List.of("manufacturer", "cereals", "avg_rating"),
                        stats.values().stream()
                                .map(s -> List.of(s.name(), s.cereals(), s.avgRating()))
                                .toList()),
                "schema",
                MetadataValue.tableSchema(
                        TableColumn.of("manufacturer", "string"),
                        TableColumn.of("cereals", "int"),
                        TableColumn.of("avg_rating", "decimal"))));
        return stats;
    }

    /** Cereals with at least {@value #SUGARY_FROM} g of sugars per serving. */
    @Asset(
            owners = {"team:nutrition"},
            kinds = {"csv", "java"},
            description = "Cereals with at least 10 g of sugars per serving, sweetest first.",
            ioManager = "csv",
            metadata = {@Meta(key = "owner", value = "nutrition@cereal.example")})
    public static Output<List<Cereal>> sugaryCereals(List<Cereal> cereals) {
        List<Cereal> sugary = cereals.stream()
                .filter(c -> c.sugars() >= SUGARY_FROM)
                .sorted(Comparator.comparingInt(Cereal::sugars).reversed().thenComparing(Cereal::name))
                .toList();
        return Output.of(sugary)
                .withMetadata("num_rows", sugary.size())
                .withMetadata("avg_sugar", Stats.mean(sugary, Cereal::sugars))
                .withMetadata("avg_rating", Stats.mean(sugary, Cereal::rating));
    }

    /** Cereals with at least {@value #HIGH_PROTEIN_FROM} g of protein per serving. */
    @Asset(
            owners = {"team:nutrition"},
            kinds = {"csv", "java"},
            description = "Cereals with at least 4 g of protein per serving, best rated first.",
            ioManager = "csv")
    public static Output<List<Cereal>> highProteinCereals(AssetContext context, List<Cereal> cereals) {
        List<Cereal> picked = cereals.stream()
                .filter(c -> c.protein() >= HIGH_PROTEIN_FROM)
                .sorted(Comparator.comparingDouble(Cereal::rating).reversed())
                .toList();
        context.log().info("{} of {} cereals are high in protein", picked.size(), cereals.size());
        return Output.of(picked)
                .withMetadata("num_rows", picked.size())
                .withMetadata("avg_protein", Stats.mean(picked, Cereal::protein))
                .withMetadata("avg_rating", Stats.mean(picked, Cereal::rating));
    }

    /**
     * Cereals with a known sugar content of at most {@code maxSugars} g per serving. Needs run
     * config, e.g. {@code {"lowSugarCereals": {"maxSugars": 6}}} (37 cereals).
     */
    @Asset(
            owners = {"team:nutrition"},
            kinds = {"java"},
            description = "Cereals with at most the configured grams of sugars (config: maxSugars).")
    public static Output<List<Cereal>> lowSugarCereals(
            AssetContext context, SugarThreshold threshold, List<Cereal> cereals) {
        List<Cereal> low = cereals.stream()
                .filter(c -> c.knownSugars() && c.sugars() <= threshold.maxSugars())
                .sorted(Comparator.comparing(Cereal::name))
                .toList();
        context.log().info("{} cereals with at most {} g of sugars", low.size(), threshold.maxSugars());
        return Output.of(low).withMetadata("num_rows", low.size()).withMetadata("max_sugars", threshold.maxSugars());
    }

    /**
     * The best rated cereal, materialized only when its rating is above {@value #STANDOUT_RATING};
     * otherwise not materialized and {@code standoutAnnouncement} is skipped.
     */
    @Asset(
            owners = {"team:nutrition"},
            kinds = {"java"},
            description = "The best rated cereal, only if it is rated above 90.",
            outputRequired = false)
    public static Optional<Cereal> standoutCereal(AssetContext context, List<Cereal> cereals) {
        Optional<Cereal> best = cereals.stream()
                .max(Comparator.comparingDouble(Cereal::rating))
                .filter(c -> c.rating() > STANDOUT_RATING);
        best.ifPresentOrElse(c -> context.log().info("standout: {} rated {}", c.name(), c.rating()), () -> context.log()
                .info("no cereal is rated above {}", STANDOUT_RATING));
        return best;
    }

    /**
     * Cereals above {@value #SODIUM_LIMIT} mg of sodium, materialized only when there are any.
     * None in the bundled data, so in a full run this asset is not materialized and {@code
     * recallNotice} is skipped.
     */
    @Asset(
            owners = {"team:nutrition"},
            kinds = {"java"},
            description = "Cereals above 400 mg of sodium per serving, only if there are any.",
            outputRequired = false,
            metadata = {@Meta(key = "owner", value = "quality@cereal.example"), @Meta(key = "priority", value = "high")
            })
    public static Optional<List<Cereal>> sodiumRecalls(AssetContext context, List<Cereal> cereals) {
        List<Cereal> salty =
                cereals.stream().filter(c -> c.sodium() > SODIUM_LIMIT).toList();
        context.log().info("{} cereals above {} mg of sodium", salty.size(), SODIUM_LIMIT);
        return salty.isEmpty() ? Optional.empty() : Optional.of(salty);
    }

    /**
     * Splits the cereals by type in one step: the cold ones (most of them) and the hot ones, which a
     * data set may lack (then {@code hotCereals} is not materialized).
     */
    @MultiAsset(
            outs = {
                @Out(
                        name = "coldCereals",
                        description = "The cereals served cold, best rated first.",
                        owners = {"team:nutrition"},
                        kinds = {"java"}),
                @Out(
                        name = "hotCereals",
                        description = "The cereals served hot, best rated first (only if there are any).",
                        owners = {"team:nutrition"},
                        kinds = {"java"},
                        outputRequired = false)
            })
    public static MultiOutput cerealsByType(List<Cereal> cereals) {
        Comparator<Cereal> bestFirst =
                Comparator.comparingDouble(Cereal::rating).reversed();
        List<Cereal> cold = cereals.stream()
                .filter(c -> !"H".equals(c.type()))
                .sorted(bestFirst)
                .toList();
        List<Cereal> hot = cereals.stream()
                .filter(c -> "H".equals(c.type()))
                .sorted(bestFirst)
                .toList();
        MultiOutput out = MultiOutput.of().put("coldCereals", Output.of(cold).withMetadata("num_rows", cold.size()));
        return hot.isEmpty() ? out : out.put("hotCereals", Output.of(hot).withMetadata("num_rows", hot.size()));
    }

    /** Ratings are a score out of 100; a value outside is a data error worth a warning. */
    @AssetCheck(asset = "sugaryCereals", description = "Every rating is between 0 and 100.")
    public static AssetCheckResult ratingsInRange(List<Cereal> sugaryCereals) {
        long outside = sugaryCereals.stream()
                .filter(c -> c.rating() < 0 || c.rating() > 100)
                .count();
        return AssetCheckResult.of(outside == 0)
                .withSeverity(AssetCheckSeverity.WARN)
                .withMetadata("outside_range", outside);
    }

    static ManufacturerStats statsOf(String code, List<Cereal> own) {
        Cereal best =
                own.stream().max(Comparator.comparingDouble(Cereal::rating)).orElseThrow();
        List<Cereal> knownSugars = own.stream().filter(Cereal::knownSugars).toList();
        return new ManufacturerStats(
                code,
                Manufacturer.fromCode(code).displayName(),
                own.size(),
                Stats.mean(own, Cereal::calories),
                Stats.mean(knownSugars, Cereal::sugars),
                Stats.mean(own, Cereal::rating),
                best.name());
    }
}
