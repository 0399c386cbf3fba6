package dev.assetstudio.engine.backfill;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.AssetSelection;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a backfill is asked to do: a selection, and for each partitions definition the partitions to
 * materialize (every partition up to now unless narrowed), plus config and where it came from.
 *
 * <pre>{@code
 * BackfillRequest request = BackfillRequest.builder(AssetSelection.all())
 *     .partitions(dailyDefinition, List.of("2022-07-01", "2022-07-02"))   // only these days
 *     .origin(BackfillOrigin.STUDIO)
 *     .build();
 * }</pre>
 */
public final class BackfillRequest {
    private final AssetSelection selection;
    private final Map<PartitionsDefinition, List<String>> partitions;
    private final Map<AssetKey, Map<String, Object>> config;
    private final BackfillOrigin origin;

    private BackfillRequest(Builder b) {
        this.selection = b.selection;
        this.partitions = Collections.unmodifiableMap(new LinkedHashMap<>(b.partitions));
        this.config = Collections.unmodifiableMap(new LinkedHashMap<>(b.config));
        this.origin = b.origin;
    }

    /** Every partition of every selected asset, from the API. */
    public static BackfillRequest of(AssetSelection selection) {
        return builder(selection).build();
    }

    public static Builder builder(AssetSelection selection) {
        return new Builder(selection);
    }

    public AssetSelection selection() {
        return selection;
    }

    /** The partitions asked for of {@code definition}; empty means all of them (up to now). */
    public Optional<List<String>> partitions(PartitionsDefinition definition) {
        return Optional.ofNullable(partitions.get(definition));
    }

    /** The narrowed partitions definitions with their keys. */
    public Map<PartitionsDefinition, List<String>> partitions() {
        return partitions;
    }

    /** Config by asset key. */
    public Map<AssetKey, Map<String, Object>> config() {
        return config;
    }

    public BackfillOrigin origin() {
        return origin;
    }

    /** Builds a {@link BackfillRequest}. */
    public static final class Builder {
        private final AssetSelection selection;
        private final Map<PartitionsDefinition, List<String>> partitions = new LinkedHashMap<>();
        private final Map<AssetKey, Map<String, Object>> config = new LinkedHashMap<>();
        private BackfillOrigin origin = BackfillOrigin.API;

        private Builder(AssetSelection selection) {
            this.selection = Objects.requireNonNull(selection, "selection");
        }

        /** Only these partitions of the assets partitioned by {@code definition}; a repeated definition replaces. */
        public Builder partitions(PartitionsDefinition definition, Collection<String> keys) {
            Objects.requireNonNull(definition, "definition");
            partitions.put(definition, List.copyOf(keys));
            return this;
        }

        /** The config of {@code asset}. */
        public Builder config(AssetKey asset, Map<String, ?> fields) {
            config.put(asset, Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
            return this;
        }

        public Builder origin(BackfillOrigin origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
            return this;
        }

        public BackfillRequest build() {
            return new BackfillRequest(this);
        }
    }
}
