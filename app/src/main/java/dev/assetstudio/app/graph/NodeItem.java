package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.MultiAssetStep;
import java.util.List;

/**
 * What the graph shows on one card, besides where it is: an asset, or a collapsed group standing for its
 * assets.
 *
 * @param id the layout node id ({@code a/b} for an asset, {@code group:NAME} for a collapsed group)
 * @param key the asset, or {@code null} for a collapsed group
 * @param group the asset's group (or the collapsed group's name)
 * @param prefix the key without its last segment, e.g. {@code raw/} ({@code ""} when none)
 * @param name the last segment of the key (or the group name)
 * @param source whether the asset is a source (loaded, never materialized here)
 * @param partitioned whether the asset has partitions (the card keeps room for a health bar)
 * @param configurable whether the asset takes a config object
 * @param memberCount for a collapsed group, how many assets it stands for; 1 for an asset
 * @param kinds the asset's kinds, sorted, drawn as small labels ({@code csv}, {@code java})
 * @param step the multi-asset step the asset is an out of, or {@code null}: its siblings share one step
 */
public record NodeItem(
        String id,
        AssetKey key,
        String group,
        String prefix,
        String name,
        boolean source,
        boolean partitioned,
        boolean configurable,
        int memberCount,
        List<String> kinds,
        MultiAssetStep step) {

    public NodeItem {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** A card without kinds or shared step. */
    public NodeItem(
            String id,
            AssetKey key,
            String group,
            String prefix,
            String name,
            boolean source,
            boolean partitioned,
            boolean configurable,
            int memberCount) {
        this(id, key, group, prefix, name, source, partitioned, configurable, memberCount, List.of(), null);
    }

    /** Whether this card is one out of a multi-asset step with more than one out. */
    public boolean sharesStep() {
        return step != null && step.outs().size() > 1;
    }

    private static final String GROUP_PREFIX = "group:";

    /** The node id of {@code group} when it is collapsed. */
    public static String groupNodeId(String group) {
        return GROUP_PREFIX + group;
    }

    /** Whether this card stands for a collapsed group. */
    public boolean isGroup() {
        return key == null;
    }
}
