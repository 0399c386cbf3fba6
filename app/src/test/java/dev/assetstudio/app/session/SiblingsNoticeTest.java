package dev.assetstudio.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Materializing one out of a multi-asset says that its siblings are materialized with it. */
class SiblingsNoticeTest {
    @TempDir
    Path home;

    private Project project;

    @BeforeEach
    void open() {
        project = TestProjects.openCereal(home);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void oneOutNamesItsSiblings() {
        Notification n = Materializer.siblingsMaterializedWith(project, AssetSelection.parse("coldCereals"))
                .orElseThrow();
        assertEquals("Materialized together", n.title());
        assertTrue(n.detail().contains("coldCereals shares one step (cerealsByType) with hotCereals"), n.detail());
    }

    @Test
    void allOutsOrNoneSayNothing() {
        assertTrue(Materializer.siblingsMaterializedWith(project, AssetSelection.parse("coldCereals, hotCereals"))
                .isEmpty());
        assertTrue(Materializer.siblingsMaterializedWith(project, AssetSelection.parse("sugaryCereals"))
                .isEmpty());
    }
}
