package dev.assetstudio.engine;

import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.history.DefinitionSnapshot;
import java.util.Collection;
import java.util.List;

/** Turns resolved definitions into the snapshot rows history keeps per project open. */
final class DefinitionSnapshots {
    private DefinitionSnapshots() {}

    static List<DefinitionSnapshot> of(Collection<AssetDefinition> definitions) {
        return definitions.stream().map(DefinitionSnapshots::of).toList();
    }

    static DefinitionSnapshot of(AssetDefinition def) {
        return new DefinitionSnapshot(
                def.key().toString(),
                def.group(),
                def.description(),
                def.codeVersion().orElse(null),
                def.metadata(),
                def.upstreamKeys().stream().map(Object::toString).toList(),
                def.definedIn(),
                def.partitions().map(PartitionsDefinition::describe).orElse(null),
                def.source());
    }
}
