package dev.assetstudio.api;

import java.util.Map;

/** The typed resource lookup shared by the contexts, so every context fails with the same words. */
final class Resources {
    private Resources() {}

    static <T> T get(Map<String, Object> resources, String key, Class<T> type) {
        Object value = resources.get(key);
        if (value == null) {
            throw new IllegalStateException(
                    "no resource '" + key + "' in the definitions (known resources: " + resources.keySet() + ")");
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException(
                    "resource '" + key + "' is a " + value.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(value);
    }
}
