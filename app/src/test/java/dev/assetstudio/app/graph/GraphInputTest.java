package dev.assetstudio.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphInputTest {

    private static AssetDefinition asset(String key, String group, String... upstream) {
        return AssetDefinition.builder(AssetKey.parse(key))
                .group(group)
                .deps(java.util.Arrays.stream(upstream)
                        .map(AssetKey::parse)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)))
                .computation((context, inputs, config) -> null)
                .build();
    }

    /** a → g1, g2 → b, b → a: with group g collapsed, the card closes the cycle a → g → b → a. */
    private static final List<AssetDefinition> ASSETS = List.of(
            asset("a", "x", "b"),
            asset("g1", "g", "a"),
            asset("g2", "g"),
            asset("b", "x", "g2"),
            asset("c", "x", "g1", "g2"));

    @Test
    void anEdgeThatClosesACycleThroughACollapsedGroupIsKeptAside() {
        GraphInput input = GraphInput.of(ASSETS, Set.of("g"), null);

        assertThat(input.items()).extracting(NodeItem::id).containsExactly("group:g", "a", "b", "c");
        assertThat(input.graph().nodeCount()).isEqualTo(4);
        assertThat(input.extraEdges()).hasSize(1);
        assertThat(input.graph().edgeCount() + input.extraEdges().size()).isEqualTo(4);
        // c depends on two assets of g: one drawn edge standing for both.
        assertThat(input.edgeWeights()).containsEntry(GraphInput.edgeId("group:g", "c"), 2);
    }

    @Test
    void preparedAssetsGiveTheSameInputForEveryCollapsedSetAsAFreshPreparation() {
        GraphInput.Assets prepared = GraphInput.Assets.of(ASSETS);
        for (Set<String> collapsed : List.of(Set.<String>of(), Set.of("g"), Set.of("x"), Set.of("g", "x"))) {
            GraphInput reused = GraphInput.of(prepared, collapsed, null);
            GraphInput fresh = GraphInput.of(ASSETS, collapsed, null);
            assertThat(reused.items()).isEqualTo(fresh.items());
            assertThat(reused.extraEdges()).isEqualTo(fresh.extraEdges());
            assertThat(reused.edgeWeights()).isEqualTo(fresh.edgeWeights());
            assertThat(reused.graph().edgeCount()).isEqualTo(fresh.graph().edgeCount());
        }
        GraphInput filtered = GraphInput.of(prepared, Set.of(), Set.of(AssetKey.parse("a"), AssetKey.parse("b")));
        assertThat(filtered.items()).extracting(NodeItem::id).containsExactly("a", "b");
        assertThat(filtered.graph().edgeCount()).isEqualTo(1);
    }
}
