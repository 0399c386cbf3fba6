package dev.assetstudio.api;

import java.time.Duration;
import java.util.Objects;

/**
 * The programmatic form of {@link Freshness}, for {@link AssetSpec#freshness(FreshnessPolicy)}.
 *
 * <pre>{@code
 * AssetSpec.of("orders").freshness(FreshnessPolicy.maxLag("PT12H", "PT24H"));
 * AssetSpec.of("report").freshness(FreshnessPolicy.deadline("0 9 * * *").withTimezone("Europe/Berlin"));
 * }</pre>
 *
 * <p>Holds the text as written; the engine validates it when the project is loaded, with an error
 * naming the asset (so an annotation and a spec are refused with the same words). Empty strings mean
 * "not set". Immutable.
 */
public final class FreshnessPolicy {
    private final String warnAfter;
    private final String failAfter;
    private final String deadline;
    private final String timezone;

    private FreshnessPolicy(String warnAfter, String failAfter, String deadline, String timezone) {
        this.warnAfter = Objects.requireNonNull(warnAfter, "warnAfter");
        this.failAfter = Objects.requireNonNull(failAfter, "failAfter");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.timezone = Objects.requireNonNull(timezone, "timezone");
    }

    /** A maximum lag: ISO-8601 durations after which the asset is WARNING, then DEGRADED ("" = never). */
    public static FreshnessPolicy maxLag(String warnAfter, String failAfter) {
        return new FreshnessPolicy(warnAfter, failAfter, "", "UTC");
    }

    /** A maximum lag given as durations ({@code null} = never). */
    public static FreshnessPolicy maxLag(Duration warnAfter, Duration failAfter) {
        return maxLag(warnAfter == null ? "" : warnAfter.toString(), failAfter == null ? "" : failAfter.toString());
    }

    /** A cron deadline (five fields): each tick must have seen a materialization since the tick before. */
    public static FreshnessPolicy deadline(String cron) {
        return new FreshnessPolicy("", "", cron, "UTC");
    }

    /** The policy an annotation declares. */
    public static FreshnessPolicy of(Freshness annotation) {
        return new FreshnessPolicy(
                annotation.warnAfter(), annotation.failAfter(), annotation.deadline(), annotation.timezone());
    }

    /** A copy whose deadline is read in {@code zone} (e.g. {@code Europe/Berlin}). */
    public FreshnessPolicy withTimezone(String zone) {
        return new FreshnessPolicy(warnAfter, failAfter, deadline, zone);
    }

    /** The warning lag as written, or {@code ""}. */
    public String warnAfter() {
        return warnAfter;
    }

    /** The failing lag as written, or {@code ""}. */
    public String failAfter() {
        return failAfter;
    }

    /** The cron deadline as written, or {@code ""}. */
    public String deadline() {
        return deadline;
    }

    /** The deadline's time zone. */
    public String timezone() {
        return timezone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FreshnessPolicy f
                && warnAfter.equals(f.warnAfter)
                && failAfter.equals(f.failAfter)
                && deadline.equals(f.deadline)
                && timezone.equals(f.timezone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warnAfter, failAfter, deadline, timezone);
    }

    /** As shown on the Definition tab: {@code warn after PT12H, fail after PT24H} or {@code deadline 0 9 * * * (UTC)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (!warnAfter.isEmpty()) {
            s.append("warn after ").append(warnAfter);
        }
        if (!failAfter.isEmpty()) {
            s.append(s.length() > 0 ? ", " : "").append("fail after ").append(failAfter);
        }
        if (!deadline.isEmpty()) {
            s.append(s.length() > 0 ? ", " : "")
                    .append("deadline ")
                    .append(deadline)
                    .append(" (")
                    .append(timezone)
                    .append(')');
        }
        return s.toString();
    }
}
