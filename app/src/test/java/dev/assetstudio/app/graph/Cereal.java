package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled cereal example, opened with a throwaway home directory. */
final class Cereal {

    private Cereal() {}

    static Path jar() {
        Path jar = Path.of(System.getProperty("cereal.jar", "../examples/cereal/target/cereal-assets.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the example first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    static Project open(Path home) {
        return Project.open(jar(), ProjectOptions.builder().home(home).build());
    }

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
