package dev.assetstudio.api;

/**
 * The computation of an {@link AssetSpec} that needs no upstream values.
 *
 * <pre>{@code
 * AssetSpec.of("answer").compute(ctx -> 42);
 * }</pre>
 *
 * <p>Return the value to store, an {@link Output} to add metadata, or, with {@code
 * outputRequired(false)}, an empty {@link java.util.Optional} to skip materializing.
 */
@FunctionalInterface
public interface AssetFunction {
    /** Computes the asset's value. */
    Object apply(AssetContext ctx) throws Exception;
}
