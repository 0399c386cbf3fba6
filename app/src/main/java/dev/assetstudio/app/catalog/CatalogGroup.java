package dev.assetstudio.app.catalog;

import dev.assetstudio.api.AssetKey;
import java.util.List;

/**
 * One group row of the catalog and the assets shown under it. Its colour is {@code GroupColors.styleClass(name)},
 * as in every other view.
 *
 * @param name the group's name
 * @param keys the assets shown, in natural order ({@code n2} before {@code n10})
 * @param total how many assets the group has, shown or not
 */
public record CatalogGroup(String name, List<AssetKey> keys, int total) {

    public CatalogGroup {
        keys = List.copyOf(keys);
    }

    /** The row's text: {@code nutrition (6)}, or {@code nutrition (2 of 6)} while filtered. */
    public String label() {
        return keys.size() == total ? name + " (" + total + ")" : name + " (" + keys.size() + " of " + total + ")";
    }
}
