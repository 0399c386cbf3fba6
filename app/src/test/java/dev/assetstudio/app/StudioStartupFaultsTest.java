package dev.assetstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.api.AssetStudioHome;
import dev.assetstudio.app.project.LoadErrorView;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.testing.TestProjects;
import dev.assetstudio.engine.testing.BadJars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole studio ({@link StudioApp}) started without a jar, as a user does: it opens the bundled example with the
 * default home. A broken {@code history.db} there must give a readable error in the window, not a crash or a trace.
 */
class StudioStartupFaultsTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path home;

    @Test
    void aCorruptHistoryDatabaseInTheDefaultHome() throws Exception {
        startsWithAReadableError(BadJars::garbageHistory, "not a SQLite database");
    }

    @Test
    void aHistoryDatabaseFromANewerSchemaInTheDefaultHome() throws Exception {
        startsWithAReadableError(BadJars::newerHistory, "schema version 99");
    }

    private void startsWithAReadableError(Function<Path, Path> breakHistory, String reason) throws Exception {
        TestProjects.cerealJar(home.resolve("jars")); // fails early, saying so, if the example is not built
        Path db = breakHistory.apply(home.resolve("history.db"));
        byte[] before = Files.readAllBytes(db);
        String previous = System.getProperty(AssetStudioHome.PROPERTY);
        System.setProperty(AssetStudioHome.PROPERTY, home.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        // TestFX reuses one primary stage: an earlier test's window may have bound its title.
        WaitForAsyncUtils.asyncFx(() -> stage.titleProperty().unbind()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        Application app = null;
        try {
            app = FxToolkit.setupApplication(StudioApp.class);
            FxRobot robot = new FxRobot();
            FxWait.onFx(
                    () -> robot.lookup("#load-error")
                            .tryQueryAs(LoadErrorView.class)
                            .map(LoadErrorView::isVisible)
                            .orElse(false),
                    "the load error shows");
            LoadErrorView error = robot.lookup("#load-error").queryAs(LoadErrorView.class);
            String text = error.panel().getText();
            assertEquals("Could not open cereal-assets.jar", error.panel().getTitle());
            assertTrue(text.contains(db.toString()) && text.contains(reason), text);
            assertFalse(text.contains("\tat "), () -> "a readable message, not a stack trace: " + text);
            assertTrue(stage.isShowing(), "the studio is up");
            assertEquals("Asset Studio", stage.getTitle());
            robot.clickOn("#load-error-dismiss");
            assertFalse(error.isVisible());
            if (reason.startsWith("not a SQLite")) {
                assertTrue(
                        java.util.Arrays.equals(before, Files.readAllBytes(db)), "the damaged file is not overwritten");
            }
        } finally {
            if (app != null) {
                FxToolkit.cleanupApplication(app);
            }
            WaitForAsyncUtils.asyncFx(stage::hide).get(WAIT_SECONDS, TimeUnit.SECONDS);
            if (previous == null) {
                System.clearProperty(AssetStudioHome.PROPERTY);
            } else {
                System.setProperty(AssetStudioHome.PROPERTY, previous);
            }
        }
    }
}
