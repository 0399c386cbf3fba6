package dev.assetstudio.app.catalog;

import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One chip of the catalog's filter menu: a tag, owner, kind or health the assets shown must have. A chip is
 * selection syntax the engine resolves ({@code kind:"csv"}); chips of one facet are alternatives, facets all apply.
 *
 * @param facet what the chip filters on
 * @param value the tag ({@code key=value} or {@code key}), owner, kind or health word
 */
public record FilterChip(Facet facet, String value) {

    /** What a chip filters on, in menu order. */
    public enum Facet {
        HEALTH("Health"),
        KIND("Kind"),
        OWNER("Owner"),
        TAG("Tag");

        private final String title;

        Facet(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The chip as the user reads it: {@code kind: csv}. */
    public String label() {
        return facet.title().toLowerCase(java.util.Locale.ROOT) + ": " + value;
    }

    /** The chip as selection syntax. */
    public String selection() {
        return switch (facet) {
            case HEALTH -> "status:" + value;
            case KIND -> "kind:" + quoted(value);
            case OWNER -> "owner:" + quoted(value);
            case TAG -> {
                int eq = value.indexOf('=');
                yield eq < 0
                        ? "tag:" + quoted(value)
                        : "tag:" + quoted(value.substring(0, eq)) + "=" + quoted(value.substring(eq + 1));
            }
        };
    }

    /** The selection all {@code chips} stand for: facets and-ed, values of one facet or-ed; empty for none. */
    public static String selectionOf(Collection<FilterChip> chips) {
        Map<Facet, List<String>> byFacet = new EnumMap<>(Facet.class);
        for (FilterChip chip : chips) {
            byFacet.computeIfAbsent(chip.facet(), f -> new ArrayList<>()).add(chip.selection());
        }
        return byFacet.values().stream()
                .map(alternatives -> "(" + String.join(" or ", alternatives) + ")")
                .collect(Collectors.joining(" and "));
    }

    /** Every chip that applies to some asset of {@code project}, by facet, sorted; every health word. */
    public static Map<Facet, List<FilterChip>> available(Project project) {
        Map<Facet, TreeSet<String>> values = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            values.put(facet, new TreeSet<>());
        }
        for (AssetHealth.State state : AssetHealth.State.values()) {
            values.get(Facet.HEALTH).add(state.word());
        }
        for (AssetDefinition asset : project.assets()) {
            values.get(Facet.KIND).addAll(asset.kinds());
            values.get(Facet.OWNER).addAll(asset.owners());
            asset.tags().forEach((k, v) -> values.get(Facet.TAG).add(v == null || v.isEmpty() ? k : k + "=" + v));
        }
        Map<Facet, List<FilterChip>> chips = new EnumMap<>(Facet.class);
        values.forEach((facet, words) -> chips.put(
                facet, words.stream().map(w -> new FilterChip(facet, w)).toList()));
        return chips;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "") + "\"";
    }
}
