package dev.assetstudio.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An asset defined in code rather than by an annotated method, for factories that generate assets
 * and for projects that prefer no annotations. The two styles mix in one {@link Definitions}.
 *
 * <pre>{@code
 * AssetSpec.of("generated_1").deps("upstreamAsset").group("generated").compute(ctx -> 42);
 * AssetSpec.of("total").ins("orders")
 *     .compute((ctx, in) -> ((List<?>) in.get(AssetKey.of("orders"))).size());
 * AssetSpec.of("report").ins("orders").automation(AutomationCondition.eager()).compute(...);
 * AssetSpec.of("orders").tags(Map.of("domain", "sales")).owners("team:analytics").kinds("csv")
 *     .freshness(FreshnessPolicy.maxLag("PT12H", "PT24H")).compute(ctx -> load());
 * }</pre>
 *
 * <p>Immutable: every setter returns a copy, so a base spec can be shared by a factory. {@link
 * #deps(String...)} only orders (no value is passed), {@link #ins(String...)} hands the upstream
 * values to the computation. Both append. A {@code null} group or description means unspecified.
 */
public final class AssetSpec {
    private final AssetKey key;
    private List<AssetKey> deps = List.of();
    private List<AssetKey> ins = List.of();
    private String group;
    private String description;
    private Map<String, String> metadata = Map.of();
    private String codeVersion;
    private String ioManager = "io_manager";
    private boolean outputRequired = true;
    private PartitionsDefinition partitions;
    private AssetFunctionWithInputs computation;
    private AutomationCondition automation;
    private Map<String, String> tags = Map.of();
    private List<String> owners = List.of();
    private List<String> kinds = List.of();
    private FreshnessPolicy freshness;

    private AssetSpec(AssetKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    private AssetSpec copy() {
        AssetSpec c = new AssetSpec(key);
        c.deps = deps;
        c.ins = ins;
        c.group = group;
        c.description = description;
        c.metadata = metadata;
        c.codeVersion = codeVersion;
        c.ioManager = ioManager;
        c.outputRequired = outputRequired;
        c.partitions = partitions;
        c.computation = computation;
        c.automation = automation;
        c.tags = tags;
        c.owners = owners;
        c.kinds = kinds;
        c.freshness = freshness;
        return c;
    }

    /** A spec with the written key {@code a/b}. */
    public static AssetSpec of(String key) {
        return new AssetSpec(AssetKey.parse(key));
    }

    /** A spec with this key. */
    public static AssetSpec of(AssetKey key) {
        return new AssetSpec(key);
    }

    /** Adds upstream keys ({@code a/b}) this asset runs after without receiving their values. */
    public AssetSpec deps(String... keys) {
        AssetSpec c = copy();
        c.deps = append(deps, keys);
        return c;
    }

    /** Adds upstream keys ({@code a/b}) whose values the computation receives. */
    public AssetSpec ins(String... keys) {
        AssetSpec c = copy();
        c.ins = append(ins, keys);
        return c;
    }

    private static List<AssetKey> append(List<AssetKey> existing, String[] keys) {
        List<AssetKey> all = new ArrayList<>(existing);
        for (String k : keys) {
            AssetKey parsed = AssetKey.parse(k);
            if (!all.contains(parsed)) {
                all.add(parsed);
            }
        }
        return List.copyOf(all);
    }

    /** The group; the engine uses {@code default} when none is given. */
    public AssetSpec group(String group) {
        AssetSpec c = copy();
        c.group = group;
        return c;
    }

    /** The description shown in the studio. */
    public AssetSpec description(String description) {
        AssetSpec c = copy();
        c.description = description;
        return c;
    }

    /** Adds one definition metadata entry. */
    public AssetSpec metadata(String key, String value) {
        Objects.requireNonNull(key, "metadata key");
        Objects.requireNonNull(value, () -> "metadata value for " + key);
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.put(key, value);
        AssetSpec c = copy();
        c.metadata = Collections.unmodifiableMap(m);
        return c;
    }

    /** The code version; changing it makes earlier materializations stale. */
    public AssetSpec codeVersion(String codeVersion) {
        AssetSpec c = copy();
        c.codeVersion = codeVersion;
        return c;
    }

    /** The resource key of the I/O manager storing the output. */
    public AssetSpec ioManager(String ioManager) {
        if (ioManager == null || ioManager.isBlank()) {
            throw new IllegalArgumentException("I/O manager key of " + key + " may not be blank");
        }
        AssetSpec c = copy();
        c.ioManager = ioManager;
        return c;
    }

    /** When false the computation may return an empty {@link Optional} to skip materializing. */
    public AssetSpec outputRequired(boolean outputRequired) {
        AssetSpec c = copy();
        c.outputRequired = outputRequired;
        return c;
    }

    /** The asset's partitions. */
    public AssetSpec partitions(PartitionsDefinition partitions) {
        AssetSpec c = copy();
        c.partitions = partitions;
        return c;
    }

    /** When the automation daemon materializes this asset by itself ({@code null}: never). */
    public AssetSpec automation(AutomationCondition condition) {
        AssetSpec c = copy();
        c.automation = condition;
        return c;
    }

    /** The computation, for an asset that reads no upstream values. */
    public AssetSpec compute(AssetFunction function) {
        Objects.requireNonNull(function, "function");
        return compute((ctx, inputs) -> function.apply(ctx));
    }

    /** The computation, receiving the values of {@link #ins(String...)} by key. */
    public AssetSpec compute(AssetFunctionWithInputs function) {
        AssetSpec c = copy();
        c.computation = Objects.requireNonNull(function, "function");
        return c;
    }

    /** Adds tags ({@code ""} as a value makes a label); a key given again is replaced. */
    public AssetSpec tags(Map<String, String> tags) {
        Map<String, String> m = new LinkedHashMap<>(this.tags);
        tags.forEach((k, v) ->
                m.put(Objects.requireNonNull(k, "tag key"), Objects.requireNonNull(v, () -> "value of tag " + k)));
        AssetSpec c = copy();
        c.tags = Collections.unmodifiableMap(m);
        return c;
    }

    /** Adds owners: {@code team:name} or e-mail addresses. */
    public AssetSpec owners(String... owners) {
        AssetSpec c = copy();
        c.owners = appendText(this.owners, owners);
        return c;
    }

    /** Adds kinds ({@code csv}, {@code java}…); at most ten in all. */
    public AssetSpec kinds(String... kinds) {
        AssetSpec c = copy();
        c.kinds = appendText(this.kinds, kinds);
        return c;
    }

    /** The freshness policy. */
    public AssetSpec freshness(FreshnessPolicy freshness) {
        AssetSpec c = copy();
        c.freshness = freshness;
        return c;
    }

    private static List<String> appendText(List<String> existing, String[] more) {
        List<String> all = new ArrayList<>(existing);
        for (String s : more) {
            Objects.requireNonNull(s, "value");
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return List.copyOf(all);
    }

    /** The tags, unmodifiable, in insertion order. */
    public Map<String, String> tags() {
        return tags;
    }

    /** The owners, in order given. */
    public List<String> owners() {
        return owners;
    }

    /** The kinds, in order given. */
    public List<String> kinds() {
        return kinds;
    }

    /** The freshness policy, if any. */
    public Optional<FreshnessPolicy> freshness() {
        return Optional.ofNullable(freshness);
    }

    /** The key. */
    public AssetKey key() {
        return key;
    }

    /** The ordering-only upstream keys. */
    public List<AssetKey> deps() {
        return deps;
    }

    /** The upstream keys whose values reach the computation. */
    public List<AssetKey> ins() {
        return ins;
    }

    /** The group, or {@code null} when unspecified. */
    public String group() {
        return group;
    }

    /** The description, or {@code null}. */
    public String description() {
        return description;
    }

    /** Definition metadata, unmodifiable, in insertion order. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The code version, or {@code null} when unversioned. */
    public String codeVersion() {
        return codeVersion;
    }

    /** The I/O manager resource key, {@code io_manager} by default. */
    public String ioManager() {
        return ioManager;
    }

    /** Whether the computation must produce a value. */
    public boolean outputRequired() {
        return outputRequired;
    }

    /** The partitions, if partitioned. */
    public Optional<PartitionsDefinition> partitions() {
        return Optional.ofNullable(partitions);
    }

    /** The computation in its one normalized shape; empty when {@code compute} was never called. */
    public Optional<AssetFunctionWithInputs> computation() {
        return Optional.ofNullable(computation);
    }

    /** The automation condition, if any. */
    public Optional<AutomationCondition> automation() {
        return Optional.ofNullable(automation);
    }

    @Override
    public String toString() {
        return "AssetSpec[" + key + "]";
    }
}
