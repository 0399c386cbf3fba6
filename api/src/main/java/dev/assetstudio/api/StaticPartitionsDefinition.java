package dev.assetstudio.api;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Partitions with a fixed list of keys, such as regions.
 *
 * <pre>{@code
 * PartitionsDefinition regions = PartitionsDefinition.ofStatic("eu", "us", "apac");
 * regions.keysBetween("us", "apac");   // [us, apac]
 * }</pre>
 *
 * <p>Keys keep the order given; they must be unique and non-empty. Immutable and thread-safe.
 */
public final class StaticPartitionsDefinition extends PartitionsDefinition {
    private final List<String> keys;

    StaticPartitionsDefinition(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("static partitions need at least one key");
        }
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key.isBlank()) {
                throw new IllegalArgumentException("static partition keys " + keys + " contain a blank key");
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException("static partition key '" + key + "' appears twice");
            }
        }
        this.keys = List.copyOf(keys);
    }

    @Override
    public List<String> keys(Instant now) {
        return keys;
    }

    @Override
    public boolean contains(String key, Instant now) {
        return keys.contains(key);
    }

    @Override
    public List<String> keysBetween(String from, String to, Instant now) {
        int a = indexOf(from);
        int b = indexOf(to);
        if (a > b) {
            throw new IllegalArgumentException("partition range " + from + " to " + to + " is backwards");
        }
        return keys.subList(a, b + 1);
    }

    private int indexOf(String key) {
        int i = keys.indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a partition of " + describe());
        }
        return i;
    }

    @Override
    public Optional<TimeWindow> timeWindow(String key) {
        indexOf(key);
        return Optional.empty();
    }

    @Override
    public boolean isTimeBased() {
        return false;
    }

    @Override
    public String describe() {
        return "static: " + String.join(", ", keys);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaticPartitionsDefinition other && keys.equals(other.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }
}
