package dev.assetstudio.engine.reliability;

import static dev.assetstudio.engine.reliability.Fixtures.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.FilesystemIOManager;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunResult;
import dev.assetstudio.engine.StepStatus;
import dev.assetstudio.engine.definitions.UserCodeException;
import dev.assetstudio.engine.load.ProjectLoadException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value file replaced by a crafted serialized object of a class that is neither the JDK's nor the
 * project's: loading it is refused naming the class, and the class's {@code readObject} never runs.
 */
class GadgetDeserializationTest {
    @TempDir
    Path dir;

    private Project project;
    private Path victimFile;

    @BeforeEach
    void openProject() {
        Path jar = Fixtures.jar(
                dir,
                "Assets",
                """
                public final class Assets {
                    public record Row(String name) implements Serializable {}
                    @Asset public static List<Row> victim() { return List.of(new Row("ok")); }
                    @Asset public static int reader(List<Row> victim) { return victim.size(); }
                }
                """);
        project = Project.open(jar, Fixtures.options(dir.resolve("home"), 2));
        RunResult first = project.materialize(AssetSelection.all());
        assertEquals(StepStatus.SUCCEEDED, first.status(AssetKey.of("reader")), first.failures()::toString);
        victimFile = new FilesystemIOManager(project.options().storage()).pathFor(AssetKey.of("victim"), null);
        GadgetPayload.readObjectRan = false;
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private void plant(Object payload) throws Exception {
        try (OutputStream file = Files.newOutputStream(victimFile);
                ObjectOutputStream out = new ObjectOutputStream(file)) {
            out.writeObject(payload);
        }
    }

    private void assertRefused(String className) {
        UserCodeException e =
                assertThrows(UserCodeException.class, () -> project.loadAssetValue(AssetKey.of("victim")));
        assertMentions(e.getMessage(), "asset victim", "load input", className, "refused");
        assertInstanceOf(InvalidClassException.class, e.getCause());
        assertFalse(GadgetPayload.readObjectRan, "the gadget's readObject ran");

        // a run that reads it as an input is refused the same way, and goes no further
        RunResult r = project.materialize(AssetSelection.parse("reader"));
        assertEquals(StepStatus.FAILED, r.status(AssetKey.of("reader")));
        assertMentions(r.failures().toString(), "asset reader", "load input", className);
        assertFalse(GadgetPayload.readObjectRan, "the gadget's readObject ran during a run");
    }

    @Test
    void gadgetFromTheStudioClassPathIsRefused() throws Exception {
        plant(new GadgetPayload("rm -rf ~"));
        assertRefused(GadgetPayload.class.getName());
    }

    @Test
    void gadgetHiddenInAJdkMapIsRefused() throws Exception {
        Map<String, Object> map = new HashMap<>();
        map.put("innocent", List.of("a", "b"));
        map.put("payload", new GadgetPayload("calc"));
        plant(map);
        assertRefused(GadgetPayload.class.getName());
    }

    @Test
    void engineClassIsRefused() throws Exception {
        plant(new ProjectLoadException(Path.of("x.jar"), List.of("not a value")));
        assertRefused(ProjectLoadException.class.getName());
    }

    @Test
    void theProjectsOwnClassesAndTheJdksStillLoad() throws Exception {
        assertEquals(
                "[Row[name=ok]]", project.loadAssetValue(AssetKey.of("victim")).toString());
        plant(new java.util.ArrayList<>(List.of()));
        assertEquals(List.of(), project.loadAssetValue(AssetKey.of("victim")));
    }
}
