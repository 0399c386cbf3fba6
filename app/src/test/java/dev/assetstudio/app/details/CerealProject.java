package dev.assetstudio.app.details;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/** The cereal example jar (built by Maven before the app's tests), opened with a throwaway home. */
public final class CerealProject {
    public static final AssetKey SUGARY = AssetKey.of("sugaryCereals");
    public static final AssetKey CEREALS = AssetKey.of("cereals");
    public static final AssetKey SUMMARY = AssetKey.of("nutritionSummary");
    public static final AssetKey LOW_SUGAR = AssetKey.of("lowSugarCereals");

    private CerealProject() {}

    public static Path jar() {
        String path = System.getProperty("cereal.jar", "../examples/cereal/target/cereal-assets.jar");
        Path jar = Path.of(path);
        assertTrue(Files.isRegularFile(jar), "build the cereal example first: " + jar.toAbsolutePath());
        return jar;
    }

    public static Project open(Path home) {
        return Project.open(
                jar(), ProjectOptions.builder().home(home).parallelism(2).build());
    }

    /** Materializes {@code sugaryCereals} and what it needs. */
    public static void materializeSugary(Project project) {
        var result = project.materialize(AssetSelection.parse("*sugaryCereals"));
        assertTrue(result.failures().isEmpty(), () -> "run failed: " + result.failures());
        project.history().flush();
    }
}
