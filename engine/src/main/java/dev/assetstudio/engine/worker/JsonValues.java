package dev.assetstudio.engine.worker;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces objects from user code to what JSON holds before they cross to the engine: numbers,
 * booleans, strings and null stay, collections and arrays become lists, maps maps (string keys),
 * anything else its {@code toString()} (as history would record it anyway).
 */
final class JsonValues {
    private JsonValues() {}

    static Map<String, Object> reduce(Map<String, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
        return out;
    }

    static Object value(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        if (v instanceof dev.assetstudio.api.MetadataValue m) {
            // keeps its kind across the process boundary, as history keeps it (MetadataValues.read)
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(
                    dev.assetstudio.engine.model.MetadataValues.KIND_FIELD,
                    m.kind().name().toLowerCase(java.util.Locale.ROOT));
            out.put(dev.assetstudio.engine.model.MetadataValues.VALUE_FIELD, value(m.value()));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(x -> out.add(value(x)));
            return out;
        }
        if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(value(Array.get(v, i)));
            }
            return out;
        }
        return String.valueOf(v);
    }
}
