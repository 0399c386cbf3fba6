package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;

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
        int memberCount) {

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
