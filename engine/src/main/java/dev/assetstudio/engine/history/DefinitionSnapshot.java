package dev.assetstudio.engine.history;

import dev.assetstudio.api.AssetKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one asset definition looked like when a jar was opened, so the studio can show definitions
 * (and compare code versions) of a jar that is no longer loadable.
 *
 * <p>Keys are in their written form ({@code a/b/c}) like the rest of the write side, so the store
 * does not depend on the engine's definitions model; {@link #key()} parses the asset's own key.
 *
 * @param assetKey the asset key, written {@code a/b/c}
 * @param group the group name, or {@code null}
 * @param description the description, or {@code null}
 * @param codeVersion the code version, or {@code null}
 * @param metadata the definition metadata, in declared order
 * @param upstreamKeys the keys of the assets it depends on, written {@code a/b/c}
 * @param definedIn where it is defined (e.g. {@code com.acme.Assets#table1}), or {@code null}
 * @param partitions a description of its partitions, or {@code null} if unpartitioned
 * @param source whether it is a source asset (observed, never materialized here)
 */
public record DefinitionSnapshot(
        String assetKey,
        String group,
        String description,
        String codeVersion,
        Map<String, String> metadata,
        List<String> upstreamKeys,
        String definedIn,
        String partitions,
        boolean source) {

    public DefinitionSnapshot {
        Objects.requireNonNull(assetKey, "assetKey");
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        upstreamKeys = upstreamKeys == null ? List.of() : List.copyOf(upstreamKeys);
    }

    /** The asset key, parsed. */
    public AssetKey key() {
        return AssetKey.parse(assetKey);
    }
}
