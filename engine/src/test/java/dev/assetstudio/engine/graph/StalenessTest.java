package dev.assetstudio.engine.graph;

import static dev.assetstudio.engine.graph.GraphFixtures.k;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StalenessTest {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");

    private static AssetDefinition asset(String key, String codeVersion, String... upstream) {
        return AssetDefinition.builder(k(key))
                .codeVersion(codeVersion)
                .deps(new LinkedHashSet<>(
                        List.of(upstream).stream().map(AssetKey::parse).toList()))
                .computation((c, i, cfg) -> null)
                .build();
    }

    private static Materialization mat(String key, int minutes, String codeVersion) {
        return new Materialization(
                minutes,
                k(key),
                null,
                "run-" + minutes,
                T0.plusSeconds(60L * minutes),
                Duration.ZERO,
                codeVersion,
                Map.of());
    }

    private static Map<AssetKey, AssetStaleness> staleness(List<AssetDefinition> defs, Materialization... mats) {
        Map<AssetKey, Materialization> latest = new HashMap<>();
        for (Materialization m : mats) {
            latest.put(m.assetKey(), m);
        }
        Map<AssetKey, AssetDefinition> byKey =
                defs.stream().collect(Collectors.toMap(AssetDefinition::key, Function.identity()));
        return Staleness.compute(AssetGraph.of(defs), byKey, latest);
    }

    private final List<AssetDefinition> chain =
            List.of(GraphFixtures.source("raw"), asset("a", null, "raw"), asset("b", "1", "a"), asset("c", null, "b"));

    @Test
    void sourcesAreSourcesAndUnmaterializedAreMissing() {
        var s = staleness(chain);
        assertEquals(
                new AssetStaleness(AssetStaleness.State.SOURCE, "source asset, not materialized here"),
                s.get(k("raw")));
        assertEquals(new AssetStaleness(AssetStaleness.State.MISSING, "never materialized"), s.get(k("a")));
    }

    @Test
    void materializedAfterUpstreamIsFresh() {
        var s = staleness(chain, mat("a", 0, null), mat("b", 1, "1"), mat("c", 2, null));
        assertEquals(new AssetStaleness(AssetStaleness.State.FRESH, "up to date"), s.get(k("c")));
        assertEquals(AssetStaleness.State.FRESH, s.get(k("a")).state());
    }

    @Test
    void newerUpstreamMakesStaleAndSaysWhen() {
        var s = staleness(chain, mat("a", 5, null), mat("b", 1, "1"), mat("c", 2, null));
        assertEquals(
                "upstream a was materialized at 2024-05-01T09:05:00Z, after this asset (2024-05-01T09:01:00Z)",
                s.get(k("b")).reason());
        assertEquals(new AssetStaleness(AssetStaleness.State.STALE, "upstream b is stale"), s.get(k("c")));
    }

    @Test
    void changedCodeVersionMakesStale() {
        var s = staleness(chain, mat("a", 0, null), mat("b", 1, "0"), mat("c", 2, null));
        assertEquals(new AssetStaleness(AssetStaleness.State.STALE, "code version changed from 0 to 1"), s.get(k("b")));
        var none = staleness(chain, mat("a", 0, null), mat("b", 1, null));
        assertEquals("code version changed from none to 1", none.get(k("b")).reason());
    }

    @Test
    void missingUpstreamMakesStale() {
        var s = staleness(chain, mat("a", 0, null), mat("c", 2, null));
        assertEquals("upstream b was never materialized", s.get(k("c")).reason());
    }
}
