package dev.assetstudio.api;

import java.util.Map;

/**
 * The computation of an {@link AssetSpec} that receives the values of its {@link AssetSpec#ins
 * inputs}, keyed by upstream key.
 *
 * <pre>{@code
 * AssetSpec.of("total").ins("orders")
 *     .compute((ctx, in) -> ((List<?>) in.get(AssetKey.of("orders"))).size());
 * }</pre>
 *
 * <p>A partitioned upstream read by an unpartitioned asset arrives as a {@code Map<String, T>} by
 * partition key, as for annotated assets.
 */
@FunctionalInterface
public interface AssetFunctionWithInputs {
    /** Computes the asset's value from the context and the loaded inputs. */
    Object apply(AssetContext ctx, Map<AssetKey, Object> inputs) throws Exception;
}
