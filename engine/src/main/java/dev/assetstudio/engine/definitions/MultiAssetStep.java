package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetKey;
import java.util.List;
import java.util.Objects;

/**
 * The one step a multi-asset's outs share: its name (the method's, or {@code @MultiAsset(name)}),
 * where it is defined, and every out's key. Materializing one out materializes them all.
 */
public record MultiAssetStep(String name, String definedIn, List<AssetKey> outs) {
    public MultiAssetStep {
        Objects.requireNonNull(name, "name");
        outs = List.copyOf(outs);
    }
}
