package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetKey;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Everything loaded from one jar, validated: the assets (sources included) by key, in key order,
 * the resources by key, and the class loader their code lives in.
 */
public record ProjectDefinitions(
        Path jar, Map<AssetKey, AssetDefinition> assets, Map<String, Object> resources, ClassLoader classLoader) {
    public ProjectDefinitions {
        assets = Collections.unmodifiableMap(new TreeMap<>(assets));
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    /** The definition of {@code key}; an error naming the key if there is none. */
    public AssetDefinition asset(AssetKey key) {
        AssetDefinition def = assets.get(key);
        if (def == null) {
            throw new NoSuchElementException("no asset " + key + " in " + jar.getFileName());
        }
        return def;
    }

    public Collection<AssetDefinition> all() {
        return assets.values();
    }
}
