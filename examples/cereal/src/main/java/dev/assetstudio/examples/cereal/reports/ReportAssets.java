package dev.assetstudio.examples.cereal.reports;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.In;
import dev.assetstudio.api.Meta;
import dev.assetstudio.api.MetadataValue;
import dev.assetstudio.api.Output;
import dev.assetstudio.api.Resource;
import dev.assetstudio.examples.cereal.io.ReportDirectory;
import dev.assetstudio.examples.cereal.model.Cereal;
import dev.assetstudio.examples.cereal.model.ManufacturerStats;
import dev.assetstudio.examples.cereal.model.ShelfStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Markdown reports. The {@code String} ones are stored by the default I/O manager; {@link
 * #shoppingList} and {@link #reportIndex} return nothing and write their own files into the
 * {@code reports} resource's directory ({@code $ASSET_STUDIO_HOME/reports}, else {@code
 * ~/.asset-studio/reports}).
 */
public final class ReportAssets {
    /** The file {@link #shoppingList} writes. */
    public static final String SHOPPING_LIST_FILE = "shopping-list.md";

    /** The file {@link #reportIndex} writes. */
    public static final String INDEX_FILE = "index.md";

    /** A cereal goes on the shopping list with at most this much sugar (g per serving). */
    public static final int SHOPPING_MAX_SUGARS = 8;

    private ReportAssets() {}

    /** A markdown overview of manufacturers, sugary and high-protein cereals. */
    @Asset(
            owners = {"team:reports"},
            kinds = {"markdown"},
            description = "Markdown overview: manufacturers, sugary and high-protein cereals.")
    public static Output<String> nutritionSummary(
            Map<String, ManufacturerStats> manufacturerStats,
            List<Cereal> sugaryCereals,
            List<Cereal> highProteinCereals) {
        StringBuilder md = new StringBuilder("# Cereal nutrition\n\n");
        md.append("| Manufacturer | Cereals | Avg calories | Avg sugars (g) | Avg rating | Best rated |\n");
        md.append("|---|---:|---:|---:|---:|---|\n");
        manufacturerStats.values().stream()
                .sorted(Comparator.comparingInt(ManufacturerStats::cereals).reversed())
                .forEach(s -> md.append(String.format(
                        "| %s | %d | %.1f | %.1f | %.1f | %s |%n",
                        s.name(), s.cereals(), s.avgCalories(), s.avgSugars(), s.avgRating(), s.bestRated())));
        md.append("\n").append(sugaryCereals.size()).append(" sugary cereals (10 g of sugars or more), ");
        md.append(highProteinCereals.size()).append(" high in protein (4 g or more).\n");
        String text = md.toString();
        return Output.of(text)
                .withMetadata("num_manufacturers", manufacturerStats.size())
                .withMetadata("num_lines", text.lines().count())
                .withMetadata("preview", MetadataValue.markdown(text));
    }

    /**
     * Writes {@value #SHOPPING_LIST_FILE}: the best rated high-protein cereals with at most
     * {@value #SHOPPING_MAX_SUGARS} g of sugars. Returns nothing: the file is the asset.
     */
    @Asset(
            owners = {"team:reports"},
            kinds = {"markdown"},
            description = "Writes shopping-list.md: high-protein, not too sweet, best rated first.",
            metadata = {@Meta(key = "owner", value = "household@cereal.example")})
    public static void shoppingList(
            AssetContext context, List<Cereal> highProteinCereals, @Resource("reports") ReportDirectory reports)
            throws IOException {
        List<Cereal> picks = shoppingPicks(highProteinCereals);
        StringBuilder md = new StringBuilder("# Shopping list\n\n");
        for (Cereal c : picks) {
            md.append(String.format(
                    "- [ ] %s (%s): %d g protein, %d g sugars, rated %.1f%n",
                    c.name(), c.maker().displayName(), c.protein(), c.sugars(), c.rating()));
        }
        Path file = reports.write(SHOPPING_LIST_FILE, md.toString());
        context.log().info("wrote {} cereals to {}", picks.size(), file);
        context.addOutputMetadata(Map.of("path", file.toString(), "num_items", picks.size()));
    }

    /** What {@link #shoppingList} puts on the list, in order. */
    public static List<Cereal> shoppingPicks(List<Cereal> highProteinCereals) {
        return highProteinCereals.stream()
                .filter(c -> c.knownSugars() && c.sugars() <= SHOPPING_MAX_SUGARS)
                .sorted(Comparator.comparingDouble(Cereal::rating).reversed())
                .toList();
    }

    /** A one-line announcement of {@code standoutCereal}; skipped when it is not materialized. */
    @Asset(
            owners = {"team:reports"},
            kinds = {"markdown"},
            description = "Announces the standout cereal (skipped when there is none).")
    public static String standoutAnnouncement(Cereal standoutCereal) {
        return String.format(
                "Cereal of the week: %s by %s, rated %.1f.",
                standoutCereal.name(), standoutCereal.maker().displayName(), standoutCereal.rating());
    }

    /** A recall notice for {@code sodiumRecalls}; skipped when no cereal needs one. */
    @Asset(
            owners = {"team:reports"},
            kinds = {"markdown"},
            description = "Recall notice for high-sodium cereals (skipped when there are none).")
    public static String recallNotice(List<Cereal> sodiumRecalls) {
        StringBuilder text = new StringBuilder("Recall review: sodium above the limit in\n");
        sodiumRecalls.forEach(c -> text.append("- ")
                .append(c.name())
                .append(" (")
                .append(c.sodium())
                .append(" mg)\n"));
        return text.toString();
    }

    /** Which shelf holds the sweet stuff, from {@code warehouse/shelfPlacement}. */
    @Asset(
            owners = {"team:reports"},
            kinds = {"markdown"},
            description = "Markdown table of sugars and rating per shelf (reads warehouse/shelfPlacement).")
    public static String shelfReport(@In(key = {"warehouse", "shelfPlacement"}) Map<Integer, ShelfStats> shelves) {
        StringBuilder md = new StringBuilder("# Shelves\n\n| Shelf | Cereals | Avg sugars (g) | Avg rating |\n");
        md.append("|---:|---:|---:|---:|\n");
        shelves.values()
                .forEach(s -> md.append(String.format(
                        "| %d | %d | %.1f | %.1f |%n", s.shelf(), s.cereals(), s.avgSugars(), s.avgRating())));
        return md.toString();
    }

    /**
     * Writes {@value #INDEX_FILE}, linking the shopping list and embedding the summaries. The
     * shopping list is a file, not a value, so it is a {@code deps} dependency: it runs first and
     * shows in lineage, but nothing is passed.
     */
    @Asset(
            owners = {"team:reports"},
            kinds = {"markdown"},
            description = "Writes index.md: links shopping-list.md and embeds the summaries.",
            deps = {"shoppingList"})
    public static void reportIndex(
            AssetContext context,
            @Resource("reports") ReportDirectory reports,
            String nutritionSummary,
            String shelfReport)
            throws IOException {
        String md = "# Cereal reports\n\n- [Shopping list](" + SHOPPING_LIST_FILE + ")\n\n" + nutritionSummary + "\n"
                + shelfReport;
        Path file = reports.write(INDEX_FILE, md);
        context.log().info("wrote {}", file);
        context.addOutputMetadata(Map.of("path", file.toString()));
    }
}
