package dev.assetstudio.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive, order-keeping copies; {@code Map.copyOf} would lose the order users wrote. */
final class Copies {
    private Copies() {}

    static <V> Map<String, V> map(Map<String, ? extends V> source, String what) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        source.forEach((k, v) -> {
            Objects.requireNonNull(k, () -> what + " key");
            Objects.requireNonNull(v, () -> what + " value for " + k);
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    static List<String> list(List<String> source, String what) {
        if (source == null || source.isEmpty()) {
            return List.of();
        }
        List<String> copy = new ArrayList<>(source.size());
        for (String s : source) {
            copy.add(Objects.requireNonNull(s, what));
        }
        return Collections.unmodifiableList(copy);
    }
}
