package dev.assetstudio.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The identity of an asset: a non-empty path of segments, written {@code a/b/c}.
 *
 * <pre>{@code
 * AssetKey key = AssetKey.of("one", "two", "prefixed");
 * key.equals(AssetKey.parse("one/two/prefixed")); // true
 * key.path();                                      // [one, two, prefixed]
 * key.toString();                                  // "one/two/prefixed"
 * }</pre>
 *
 * <p>A segment may not be empty and may not contain {@code /}, since that is the separator of the
 * written form. Keys order by their path, segment by segment.
 */
public final class AssetKey implements Comparable<AssetKey>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> path;

    private AssetKey(List<String> path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an asset key needs at least one segment");
        }
        for (String segment : path) {
            Objects.requireNonNull(segment, "asset key segment");
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("asset key " + String.join("/", path) + " has an empty segment");
            }
            if (segment.indexOf('/') >= 0) {
                throw new IllegalArgumentException(
                        "asset key segment '" + segment + "' contains '/', the separator of key paths");
            }
        }
        this.path = List.copyOf(path);
    }

    /** A key from its segments: {@code AssetKey.of("a", "b")} is {@code a/b}. */
    public static AssetKey of(String... segments) {
        return new AssetKey(Arrays.asList(segments));
    }

    /** A key from its segments as a list. */
    public static AssetKey of(List<String> segments) {
        return new AssetKey(new ArrayList<>(segments));
    }

    /** Parses the written form {@code a/b/c}. */
    public static AssetKey parse(String text) {
        Objects.requireNonNull(text, "asset key text");
        return new AssetKey(Arrays.asList(text.split("/", -1)));
    }

    /** The segments, outermost first. */
    public List<String> path() {
        return path;
    }

    /** The last segment, the asset's own name. */
    public String name() {
        return path.get(path.size() - 1);
    }

    /** This key with {@code prefix} segments in front. */
    public AssetKey withPrefix(List<String> prefix) {
        List<String> segments = new ArrayList<>(prefix);
        segments.addAll(path);
        return new AssetKey(segments);
    }

    @Override
    public int compareTo(AssetKey other) {
        int n = Math.min(path.size(), other.path.size());
        for (int i = 0; i < n; i++) {
            int c = path.get(i).compareTo(other.path.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(path.size(), other.path.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssetKey other && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    /** A key read back from a stored value goes through the same checks as one made in code. */
    private Object readResolve() {
        return AssetKey.of(path);
    }

    /** The written form, segments joined by {@code /}. */
    @Override
    public String toString() {
        return String.join("/", path);
    }
}
