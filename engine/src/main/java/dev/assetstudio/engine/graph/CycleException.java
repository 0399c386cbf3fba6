package dev.assetstudio.engine.graph;

import dev.assetstudio.api.AssetKey;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The asset dependencies form a cycle. The message names the whole cycle, starting from its
 * smallest key and ending where it started: {@code cycle in asset dependencies: a -> b -> c -> a}.
 */
public final class CycleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<AssetKey> cycle;

    /** @param cycle the keys on the cycle, each once, in dependency order (upstream first) */
    public CycleException(List<AssetKey> cycle) {
        super("cycle in asset dependencies: " + describe(cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The keys on the cycle, each once, smallest first, each upstream of the next (the last upstream of the first). */
    public List<AssetKey> cycle() {
        return cycle;
    }

    /** The cycle written {@code a -> b -> c -> a}. */
    public String cycleText() {
        return describe(cycle);
    }

    static String describe(List<AssetKey> cycle) {
        if (cycle.isEmpty()) {
            return "";
        }
        return cycle.stream().map(AssetKey::toString).collect(Collectors.joining(" -> ")) + " -> " + cycle.get(0);
    }
}
