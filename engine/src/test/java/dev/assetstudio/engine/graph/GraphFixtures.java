package dev.assetstudio.engine.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Definitions for graph tests, written compactly. */
public final class GraphFixtures {
    private GraphFixtures() {}

    /** An asset {@code key} in {@code group} that depends (ordering only) on {@code upstream}. */
    public static AssetDefinition inGroup(String key, String group, String... upstream) {
        return AssetDefinition.builder(AssetKey.parse(key))
                .group(group)
                .deps(new LinkedHashSet<>(
                        Arrays.stream(upstream).map(AssetKey::parse).toList()))
                .computation((ctx, in, cfg) -> null)
                .build();
    }

    public static AssetDefinition asset(String key, String... upstream) {
        return inGroup(key, null, upstream);
    }

    public static AssetDefinition source(String key) {
        return AssetDefinition.builder(AssetKey.parse(key)).source(true).build();
    }

    public static AssetKey k(String key) {
        return AssetKey.parse(key);
    }

    public static List<AssetKey> keys(String... keys) {
        return Arrays.stream(keys).map(AssetKey::parse).toList();
    }
}
