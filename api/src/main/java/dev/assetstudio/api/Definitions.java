package dev.assetstudio.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a project contributes: classes to scan for {@link Asset} methods (and {@link Sensor}
 * methods and {@link ScheduleDefinition} fields), programmatic {@link AssetSpec}s, {@link
 * SourceAsset}s, schedules, sensors and resources (I/O managers among them).
 * Everything a project contributes: classes to scan for {@link Asset}, {@link MultiAsset} and {@link
 * AssetCheck} methods, programmatic {@link AssetSpec}s and {@link AssetCheckSpec}s, {@link SourceAsset}s and resources (I/O managers among them).
 *
 * <pre>{@code
 * Definitions.builder()
 *     .assets(CerealAssets.class)
 *     .asset(AssetSpec.of("generated_1").deps("upstreamAsset").compute(ctx -> 42))
 *     .sourceAsset(SourceAsset.of("cereals"))
 *     .schedule(ScheduleDefinition.of("nightly", "0 2 * * *", "*"))
 *     .resource("io_manager", new FilesystemIOManager(Path.of("build/storage")))
 *     .build();
 * }</pre>
 *
 * <p>Immutable; lists keep the order given. A resource key given twice is an error, since silently
 * keeping one of two I/O managers would store data in an unexpected place.
 */
public final class Definitions {
    private final List<Class<?>> assetClasses;
    private final List<AssetSpec> assetSpecs;
    private final List<SourceAsset> sourceAssets;
    private final List<AssetCheckSpec> assetChecks;
    private final Map<String, Object> resources;
    private final List<ScheduleDefinition> schedules;
    private final List<SensorDefinition> sensors;

    private Definitions(Builder b) {
        this.schedules = List.copyOf(b.schedules);
        this.sensors = List.copyOf(b.sensors);
        this.assetClasses = List.copyOf(b.assetClasses);
        this.assetSpecs = List.copyOf(b.assetSpecs);
        this.sourceAssets = List.copyOf(b.sourceAssets);
        this.assetChecks = List.copyOf(b.assetChecks);
        this.resources = Collections.unmodifiableMap(new LinkedHashMap<>(b.resources));
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The classes whose {@link Asset} methods and {@link SourceAsset} static fields are assets. */
    public List<Class<?>> assetClasses() {
        return assetClasses;
    }

    /** The programmatic assets. */
    public List<AssetSpec> assetSpecs() {
        return assetSpecs;
    }

    /** The source assets given explicitly. */
    public List<SourceAsset> sourceAssets() {
        return sourceAssets;
    }

    /** The programmatic asset checks. */
    public List<AssetCheckSpec> assetChecks() {
        return assetChecks;
    }

    /** The resources by key, unmodifiable, in insertion order. */
    public Map<String, Object> resources() {
        return resources;
    }

    /** The schedules given explicitly (static {@link ScheduleDefinition} fields of asset classes come too). */
    public List<ScheduleDefinition> schedules() {
        return schedules;
    }

    /** The programmatic sensors ({@link Sensor @Sensor} methods of asset classes come too). */
    public List<SensorDefinition> sensors() {
        return sensors;
    }

    /** Builds {@link Definitions}. */
    public static final class Builder {
        private final List<Class<?>> assetClasses = new ArrayList<>();
        private final List<AssetSpec> assetSpecs = new ArrayList<>();
        private final List<SourceAsset> sourceAssets = new ArrayList<>();
        private final List<AssetCheckSpec> assetChecks = new ArrayList<>();
        private final Map<String, Object> resources = new LinkedHashMap<>();
        private final List<ScheduleDefinition> schedules = new ArrayList<>();
        private final List<SensorDefinition> sensors = new ArrayList<>();

        private Builder() {}

        /** A schedule. */
        public Builder schedule(ScheduleDefinition schedule) {
            schedules.add(Objects.requireNonNull(schedule, "schedule"));
            return this;
        }

        /** A programmatic sensor. */
        public Builder sensor(SensorDefinition sensor) {
            sensors.add(Objects.requireNonNull(sensor, "sensor"));
            return this;
        }

        /** Classes to scan for {@link Asset} methods and {@link SourceAsset} static fields. */
        public Builder assets(Class<?>... classes) {
            for (Class<?> c : classes) {
                Objects.requireNonNull(c, "asset class");
                if (!assetClasses.contains(c)) {
                    assetClasses.add(c);
                }
            }
            return this;
        }

        /** One programmatic asset. */
        public Builder asset(AssetSpec spec) {
            assetSpecs.add(Objects.requireNonNull(spec, "asset spec"));
            return this;
        }

        /** Several programmatic assets. */
        public Builder assets(AssetSpec... specs) {
            for (AssetSpec spec : specs) {
                asset(spec);
            }
            return this;
        }

        /** Several programmatic assets, as a factory might produce them. */
        public Builder assets(List<AssetSpec> specs) {
            specs.forEach(this::asset);
            return this;
        }

        /** One source asset. */
        public Builder sourceAsset(SourceAsset source) {
            sourceAssets.add(Objects.requireNonNull(source, "source asset"));
            return this;
        }

        /** Several source assets. */
        public Builder sourceAssets(SourceAsset... sources) {
            for (SourceAsset source : sources) {
                sourceAsset(source);
            }
            return this;
        }

        /** One programmatic asset check. */
        public Builder assetCheck(AssetCheckSpec check) {
            assetChecks.add(Objects.requireNonNull(check, "asset check"));
            return this;
        }

        /** Several programmatic asset checks. */
        public Builder assetChecks(AssetCheckSpec... checks) {
            for (AssetCheckSpec check : checks) {
                assetCheck(check);
            }
            return this;
        }

        /** A resource; {@code io_manager} is the default I/O manager of every asset. */
        public Builder resource(String key, Object value) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("resource key may not be blank");
            }
            Objects.requireNonNull(value, () -> "resource " + key);
            if (resources.containsKey(key)) {
                throw new IllegalArgumentException("resource '" + key + "' is given twice");
            }
            resources.put(key, value);
            return this;
        }

        /** Several resources. */
        public Builder resources(Map<String, ?> resources) {
            resources.forEach(this::resource);
            return this;
        }

        /** The definitions. */
        public Definitions build() {
            return new Definitions(this);
        }
    }
}
