package dev.assetstudio.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link AssetCheck} found: passed or not, how bad a failure is, and metadata kept with the
 * result in history (shown on the studio's Checks tab and by {@code asset-studio checks}).
 *
 * <pre>{@code
 * return AssetCheckResult.of(missing == 0)
 *         .withSeverity(AssetCheckSeverity.ERROR)     // ERROR (default) or WARN
 *         .withMetadata("missing_ids", missing)
 *         .withDescription(missing + " orders have no id");
 * }</pre>
 *
 * <p>Immutable: every {@code with…} returns a copy. Metadata keeps insertion order and takes the
 * same values as {@link Output#withMetadata}, {@link MetadataValue}s included.
 */
public final class AssetCheckResult {
    private final boolean passed;
    private final AssetCheckSeverity severity;
    private final String description;
    private final Map<String, Object> metadata;

    private AssetCheckResult(
            boolean passed, AssetCheckSeverity severity, String description, Map<String, Object> metadata) {
        this.passed = passed;
        this.severity = severity;
        this.description = description;
        this.metadata = Collections.unmodifiableMap(metadata);
    }

    /** A result that passed or failed, severity {@link AssetCheckSeverity#ERROR}, no metadata. */
    public static AssetCheckResult of(boolean passed) {
        return new AssetCheckResult(passed, AssetCheckSeverity.ERROR, "", new LinkedHashMap<>());
    }

    /** A copy with this severity, which matters when the check failed. */
    public AssetCheckResult withSeverity(AssetCheckSeverity severity) {
        return new AssetCheckResult(
                passed, Objects.requireNonNull(severity, "severity"), description, new LinkedHashMap<>(metadata));
    }

    /** A copy with one more metadata entry; an existing key is replaced in place. */
    public AssetCheckResult withMetadata(String key, Object value) {
        Objects.requireNonNull(key, "metadata key");
        Objects.requireNonNull(value, () -> "metadata value for " + key);
        Map<String, Object> copy = new LinkedHashMap<>(metadata);
        copy.put(key, value);
        return new AssetCheckResult(passed, severity, description, copy);
    }

    /** A copy with a sentence saying what was found. */
    public AssetCheckResult withDescription(String description) {
        return new AssetCheckResult(
                passed, severity, Objects.requireNonNull(description, "description"), new LinkedHashMap<>(metadata));
    }

    /** Whether the check passed. */
    public boolean passed() {
        return passed;
    }

    /** The severity, {@link AssetCheckSeverity#ERROR} unless set. */
    public AssetCheckSeverity severity() {
        return severity;
    }

    /** What was found, or {@code ""}. */
    public String description() {
        return description;
    }

    /** The metadata, unmodifiable, in insertion order. */
    public Map<String, Object> metadata() {
        return metadata;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssetCheckResult r
                && passed == r.passed
                && severity == r.severity
                && description.equals(r.description)
                && metadata.equals(r.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(passed, severity, description, metadata);
    }

    @Override
    public String toString() {
        return "AssetCheckResult[" + (passed ? "passed" : "failed " + severity) + ", metadata=" + metadata + "]";
    }
}
