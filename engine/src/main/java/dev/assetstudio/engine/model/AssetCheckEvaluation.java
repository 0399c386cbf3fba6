package dev.assetstudio.engine.model;

import dev.assetstudio.api.AssetCheckSeverity;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One result of an asset check, as a run produced it and as history keeps it.
 *
 * <pre>{@code
 * project.history().latestCheckEvaluations(AssetKey.of("orders")).get("ordersHaveIds").passed();
 * }</pre>
 *
 * @param runId the run it ran in
 * @param time when it ended
 * @param check the asset and the check's name
 * @param partition the partition checked, or {@code null}
 * @param passed whether it passed
 * @param severity how bad a failure is; ERROR for a check that threw
 * @param blocking whether the check blocks its asset's downstream assets when it fails with ERROR
 * @param description what the check found (for a check that threw, the error), or {@code ""}
 * @param metadata the result's metadata, in recorded order ({@code MetadataValue}s as history gives
 *     them back; see {@link MetadataValues#read})
 */
public record AssetCheckEvaluation(
        String runId,
        Instant time,
        CheckKey check,
        String partition,
        boolean passed,
        AssetCheckSeverity severity,
        boolean blocking,
        String description,
        Map<String, Object> metadata) {
    public AssetCheckEvaluation {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        description = description == null ? "" : description;
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A failed blocking check of severity ERROR: its asset's downstream assets are skipped. */
    public boolean blocksDownstream() {
        return !passed && blocking && severity == AssetCheckSeverity.ERROR;
    }

    /** {@code PASSED}, or {@code FAILED (ERROR)} / {@code FAILED (WARN)}. */
    public String outcome() {
        return passed ? "PASSED" : "FAILED (" + severity + ")";
    }
}
