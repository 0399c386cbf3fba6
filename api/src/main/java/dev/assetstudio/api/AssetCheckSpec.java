package dev.assetstudio.api;

import java.util.Objects;
import java.util.Optional;

/**
 * An asset check defined in code, the programmatic form of {@link AssetCheck}, given to {@link
 * Definitions.Builder#assetCheck(AssetCheckSpec)}.
 *
 * <pre>{@code
 * Definitions.builder()
 *     .assetCheck(AssetCheckSpec.of("orders", "notEmpty").blocking(true)
 *             .compute((ctx, orders) -> AssetCheckResult.of(!((List<?>) orders).isEmpty())))
 *     .build();
 * }</pre>
 *
 * <p>Immutable: every setter returns a copy. The same rules as for {@link AssetCheck} apply.
 */
public final class AssetCheckSpec {
    private final AssetKey asset;
    private final String name;
    private String description = "";
    private boolean blocking;
    private AssetCheckFunction computation;

    private AssetCheckSpec(AssetKey asset, String name) {
        this.asset = Objects.requireNonNull(asset, "asset");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a check of " + asset + " needs a name");
        }
        this.name = name;
    }

    private AssetCheckSpec copy() {
        AssetCheckSpec c = new AssetCheckSpec(asset, name);
        c.description = description;
        c.blocking = blocking;
        c.computation = computation;
        return c;
    }

    /** A check named {@code name} of the asset written {@code a/b}. */
    public static AssetCheckSpec of(String asset, String name) {
        return new AssetCheckSpec(AssetKey.parse(asset), name);
    }

    /** A check named {@code name} of {@code asset}. */
    public static AssetCheckSpec of(AssetKey asset, String name) {
        return new AssetCheckSpec(asset, name);
    }

    /** The description shown with results. */
    public AssetCheckSpec description(String description) {
        AssetCheckSpec c = copy();
        c.description = Objects.requireNonNull(description, "description");
        return c;
    }

    /** Whether a failed ERROR result skips the asset's downstream assets. */
    public AssetCheckSpec blocking(boolean blocking) {
        AssetCheckSpec c = copy();
        c.blocking = blocking;
        return c;
    }

    /** The computation. */
    public AssetCheckSpec compute(AssetCheckFunction function) {
        AssetCheckSpec c = copy();
        c.computation = Objects.requireNonNull(function, "function");
        return c;
    }

    /** The checked asset. */
    public AssetKey asset() {
        return asset;
    }

    /** The check's name. */
    public String name() {
        return name;
    }

    /** The description, or {@code ""}. */
    public String description() {
        return description;
    }

    /** Whether it blocks. */
    public boolean blocking() {
        return blocking;
    }

    /** The computation; empty when {@code compute} was never called. */
    public Optional<AssetCheckFunction> computation() {
        return Optional.ofNullable(computation);
    }

    @Override
    public String toString() {
        return "AssetCheckSpec[" + asset + "/" + name + "]";
    }
}
