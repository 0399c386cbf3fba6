package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.config.ConfigField;
import dev.assetstudio.engine.config.ConfigSchema;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.graph.AssetGraph;
import java.util.List;
import java.util.Map;

/**
 * What the Definition tab shows of one asset, read from its definition and the graph.
 *
 * @param codeVersion the code version, or {@code ""}
 * @param partitions the partitions in words, or {@code ""} if unpartitioned
 * @param configType the simple name of its {@code Config} record, or {@code ""}
 * @param tags its tags ({@code ""} values are labels)
 * @param freshness its freshness policy in words, or {@code ""}
 * @param checks the names of its checks
 * @param sharedStep for an out of a multi-asset, the step it shares, or {@code ""}
 * @param siblings the other outs of that step
 */
public record DefinitionInfo(
        AssetKey key,
        String group,
        String description,
        String codeVersion,
        List<AssetKey> upstream,
        List<AssetKey> downstream,
        String ioManager,
        List<Input> inputs,
        String partitions,
        Map<String, String> metadata,
        String definedIn,
        boolean outputRequired,
        boolean source,
        boolean returnsVoid,
        String configType,
        List<ConfigField> configFields,
        Map<String, String> tags,
        List<String> owners,
        List<String> kinds,
        String freshness,
        List<String> checks,
        String sharedStep,
        List<AssetKey> siblings) {

    /**
     * One data input.
     *
     * @param inputManager the I/O manager that loads it, or {@code ""} for the upstream's own
     */
    public record Input(String parameter, AssetKey key, String inputManager) {}

    /** Reads it from the definition and the graph. */
    public static DefinitionInfo of(AssetDefinition def, AssetGraph graph) {
        return new DefinitionInfo(
                def.key(),
                def.group(),
                def.description(),
                def.codeVersion().orElse(""),
                List.copyOf(graph.upstream(def.key())),
                List.copyOf(graph.downstream(def.key())),
                def.ioManagerKey(),
                def.inputs().stream()
                        .map(i -> new Input(
                                i.parameterName(), i.key(), i.inputManager().orElse("")))
                        .toList(),
                def.partitions().map(p -> p.describe()).orElse(""),
                def.metadata(),
                def.definedIn(),
                def.outputRequired(),
                def.source(),
                def.returnsVoid(),
                def.config().map(ConfigSchema::typeName).orElse(""),
                def.config().map(ConfigSchema::fields).orElse(List.of()),
                def.tags(),
                def.owners(),
                List.copyOf(def.kinds()),
                def.freshness().map(Object::toString).orElse(""),
                def.checkNames(),
                def.multiAsset().map(m -> m.name()).orElse(""),
                def.multiAsset()
                        .map(m -> m.outs().stream()
                                .filter(k -> !k.equals(def.key()))
                                .toList())
                        .orElse(List.of()));
    }
}
