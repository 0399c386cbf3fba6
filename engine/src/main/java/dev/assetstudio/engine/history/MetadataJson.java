package dev.assetstudio.engine.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetstudio.api.MetadataValue;
import dev.assetstudio.engine.model.MetadataValues;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Metadata maps to and from the JSON kept in the database.
 *
 * <p>Values are reduced to what JSON holds before writing (numbers, booleans, strings, lists, maps,
 * null; collections and arrays become lists, anything else its {@code toString()}) so that an
 * arbitrary object from user code never goes through bean serialization. Reading gives integral
 * numbers as {@link Long} ({@link java.math.BigInteger} beyond it), others as {@link Double}, and
 * unmodifiable maps (in recorded order) and lists.
 */
final class MetadataJson {
    // Not USE_LONG_FOR_INTS: it fails on integers beyond long instead of giving a BigInteger, which
    // would make a whole row unreadable. Integers are widened to Long in freeze() instead.
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {};

    private MetadataJson() {}

    /** JSON for a metadata map (or {@code {}} for null). */
    static String write(Map<String, ?> metadata) {
        return writeValue(metadata == null ? Map.of() : toJsonValue(metadata));
    }

    /** JSON for a list of strings (or {@code []} for null). */
    static String writeList(List<String> values) {
        return writeValue(values == null ? List.of() : values);
    }

    /** The metadata map written by {@link #write}, unmodifiable, in recorded order. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String json) {
        try {
            return (Map<String, Object>) freeze(MAPPER.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new HistoryException("unreadable metadata in history database: " + e.getOriginalMessage(), e);
        }
    }

    /** A map of strings written by {@link #write}. */
    static Map<String, String> readStrings(String json) {
        Map<String, String> result = new LinkedHashMap<>();
        read(json).forEach((k, v) -> result.put(k, v == null ? null : String.valueOf(v)));
        return Collections.unmodifiableMap(result);
    }

    /** A list of strings written by {@link #writeList}. */
    static List<String> readStringList(String json) {
        try {
            List<String> result = new ArrayList<>();
            for (Object o : MAPPER.readValue(json, LIST)) {
                result.add(String.valueOf(o));
            }
            return List.copyOf(result);
        } catch (JsonProcessingException e) {
            throw new HistoryException("unreadable list in history database: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The top-level entries of {@code metadata} that are finite numbers, as doubles, in order. Booleans
     * are not numbers here, and NaN or infinities cannot be plotted (nor stored as SQLite REAL).
     */
    static Map<String, Double> numericEntries(Map<String, ?> metadata) {
        Map<String, Double> result = new LinkedHashMap<>();
        if (metadata != null) {
            metadata.forEach((key, raw) -> {
                // a MetadataValue, or one reduced to its stored map by a worker process
                MetadataValue shown =
                        raw instanceof MetadataValue || raw instanceof Map<?, ?> ? MetadataValues.read(raw) : null;
                Object value = shown != null && shown.kind() == MetadataValue.Kind.NUMBER ? shown.value() : raw;
                if (key != null && value instanceof Number n) {
                    double d = n.doubleValue();
                    if (Double.isFinite(d)) {
                        result.put(key, d);
                    }
                }
            });
        }
        return result;
    }

    private static String writeValue(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code value} reduced to JSON's types. */
    private static Object toJsonValue(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte
                || value instanceof Double
                || value instanceof Float
                || value instanceof BigInteger
                || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Number n) {
            // AtomicLong, LongAdder and friends: their current value.
            return n instanceof java.util.concurrent.atomic.AtomicInteger
                            || n instanceof java.util.concurrent.atomic.AtomicLong
                            || n instanceof java.util.concurrent.atomic.LongAdder
                    ? (Object) n.longValue()
                    : (Object) n.doubleValue();
        }
        if (value instanceof MetadataValue m) {
            // kept with its kind, so readers show it as written (see MetadataValues.read)
            Map<String, Object> result = new LinkedHashMap<>();
            result.put(MetadataValues.KIND_FIELD, m.kind().name().toLowerCase(java.util.Locale.ROOT));
            result.put(MetadataValues.VALUE_FIELD, toJsonValue(m.value()));
            return result;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), toJsonValue(v)));
            return result;
        }
        // Collection, not Iterable: a Path is an Iterable of Paths and would recurse forever.
        if (value instanceof Collection<?> collection) {
            List<Object> result = new ArrayList<>(collection.size());
            collection.forEach(v -> result.add(toJsonValue(v)));
            return result;
        }
        if (value.getClass().isArray()) {
            List<Object> result = new ArrayList<>();
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                result.add(toJsonValue(Array.get(value, i)));
            }
            return result;
        }
        if (value instanceof Optional<?> optional) {
            return toJsonValue(optional.orElse(null));
        }
        return value.toString();
    }

    /** Makes what Jackson read unmodifiable, all the way down, with every small integer a Long. */
    private static Object freeze(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put((String) k, freeze(v)));
            return Collections.unmodifiableMap(result);
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            list.forEach(v -> result.add(freeze(v)));
            // Not List.copyOf: JSON arrays may hold nulls.
            return Collections.unmodifiableList(result);
        }
        return value;
    }
}
