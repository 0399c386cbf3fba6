package dev.assetstudio.app.details;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import java.nio.file.Path;

/** The cereal example's assets used by the details and launchpad tests, and a run that stores them. */
public final class CerealProject {
    public static final AssetKey SUGARY = AssetKey.of("sugaryCereals");
    public static final AssetKey CEREALS = AssetKey.of("cereals");
    public static final AssetKey SUMMARY = AssetKey.of("nutritionSummary");
    public static final AssetKey LOW_SUGAR = AssetKey.of("lowSugarCereals");

    private CerealProject() {}

    /** The cereal example with {@code home} as its home, run two steps at a time. */
    public static Project open(Path home) {
        return TestProjects.openCereal(ProjectOptions.builder().home(home).parallelism(2));
    }

    /** Materializes {@code sugaryCereals} and what it needs. */
    public static void materializeSugary(Project project) {
        var result = project.materialize(AssetSelection.parse("*sugaryCereals"));
        assertTrue(result.failures().isEmpty(), () -> "run failed: " + result.failures());
        project.historyStore().flush();
    }
}
