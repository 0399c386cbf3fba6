package dev.assetstudio.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One run a sensor asks for: a selection, optionally one partition, and optionally a run key that
 * makes the request idempotent.
 *
 * <pre>{@code
 * MaterializeRequest.of("dailyPrices").partition("2024-01-15").runKey("prices-2024-01-15.csv");
 * MaterializeRequest.of("*priceTrends");
 * }</pre>
 *
 * <p>A request whose run key was already requested by the same sensor is skipped (with the reason
 * written in the tick), so a sensor may ask again safely; without a run key every request launches a
 * run. Immutable.
 */
public final class MaterializeRequest {
    private final String selection;
    private final String partition;
    private final String runKey;

    private MaterializeRequest(String selection, String partition, String runKey) {
        this.selection = selection;
        this.partition = partition;
        this.runKey = runKey;
    }

    /** A request to materialize {@code selection} (the engine's selection syntax). */
    public static MaterializeRequest of(String selection) {
        return new MaterializeRequest(Names.require(selection, "selection of a materialize request"), null, null);
    }

    /** The same request for one partition key. */
    public MaterializeRequest partition(String partitionKey) {
        return new MaterializeRequest(selection, Names.require(partitionKey, "partition key of " + selection), runKey);
    }

    /** The same request with a run key: a key requested before by this sensor is not run again. */
    public MaterializeRequest runKey(String key) {
        return new MaterializeRequest(selection, partition, Names.require(key, "run key of " + selection));
    }

    /** The selection text. */
    public String selection() {
        return selection;
    }

    /** The partition, if one. */
    public Optional<String> partitionKey() {
        return Optional.ofNullable(partition);
    }

    /** The run key, if one. */
    public Optional<String> runKey() {
        return Optional.ofNullable(runKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaterializeRequest r
                && selection.equals(r.selection)
                && Objects.equals(partition, r.partition)
                && Objects.equals(runKey, r.runKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(selection, partition, runKey);
    }

    @Override
    public String toString() {
        return selection + (partition == null ? "" : " [" + partition + "]") + (runKey == null ? "" : " key " + runKey);
    }
}
