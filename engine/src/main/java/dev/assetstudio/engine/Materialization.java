package dev.assetstudio.engine;

import dev.assetstudio.api.AssetKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One recorded materialization of an asset (or of one partition of it), as kept in history.
 *
 * <pre>{@code
 * Optional<Materialization> m = project.history().latestMaterialization(AssetKey.of("table1"));
 * m.get().metadata().get("num_rows"); // a Long if an integral number was recorded
 * }</pre>
 *
 * <p>Metadata values come back as JSON gives them: integral numbers as {@link Long} (or {@link
 * java.math.BigInteger} beyond its range), other numbers as {@link Double}, booleans, strings, nested
 * lists and maps, and {@code null}. The map keeps the order in which entries were recorded and
 * cannot be modified.
 *
 * @param id the history store's id of this materialization, increasing in recording order
 * @param assetKey the asset
 * @param partition the partition key, or {@code null} for an unpartitioned asset
 * @param runId the run that produced it
 * @param timestamp when it was recorded
 * @param duration how long the step took
 * @param codeVersion the asset's code version at the time, or {@code null}
 * @param metadata the materialization metadata, in recorded order
 */
public record Materialization(
        long id,
        AssetKey assetKey,
        String partition,
        String runId,
        Instant timestamp,
        Duration duration,
        String codeVersion,
        Map<String, Object> metadata) {

    public Materialization {
        Objects.requireNonNull(assetKey, "assetKey");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(duration, "duration");
        // LinkedHashMap rather than Map.copyOf: recorded order matters to the studio and null values
        // are legal JSON.
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
