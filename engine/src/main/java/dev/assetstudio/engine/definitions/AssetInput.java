package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetKey;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One data input of an asset: the upstream key it reads, the parameter it binds to, and how it is
 * loaded.
 *
 * @param parameterName the method parameter (or, for an {@code AssetSpec}, the key's text)
 * @param key the upstream asset
 * @param inputManagerKey the resource key of the I/O manager that loads it, or {@code null} for the
 *     upstream's own I/O manager
 * @param metadata the input's metadata (from {@code @In(metadata = ...)}), e.g.
 *     {@code allow_missing_partitions}
 * @param type the declared parameter type, handed to the I/O manager as the expected type
 */
public record AssetInput(
        String parameterName, AssetKey key, String inputManagerKey, Map<String, String> metadata, Class<?> type) {
    public AssetInput {
        Objects.requireNonNull(parameterName, "parameterName");
        Objects.requireNonNull(key, "key");
        metadata = Map.copyOf(metadata);
        type = type == null ? Object.class : type;
    }

    /** The I/O manager override for this input, if any. */
    public Optional<String> inputManager() {
        return Optional.ofNullable(inputManagerKey);
    }
}
