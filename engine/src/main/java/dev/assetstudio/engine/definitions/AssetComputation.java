package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetKey;
import java.util.Map;

/**
 * How an asset computes its value: an {@code @Asset} method or an {@code AssetSpec}'s function,
 * behind one call so the executor does not care which.
 *
 * <p>The result is the raw return value (possibly an {@code Output}, an {@code Optional}, or
 * {@code null} for {@code void}); the executor interprets it. User exceptions are thrown as they
 * are (not wrapped in reflection exceptions), so the executor can wrap them with key and phase.
 * Implementations do not touch the thread's context class loader: call them through {@link
 * UserCode#call} with the project's loader, as the executor does.
 */
@FunctionalInterface
public interface AssetComputation {
    /**
     * @param context the step's context
     * @param inputs the loaded upstream values, by upstream key
     * @param config the bound config record, or {@code null} when the asset takes none
     */
    Object compute(AssetContext context, Map<AssetKey, Object> inputs, Object config) throws Exception;
}
