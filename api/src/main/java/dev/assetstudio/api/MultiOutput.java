package dev.assetstudio.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link MultiAsset} method returns: a value (or an {@link Output} with metadata) per out
 * name. An out left out is not materialized, which only an optional out may be.
 *
 * <pre>{@code
 * return MultiOutput.of()
 *         .put("cleanOrders", Output.of(clean).withMetadata("num_rows", clean.size()))
 *         .put("rejectedOrders", rejected);
 * }</pre>
 *
 * <p>Immutable: {@link #put} returns a copy. Entries keep insertion order.
 */
public final class MultiOutput {
    private final Map<String, Object> values;

    private MultiOutput(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** An empty result. */
    public static MultiOutput of() {
        return new MultiOutput(new LinkedHashMap<>());
    }

    /** A copy holding {@code value} (a plain value or an {@link Output}) for the out {@code name}. */
    public MultiOutput put(String name, Object value) {
        Objects.requireNonNull(name, "out name");
        Objects.requireNonNull(value, () -> "value of out " + name);
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new MultiOutput(copy);
    }

    /** The value given for {@code name}, if any. */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Every value by out name, unmodifiable, in insertion order. */
    public Map<String, Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiOutput m && values.equals(m.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "MultiOutput" + values.keySet();
    }
}
