package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetContext;

/**
 * How a check computes its result: an {@code @AssetCheck} method or an {@code AssetCheckSpec}'s
 * function. Returns the raw result (an {@code AssetCheckResult} or a {@code Boolean}); the executor
 * interprets it and treats a throw as a failed ERROR result. Call it through {@link UserCode#call}.
 */
@FunctionalInterface
public interface CheckComputation {
    /**
     * @param context the step's context (its asset key is the checked asset's)
     * @param assetValue the checked asset's value, or {@code null} when the check does not read it
     */
    Object evaluate(AssetContext context, Object assetValue) throws Exception;
}
