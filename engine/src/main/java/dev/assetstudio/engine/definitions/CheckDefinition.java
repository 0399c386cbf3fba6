package dev.assetstudio.engine.definitions;

import dev.assetstudio.engine.model.CheckKey;
import java.util.Objects;

/**
 * A resolved asset check: which asset it checks, its name, whether it blocks, and how it computes.
 *
 * <pre>{@code
 * project.asset(AssetKey.of("orders")).checks().get(0).blocking();
 * }</pre>
 *
 * @param key the asset and the check's name
 * @param description shown with results, or {@code ""}
 * @param blocking a failed ERROR result skips the asset's downstream assets in that run
 * @param readsValue whether the computation takes the asset's value (so it must be loaded)
 * @param definedIn where it is defined, e.g. {@code com.example.OrderAssets#ordersHaveIds}
 */
public record CheckDefinition(
        CheckKey key,
        String description,
        boolean blocking,
        boolean readsValue,
        String definedIn,
        CheckComputation computation) {
    public CheckDefinition {
        Objects.requireNonNull(key, "key");
        description = description == null ? "" : description;
        definedIn = definedIn == null ? "" : definedIn;
        Objects.requireNonNull(computation, "computation");
    }

    /** The check's name. */
    public String name() {
        return key.name();
    }
}
