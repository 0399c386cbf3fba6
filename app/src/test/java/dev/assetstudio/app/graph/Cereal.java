package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;

/** Assets of the bundled cereal example (opened with {@code TestProjects.openCereal}) that graph tests pick. */
final class Cereal {

    private Cereal() {}

    /** An asset that can be materialized on its own: not a source, not partitioned, no config, fed by sources only. */
    static AssetKey runnableAlone(Project project) {
        return project.assets().stream()
                .filter(a -> !a.source()
                        && a.partitions().isEmpty()
                        && a.configType().isEmpty())
                .filter(a ->
                        a.upstreamKeys().stream().allMatch(k -> project.asset(k).source()))
                .map(AssetDefinition::key)
                .sorted()
                .findFirst()
                .orElseThrow();
    }

    /** A non-source asset with at least two levels of upstream. */
    static AssetKey deepAsset(Project project) {
        return project.assetKeys().stream()
                .filter(k -> !project.asset(k).source())
                .max(java.util.Comparator.comparingInt(
                        k -> project.graph().allUpstream(java.util.Set.of(k)).size()))
                .orElseThrow();
    }
}
