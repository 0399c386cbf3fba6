package dev.assetstudio.api;

/**
 * The computation of an {@link AssetCheckSpec}: reads the checked asset's value and says what it found.
 *
 * <pre>{@code
 * AssetCheckSpec.of("orders", "notEmpty").compute((ctx, orders) -> AssetCheckResult.of(!((List<?>) orders).isEmpty()));
 * }</pre>
 */
@FunctionalInterface
public interface AssetCheckFunction {
    /** Checks {@code assetValue} (as its I/O manager loads it; for a partitioned asset, one partition). */
    AssetCheckResult check(AssetContext context, Object assetValue) throws Exception;
}
