package dev.assetstudio.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An asset's value together with materialization metadata, recorded with this materialization
 * (numeric values are plotted over materializations).
 *
 * <pre>{@code
 * @Asset
 * public static Output<List<String>> table1() {
 *     var rows = List.of("a", "b");
 *     return Output.of(rows).withMetadata("num_rows", rows.size());
 * }
 * }</pre>
 *
 * <p>Immutable: {@link #withMetadata(String, Object)} returns a new output, so an output can be
 * shared and extended without surprising its other holders. Metadata keeps insertion order.
 *
 * @param <T> the value's type
 */
public final class Output<T> {
    private final T value;
    private final Map<String, Object> metadata;

    private Output(T value, Map<String, Object> metadata) {
        this.value = value;
        this.metadata = Collections.unmodifiableMap(metadata);
    }

    /** An output of {@code value} with no metadata. */
    public static <T> Output<T> of(T value) {
        return new Output<>(value, new LinkedHashMap<>());
    }

    /** A copy with one more metadata entry; an existing key is replaced in place. */
    public Output<T> withMetadata(String key, Object value) {
        Objects.requireNonNull(key, "metadata key");
        Objects.requireNonNull(value, () -> "metadata value for " + key);
        Map<String, Object> copy = new LinkedHashMap<>(metadata);
        copy.put(key, value);
        return new Output<>(this.value, copy);
    }

    /** The asset's value, handed to the I/O manager. */
    public T value() {
        return value;
    }

    /** The materialization metadata, unmodifiable, in insertion order. */
    public Map<String, Object> metadata() {
        return metadata;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Output<?> other && Objects.equals(value, other.value) && metadata.equals(other.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, metadata);
    }

    @Override
    public String toString() {
        return "Output[" + value + ", metadata=" + metadata + "]";
    }
}
