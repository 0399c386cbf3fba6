package dev.assetstudio.engine.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides, for every asset, whether its latest materialization is up to date with its code and
 * its upstream assets, as Dagster's "stale" badge.
 *
 * <pre>{@code
 * Map<AssetKey, AssetStaleness> s = Staleness.compute(graph, definitions, history.latestMaterializations());
 * s.get(AssetKey.of("downstreamAsset")).reason(); // "upstream upstreamAsset was materialized at ..."
 * }</pre>
 *
 * <p>Rules, the first that applies wins (so the reason names one cause and is the same every time):
 *
 * <ol>
 *   <li>a source asset is {@code SOURCE};
 *   <li>an asset with no materialization is {@code MISSING};
 *   <li>a code version different from the one recorded with the materialization is {@code STALE}:
 *       "code version changed from 1 to 2" ("none" when there was or is no version);
 *   <li>an upstream asset (not a source: sources are not materialized here) whose latest
 *       materialization is newer is {@code STALE}, naming the first such upstream in the asset's
 *       upstream order (data inputs, then deps);
 *   <li>an upstream asset that is itself stale or missing makes this one {@code STALE} ("upstream X
 *       is stale" / "upstream X was never materialized");
 *   <li>otherwise {@code FRESH}.
 * </ol>
 *
 * <p>Partitioned assets are judged on their latest materialization of any partition, as the map of
 * latest materializations gives one per key; per-partition staleness is left to a later version.
 */
public final class Staleness {
    private Staleness() {}

    /** Staleness of every asset of a loaded project. */
    public static Map<AssetKey, AssetStaleness> compute(
            AssetGraph graph, ProjectDefinitions definitions, Map<AssetKey, Materialization> latest) {
        return compute(graph, definitions.assets(), latest);
    }

    /**
     * Staleness of every key of {@code graph}, in key order.
     *
     * @param definitions the definitions of at least the graph's keys
     * @param latest the latest materialization per key; keys never materialized are absent
     */
    public static Map<AssetKey, AssetStaleness> compute(
            AssetGraph graph, Map<AssetKey, AssetDefinition> definitions, Map<AssetKey, Materialization> latest) {
        Objects.requireNonNull(latest, "latest");
        // Topological order, so that an upstream's verdict is known when its downstream asks.
        Map<AssetKey, AssetStaleness> byKey = new LinkedHashMap<>();
        for (AssetKey key : graph.topologicalOrder()) {
            AssetDefinition def = definitions.get(key);
            if (def == null) {
                throw new IllegalArgumentException("no definition for asset " + key + " of the graph");
            }
            byKey.put(key, judge(def, definitions, latest, byKey));
        }
        return Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    private static AssetStaleness judge(
            AssetDefinition def,
            Map<AssetKey, AssetDefinition> definitions,
            Map<AssetKey, Materialization> latest,
            Map<AssetKey, AssetStaleness> judged) {
        if (def.source()) {
            return AssetStaleness.source();
        }
        Materialization own = latest.get(def.key());
        if (own == null) {
            return AssetStaleness.missing();
        }
        String recordedVersion = own.codeVersion();
        String currentVersion = def.codeVersion().orElse(null);
        if (!Objects.equals(recordedVersion, currentVersion)) {
            return AssetStaleness.stale(
                    "code version changed from " + orNone(recordedVersion) + " to " + orNone(currentVersion));
        }
        for (AssetKey up : def.upstreamKeys()) {
            if (isSource(definitions, up)) {
                continue;
            }
            Materialization upstream = latest.get(up);
            if (upstream != null && upstream.timestamp().isAfter(own.timestamp())) {
                return AssetStaleness.stale("upstream " + up + " was materialized at " + upstream.timestamp()
                        + ", after this asset (" + own.timestamp() + ")");
            }
        }
        for (AssetKey up : def.upstreamKeys()) {
            AssetStaleness upstream = Optional.ofNullable(judged.get(up)).orElse(AssetStaleness.fresh());
            switch (upstream.state()) {
                case STALE:
                    return AssetStaleness.stale("upstream " + up + " is stale");
                case MISSING:
                    return AssetStaleness.stale("upstream " + up + " was never materialized");
                default:
                    break;
            }
        }
        return AssetStaleness.fresh();
    }

    private static boolean isSource(Map<AssetKey, AssetDefinition> definitions, AssetKey key) {
        AssetDefinition def = definitions.get(key);
        return def != null && def.source();
    }

    private static String orNone(String version) {
        return version == null ? "none" : version;
    }
}
