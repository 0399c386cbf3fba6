package dev.assetstudio.app.partitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partitions tab's model without a window; background work runs when the test says so. */
class PartitionsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aReadThatFailsBecauseItsProjectWasClosedIsNotReported() {
        List<Runnable> worker = new ArrayList<>();
        var session = new StudioSession(new BackgroundTasks(worker::add, Runnable::run), runEvents -> {});
        var partitions = new PartitionsViewModel(session, new Materializer(session));
        Project project = Project.open(
                BadJars.assets(
                        dir.resolve("jars"),
                        "parts.jar",
                        "public final class Assets {\n"
                                + "  @Asset @StaticPartitions({\"x\", \"y\"}) public static int p() { return 1; }\n"
                                + "}\n"),
                ProjectOptions.builder().home(dir.resolve("home")).build());
        session.setProject(project);
        session.select(AssetKey.of("p")); // starts reading its partitions

        // The project goes (window closed, another jar opened) before the read runs.
        session.setProject(null);
        project.close();
        while (!worker.isEmpty()) {
            worker.remove(0).run();
        }

        assertEquals(List.of(), session.notifications());
        assertEquals(null, partitions.healthProperty().get());
    }
}
