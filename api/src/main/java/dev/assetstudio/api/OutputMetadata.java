package dev.assetstudio.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Materialization metadata that user code adds while a step runs; thread-safe because an asset may
 * hand its context to its own worker threads.
 */
final class OutputMetadata {
    private final Map<String, Object> entries = new LinkedHashMap<>();

    synchronized void add(String key, Object value) {
        Objects.requireNonNull(key, "metadata key");
        Objects.requireNonNull(value, () -> "metadata value for " + key);
        entries.put(key, value);
    }

    void addAll(Map<String, ?> metadata) {
        Objects.requireNonNull(metadata, "metadata");
        metadata.forEach(this::add);
    }

    synchronized Map<String, Object> snapshot() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
