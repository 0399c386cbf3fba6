package dev.assetstudio.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The identity and partition rules shared by {@link AssetContext}, {@link OutputContext} and {@link
 * InputContext} (and the built-in I/O managers), so that they agree on them. The typed resource lookup
 * they share is {@link Resources}.
 */
final class ContextSupport {
    private ContextSupport() {}

    /** {@code key}'s segments plus {@code partition} when it is not {@code null}; unmodifiable. */
    static List<String> assetIdentifier(AssetKey key, String partition) {
        List<String> id = new ArrayList<>(key.path());
        if (partition != null) {
            id.add(partition);
        }
        return List.copyOf(id);
    }

    /** The partition keys given, or else {@code partitionKey} alone when it is set, or else none. */
    static List<String> assetPartitionKeys(List<String> given, String partitionKey) {
        return assetPartitionKeys(given, partitionKey, List.of());
    }

    /**
     * The partition keys given, or else {@code partitionKey} alone when it is set, or else {@code
     * otherwise}.
     */
    static List<String> assetPartitionKeys(List<String> given, String partitionKey, List<String> otherwise) {
        if (!given.isEmpty()) {
            return given;
        }
        return partitionKey != null ? List.of(partitionKey) : otherwise;
    }

    /** Partitioned when known to be ({@code declared}), or when there are partition keys. */
    static boolean hasAssetPartitions(boolean declared, List<String> assetPartitionKeys) {
        return declared || !assetPartitionKeys.isEmpty();
    }
}
