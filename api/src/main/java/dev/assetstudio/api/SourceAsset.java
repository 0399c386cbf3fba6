package dev.assetstudio.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An asset produced outside the project: part of the graph and of lineage, never materialized, its
 * value loaded through its I/O manager (Dagster's {@code SourceAsset}).
 *
 * <pre>{@code
 * public static final SourceAsset CEREALS = SourceAsset.of("cereals").withIoManager("warehouse");
 *
 * @Asset public static List<String> sugaryCereals(List<String> cereals) { ... }
 * }</pre>
 *
 * <p>Immutable: each {@code with…} returns a copy. A {@code null} {@link #group()} or {@link
 * #description()} means unspecified; the engine then uses group {@code default}.
 */
public final class SourceAsset {
    private final AssetKey key;
    private final String ioManagerKey;
    private final String description;
    private final String group;
    private final Map<String, String> metadata;
    private final PartitionsDefinition partitions;

    private SourceAsset(
            AssetKey key,
            String ioManagerKey,
            String description,
            String group,
            Map<String, String> metadata,
            PartitionsDefinition partitions) {
        this.key = key;
        this.ioManagerKey = ioManagerKey;
        this.description = description;
        this.group = group;
        this.metadata = metadata;
        this.partitions = partitions;
    }

    /** A source asset with the written key {@code a/b}. */
    public static SourceAsset of(String key) {
        return of(AssetKey.parse(key));
    }

    /** A source asset with this key. */
    public static SourceAsset of(AssetKey key) {
        return new SourceAsset(Objects.requireNonNull(key, "key"), "io_manager", null, null, Map.of(), null);
    }

    /** A copy loaded by the I/O manager resource {@code ioManagerKey}. */
    public SourceAsset withIoManager(String ioManagerKey) {
        requireText(ioManagerKey, "I/O manager key");
        return new SourceAsset(key, ioManagerKey, description, group, metadata, partitions);
    }

    /** A copy with this description. */
    public SourceAsset withDescription(String description) {
        return new SourceAsset(key, ioManagerKey, description, group, metadata, partitions);
    }

    /** A copy in this group. */
    public SourceAsset withGroup(String group) {
        requireText(group, "group");
        return new SourceAsset(key, ioManagerKey, description, group, metadata, partitions);
    }

    /** A copy with one more definition metadata entry. */
    public SourceAsset withMetadata(String key, String value) {
        Objects.requireNonNull(key, "metadata key");
        Objects.requireNonNull(value, () -> "metadata value for " + key);
        Map<String, String> copy = new LinkedHashMap<>(metadata);
        copy.put(key, value);
        return new SourceAsset(
                this.key, ioManagerKey, description, group, Collections.unmodifiableMap(copy), partitions);
    }

    /** A copy whose value is stored by partition. */
    public SourceAsset withPartitions(PartitionsDefinition partitions) {
        return new SourceAsset(key, ioManagerKey, description, group, metadata, partitions);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " may not be blank");
        }
    }

    /** The asset's key. */
    public AssetKey key() {
        return key;
    }

    /** The resource key of the I/O manager that loads the value, {@code io_manager} by default. */
    public String ioManagerKey() {
        return ioManagerKey;
    }

    /** The description, or {@code null} when unspecified. */
    public String description() {
        return description;
    }

    /** The group, or {@code null} when unspecified (the engine then uses {@code default}). */
    public String group() {
        return group;
    }

    /** Definition metadata, unmodifiable, in insertion order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The partitions, if the source is partitioned. */
    public Optional<PartitionsDefinition> partitions() {
        return Optional.ofNullable(partitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceAsset other
                && key.equals(other.key)
                && ioManagerKey.equals(other.ioManagerKey)
                && Objects.equals(description, other.description)
                && Objects.equals(group, other.group)
                && metadata.equals(other.metadata)
                && Objects.equals(partitions, other.partitions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, ioManagerKey, description, group, metadata, partitions);
    }

    @Override
    public String toString() {
        return "SourceAsset[" + key + "]";
    }
}
