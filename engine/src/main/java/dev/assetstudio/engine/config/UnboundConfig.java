package dev.assetstudio.engine.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step's config checked but not yet bound to its record, because the record's class lives in a
 * worker process: the worker binds {@code values} before the step runs.
 */
public record UnboundConfig(Map<String, Object> values) {
    public UnboundConfig {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
