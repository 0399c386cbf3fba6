package dev.assetstudio.engine.model;

import dev.assetstudio.api.AssetKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a run: an asset, and the partition it materializes when partitioned. Written {@code
 * a/b} or {@code a/b[2022-07-23]}.
 */
public record StepKey(AssetKey asset, String partition) implements Comparable<StepKey> {
    public StepKey {
        Objects.requireNonNull(asset, "asset");
    }

    public static StepKey of(AssetKey asset) {
        return new StepKey(asset, null);
    }

    public static StepKey of(AssetKey asset, String partition) {
        return new StepKey(asset, partition);
    }

    /** Parses the written form {@code a/b} or {@code a/b[partition]}. */
    public static StepKey parse(String text) {
        int open = text.indexOf('[');
        if (open > 0 && text.endsWith("]")) {
            return new StepKey(AssetKey.parse(text.substring(0, open)), text.substring(open + 1, text.length() - 1));
        }
        return new StepKey(AssetKey.parse(text), null);
    }

    public Optional<String> partitionKey() {
        return Optional.ofNullable(partition);
    }

    @Override
    public int compareTo(StepKey o) {
        int c = asset.compareTo(o.asset);
        if (c != 0) {
            return c;
        }
        return partition == null
                ? (o.partition == null ? 0 : -1)
                : (o.partition == null ? 1 : partition.compareTo(o.partition));
    }

    @Override
    public String toString() {
        return partition == null ? asset.toString() : asset + "[" + partition + "]";
    }
}
