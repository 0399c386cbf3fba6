package dev.assetstudio.engine.graph;

import static dev.assetstudio.engine.graph.GraphFixtures.asset;
import static dev.assetstudio.engine.graph.GraphFixtures.inGroup;
import static dev.assetstudio.engine.graph.GraphFixtures.k;
import static dev.assetstudio.engine.graph.GraphFixtures.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssetGraphTest {
    /**
     * The cereal recipe: raw feeds sugary and healthy, both feed the report; unrelated stands alone.
     */
    private final AssetGraph graph = AssetGraph.of(List.of(
            inGroup("report", "reports", "sugary", "healthy"),
            inGroup("sugary", "cereal", "raw"),
            inGroup("healthy", "cereal", "raw"),
            inGroup("raw", "cereal"),
            asset("unrelated")));

    @Test
    void directNeighbours() {
        assertEquals(Set.of(k("sugary"), k("healthy")), graph.upstream(k("report")));
        assertEquals(Set.of(k("sugary"), k("healthy")), graph.downstream(k("raw")));
        assertEquals(Set.of(), graph.upstream(k("raw")));
    }

    @Test
    void closuresIncludeTheKeysThemselves() {
        assertEquals(Set.copyOf(keys("raw", "sugary", "healthy", "report")), graph.allUpstream(Set.of(k("report"))));
        assertEquals(Set.copyOf(keys("raw", "sugary", "healthy", "report")), graph.allDownstream(Set.of(k("raw"))));
        assertEquals(Set.copyOf(keys("sugary", "report")), graph.allDownstream(Set.of(k("sugary"))));
        assertEquals(Set.copyOf(keys("sugary", "raw")), graph.upstream(Set.of(k("sugary")), 1));
        assertEquals(Set.of(k("raw")), graph.downstream(Set.of(k("raw")), 0));
    }

    @Test
    void topologicalOrderPutsUpstreamFirstAndBreaksTiesByKey() {
        assertEquals(keys("raw", "healthy", "sugary", "report", "unrelated"), graph.topologicalOrder());
    }

    @Test
    void rootsGroupsAndMembership() {
        assertEquals(Set.copyOf(keys("raw", "unrelated")), graph.roots());
        assertEquals("cereal", graph.groupOf(k("sugary")));
        assertEquals("default", graph.groupOf(k("unrelated")));
        assertEquals(Set.copyOf(keys("healthy", "raw", "sugary")), graph.keysInGroup("cereal"));
        assertEquals(Set.of("cereal", "default", "reports"), graph.groups());
        assertTrue(graph.contains(k("raw")));
        assertFalse(graph.contains(k("nope")));
        assertEquals(5, graph.keys().size());
    }

    @Test
    void unknownKeyIsRefusedByName() {
        var e = assertThrows(NoSuchElementException.class, () -> graph.upstream(k("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void cycleNamesTheWholeCycleFromItsSmallestKey() {
        var e = assertThrows(
                CycleException.class,
                () -> AssetGraph.of(
                        List.of(asset("c", "b"), asset("b", "a"), asset("a", "c"), asset("d", "a"), asset("e"))));
        assertEquals("cycle in asset dependencies: a -> b -> c -> a", e.getMessage());
        assertEquals(keys("a", "b", "c"), e.cycle());
    }

    @Test
    void longCycleAmongOtherEdgesIsNamedWhole() {
        var e = assertThrows(
                CycleException.class,
                () -> AssetGraph.of(List.of(
                        asset("x/e", "x/d"),
                        asset("x/d", "x/c", "free"),
                        asset("x/c", "x/b"),
                        asset("x/b", "x/e"),
                        asset("free"))));
        assertEquals("x/b -> x/c -> x/d -> x/e -> x/b", e.cycleText());
    }

    @Test
    void keysAgainstDependencyOrderStillGiveTheStableOrder() {
        // Keys sorted the opposite way of their dependencies (the graph adds vertices in dependency
        // order, not key order): z is the root, a the last.
        AssetGraph chain = AssetGraph.of(
                List.of(asset("a", "b", "m"), asset("b", "c"), asset("c", "z"), asset("m", "z"), asset("z")));
        assertEquals(keys("z", "c", "b", "m", "a"), chain.topologicalOrder());
        assertEquals(Set.copyOf(keys("b", "m")), chain.upstream(k("a")));
        assertEquals(Set.copyOf(keys("c", "m")), chain.downstream(k("z")));
        assertEquals(Set.of(k("z")), chain.roots());
    }

    @Test
    void cycleBehindOtherKeysIsNamedWhole() {
        // The cycle's keys and the key downstream of it are left over by the dependency order.
        var e = assertThrows(
                CycleException.class,
                () -> AssetGraph.of(List.of(
                        asset("root"),
                        asset("p", "root", "r"),
                        asset("q", "p"),
                        asset("r", "q"),
                        asset("after", "r"))));
        assertEquals("cycle in asset dependencies: p -> q -> r -> p", e.getMessage());
    }

    @Test
    void selfDependencyIsACycle() {
        var e = assertThrows(CycleException.class, () -> AssetGraph.of(List.of(asset("a", "a"))));
        assertEquals("cycle in asset dependencies: a -> a", e.getMessage());
    }

    @Test
    void unknownUpstreamIsGuarded() {
        var e = assertThrows(IllegalArgumentException.class, () -> AssetGraph.of(List.of(asset("a", "ghost"))));
        assertTrue(e.getMessage().contains("ghost"), e.getMessage());
    }
}
