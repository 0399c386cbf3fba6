package dev.assetstudio.engine.model;

import dev.assetstudio.api.AssetKey;
import java.util.Objects;

/**
 * Names one asset check: the checked asset and the check's name, written {@code orders/ordersHaveIds}
 * (the asset's key, then the name as a last segment) as in the selection {@code check:…}.
 */
public record CheckKey(AssetKey asset, String name) implements Comparable<CheckKey> {
    public CheckKey {
        Objects.requireNonNull(asset, "asset");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a check of " + asset + " needs a name");
        }
    }

    public static CheckKey of(AssetKey asset, String name) {
        return new CheckKey(asset, name);
    }

    /** Parses {@code a/b/checkName}: every segment but the last is the asset. */
    public static CheckKey parse(String text) {
        AssetKey whole = AssetKey.parse(text);
        if (whole.path().size() < 2) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a check: write the asset's key, a '/', then the check's name");
        }
        return new CheckKey(AssetKey.of(whole.path().subList(0, whole.path().size() - 1)), whole.name());
    }

    @Override
    public int compareTo(CheckKey o) {
        int c = asset.compareTo(o.asset);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return asset + "/" + name;
    }
}
