package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.config.ConfigSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved asset: everything the engine knows about one key after loading and validation. Source
 * assets are definitions too ({@link #source()}), without a computation.
 *
 * <pre>{@code
 * AssetDefinition def = project.asset(AssetKey.of("table1"));
 * def.group();          // "default"
 * def.upstreamKeys();   // data inputs first, then ordering-only deps
 * }</pre>
 */
public final class AssetDefinition {
    /** The group of assets that name none. */
    public static final String DEFAULT_GROUP = "default";
    /** The resource key of the default I/O manager. */
    public static final String DEFAULT_IO_MANAGER = "io_manager";

    private final AssetKey key;
    private final String group;
    private final String description;
    private final Map<String, String> metadata;
    private final String codeVersion;
    private final List<AssetInput> inputs;
    private final Set<AssetKey> deps;
    private final String ioManagerKey;
    private final boolean outputRequired;
    private final PartitionsDefinition partitions;
    private final boolean source;
    private final String definedIn;
    private final AssetComputation computation;
    private final Class<?> configType;
    private final boolean returnsVoid;
    private final ConfigSchema configSchema;
    private final Map<String, String> tags;
    private final List<String> owners;
    private final Set<String> kinds;
    private final FreshnessRule freshness;
    private final List<CheckDefinition> checks;
    private final MultiAssetStep multiAsset;

    private AssetDefinition(Builder b) {
        this.key = Objects.requireNonNull(b.key, "key");
        this.group = b.group == null || b.group.isBlank() ? DEFAULT_GROUP : b.group;
        this.description = b.description == null ? "" : b.description;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.codeVersion = b.codeVersion == null || b.codeVersion.isBlank() ? null : b.codeVersion;
        this.inputs = List.copyOf(b.inputs);
        this.deps = Collections.unmodifiableSet(new LinkedHashSet<>(b.deps));
        this.ioManagerKey = b.ioManagerKey == null || b.ioManagerKey.isBlank() ? DEFAULT_IO_MANAGER : b.ioManagerKey;
        this.outputRequired = b.outputRequired;
        this.partitions = b.partitions;
        this.source = b.source;
        this.definedIn = b.definedIn == null ? "" : b.definedIn;
        this.computation = b.computation;
        this.configType = b.configType;
        this.returnsVoid = b.returnsVoid;
        this.configSchema =
                b.configSchema != null ? b.configSchema : b.configType != null ? ConfigSchema.of(b.configType) : null;
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
        this.owners = List.copyOf(b.owners);
        this.kinds = Collections.unmodifiableSet(new LinkedHashSet<>(b.kinds));
        this.freshness = b.freshness;
        this.checks = List.copyOf(b.checks);
        this.multiAsset = b.multiAsset;
        if (!source && computation == null) {
            throw new IllegalArgumentException("asset " + key + " has no computation");
        }
    }

    public static Builder builder(AssetKey key) {
        return new Builder(key);
    }

    public AssetKey key() {
        return key;
    }

    public String group() {
        return group;
    }

    /** The description, or {@code ""}. */
    public String description() {
        return description;
    }

    /** Definition metadata ({@code @Meta}), in declaration order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    public Optional<String> codeVersion() {
        return Optional.ofNullable(codeVersion);
    }

    /** The data inputs, in parameter order. */
    public List<AssetInput> inputs() {
        return inputs;
    }

    /** Ordering-only dependencies ({@code deps}): no value is passed. */
    public Set<AssetKey> deps() {
        return deps;
    }

    /** Every upstream key: data inputs first, then ordering-only deps, without repeats. */
    public Set<AssetKey> upstreamKeys() {
        Set<AssetKey> keys = new LinkedHashSet<>();
        inputs.forEach(i -> keys.add(i.key()));
        keys.addAll(deps);
        return Collections.unmodifiableSet(keys);
    }

    /** The resource key of the I/O manager that stores (or, for a source, loads) this asset. */
    public String ioManagerKey() {
        return ioManagerKey;
    }

    /** False for conditional assets that may return an empty {@code Optional}. */
    public boolean outputRequired() {
        return outputRequired;
    }

    public Optional<PartitionsDefinition> partitions() {
        return Optional.ofNullable(partitions);
    }

    public boolean partitioned() {
        return partitions != null;
    }

    /** True for a {@code SourceAsset}: in the graph, loaded, never materialized. */
    public boolean source() {
        return source;
    }

    /** Where it is defined, e.g. {@code com.example.CerealAssets#nabisco}. */
    public String definedIn() {
        return definedIn;
    }

    /** The computation; empty for a source asset. */
    public Optional<AssetComputation> computation() {
        return Optional.ofNullable(computation);
    }

    /** The {@code Config} record the asset takes, if any. */
    public Optional<Class<?>> configType() {
        return Optional.ofNullable(configType);
    }

    /**
     * The {@code Config} record the asset takes, described: from its class when loaded in this
     * process, else as a worker process described it ({@link #configType()} is then empty).
     */
    public Optional<ConfigSchema> config() {
        return Optional.ofNullable(configSchema);
    }

    /** True for a {@code void} asset, which stores its own data: no I/O manager call. */
    public boolean returnsVoid() {
        return returnsVoid;
    }

    /** Tags: key to value, {@code ""} for a label; the class's and package's merged in. */
    public Map<String, String> tags() {
        return tags;
    }

    /** Owners: {@code team:name} or e-mail addresses, in declaration order. */
    public List<String> owners() {
        return owners;
    }

    /** Kinds ({@code csv}, {@code java}…), in declaration order. */
    public Set<String> kinds() {
        return kinds;
    }

    /** The validated freshness policy, if any. */
    public Optional<FreshnessRule> freshness() {
        return Optional.ofNullable(freshness);
    }

    /** The asset's checks, in name order. */
    public List<CheckDefinition> checks() {
        return checks;
    }

    /** The names of the asset's checks, sorted. */
    public List<String> checkNames() {
        return checks.stream().map(CheckDefinition::name).toList();
    }

    /** The check named {@code name}, if the asset has one. */
    public Optional<CheckDefinition> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** For an out of a {@code @MultiAsset}: the step it shares with its siblings. */
    public Optional<MultiAssetStep> multiAsset() {
        return Optional.ofNullable(multiAsset);
    }

    /** A copy with these checks (sorted by name); the loader attaches them once every asset is known. */
    public AssetDefinition withChecks(List<CheckDefinition> checks) {
        Builder b = toBuilder();
        List<CheckDefinition> sorted = new java.util.ArrayList<>(checks);
        sorted.sort(java.util.Comparator.comparing(CheckDefinition::name));
        b.checks = sorted;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(key);
        b.group = group;
        b.description = description;
        b.metadata = metadata;
        b.codeVersion = codeVersion;
        b.inputs = inputs;
        b.deps = deps;
        b.ioManagerKey = ioManagerKey;
        b.outputRequired = outputRequired;
        b.partitions = partitions;
        b.source = source;
        b.definedIn = definedIn;
        b.computation = computation;
        b.configType = configType;
        b.returnsVoid = returnsVoid;
        b.configSchema = configSchema;
        b.tags = tags;
        b.owners = owners;
        b.kinds = kinds;
        b.freshness = freshness;
        b.checks = checks;
        b.multiAsset = multiAsset;
        return b;
    }

    @Override
    public String toString() {
        return "AssetDefinition[" + key + (source ? ", source" : "") + ", group=" + group + "]";
    }

    /** Builds a definition; only the key is required (and a computation unless a source). */
    public static final class Builder {
        private final AssetKey key;
        private String group;
        private String description;
        private Map<String, String> metadata = Map.of();
        private String codeVersion;
        private List<AssetInput> inputs = List.of();
        private Set<AssetKey> deps = Set.of();
        private String ioManagerKey;
        private boolean outputRequired = true;
        private PartitionsDefinition partitions;
        private boolean source;
        private String definedIn;
        private AssetComputation computation;
        private Class<?> configType;
        private boolean returnsVoid;
        private ConfigSchema configSchema;
        private Map<String, String> tags = Map.of();
        private List<String> owners = List.of();
        private Set<String> kinds = Set.of();
        private FreshnessRule freshness;
        private List<CheckDefinition> checks = List.of();
        private MultiAssetStep multiAsset;

        private Builder(AssetKey key) {
            this.key = key;
        }

        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder codeVersion(String codeVersion) {
            this.codeVersion = codeVersion;
            return this;
        }

        public Builder inputs(List<AssetInput> inputs) {
            this.inputs = inputs;
            return this;
        }

        public Builder deps(Set<AssetKey> deps) {
            this.deps = deps;
            return this;
        }

        public Builder ioManagerKey(String ioManagerKey) {
            this.ioManagerKey = ioManagerKey;
            return this;
        }

        public Builder outputRequired(boolean outputRequired) {
            this.outputRequired = outputRequired;
            return this;
        }

        public Builder partitions(PartitionsDefinition partitions) {
            this.partitions = partitions;
            return this;
        }

        public Builder source(boolean source) {
            this.source = source;
            return this;
        }

        public Builder definedIn(String definedIn) {
            this.definedIn = definedIn;
            return this;
        }

        public Builder computation(AssetComputation computation) {
            this.computation = computation;
            return this;
        }

        public Builder configType(Class<?> configType) {
            this.configType = configType;
            return this;
        }

        public Builder returnsVoid(boolean returnsVoid) {
            this.returnsVoid = returnsVoid;
            return this;
        }

        /** The config record as described by another process (its class is not loaded here). */
        public Builder configSchema(ConfigSchema configSchema) {
            this.configSchema = configSchema;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder owners(List<String> owners) {
            this.owners = owners;
            return this;
        }

        public Builder kinds(Set<String> kinds) {
            this.kinds = kinds;
            return this;
        }

        public Builder freshness(FreshnessRule freshness) {
            this.freshness = freshness;
            return this;
        }

        /** The multi-asset step set so far, or {@code null}. */
        public MultiAssetStep multiAssetStep() {
            return multiAsset;
        }

        public Builder multiAsset(MultiAssetStep multiAsset) {
            this.multiAsset = multiAsset;
            return this;
        }

        public AssetDefinition build() {
            return new AssetDefinition(this);
        }
    }
}
