package dev.assetstudio.api;

/**
 * How bad a failed {@link AssetCheck} is, as Dagster's {@code AssetCheckSeverity}.
 *
 * <pre>{@code
 * return AssetCheckResult.of(late == 0).withSeverity(AssetCheckSeverity.WARN);
 * }</pre>
 *
 * <p>A failed {@link #ERROR} check makes its asset DEGRADED (and, if blocking, skips the asset's
 * downstream assets); a failed {@link #WARN} check makes it WARNING and never blocks.
 */
public enum AssetCheckSeverity {
    /** A failure that degrades the asset; the default. */
    ERROR,
    /** A failure worth a warning only. */
    WARN
}
