package dev.assetstudio.engine.selection;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.graph.AssetGraph;
import java.util.Optional;

/**
 * What a selection is resolved against: the graph, and (when a project is open) each asset's
 * definition and health. A scope without definitions resolves keys, groups and layers only.
 */
public interface SelectionScope {
    /** The graph of every asset. */
    AssetGraph graph();

    /** The definition of {@code key}; empty when this scope has no definitions. */
    Optional<AssetDefinition> definition(AssetKey key);

    /** The health of {@code key}, computed when first asked; only called for {@code status:}. */
    AssetHealth.State health(AssetKey key);

    /** Whether {@link #definition} knows the definitions (tags, owners, kinds, checks). */
    boolean hasDefinitions();

    /** A scope of the graph alone. */
    static SelectionScope of(AssetGraph graph) {
        return new SelectionScope() {
            @Override
            public AssetGraph graph() {
                return graph;
            }

            @Override
            public Optional<AssetDefinition> definition(AssetKey key) {
                return Optional.empty();
            }

            @Override
            public AssetHealth.State health(AssetKey key) {
                throw new IllegalArgumentException("status: needs an open project's history");
            }

            @Override
            public boolean hasDefinitions() {
                return false;
            }
        };
    }
}
