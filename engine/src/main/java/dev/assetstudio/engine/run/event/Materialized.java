package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step's value was stored (or, for a {@code void} asset, the asset ran): the materialization and
 * its metadata, as history records it.
 */
public record Materialized(
        String runId, Instant time, StepKey step, Map<String, Object> metadata, String codeVersion, Duration duration)
        implements RunEvent, StepEvent {
    public Materialized {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
