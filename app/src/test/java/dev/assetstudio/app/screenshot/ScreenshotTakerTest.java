package dev.assetstudio.app.screenshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ScreenshotTakerTest {

    private final Preferences preferences = TestPreferences.fresh();
    private Scene scene;

    @Start
    void start(Stage stage) {
        var theme = new Theme(preferences);
        scene = new Scene(new MainWindow(new MainViewModel(), theme), 1000, 640);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void writesAPngOfTheWholeSceneOnceReady(FxRobot robot, @TempDir Path dir) throws Exception {
        Path target = dir.resolve("shots/shell.png");
        var ready = new AtomicBoolean();
        var polls = new java.util.concurrent.CountDownLatch(3);
        var done = new CompletableFuture<Throwable>();
        var taker = new ScreenshotTaker(Duration.ofSeconds(10));
        taker.whenReady(() -> {
            polls.countDown();
            return ready.get();
        });
        robot.interact(() -> taker.capture(scene, target, done::complete));

        assertTrue(polls.await(10, TimeUnit.SECONDS), "asks its conditions again while they are not met");
        assertTrue(!done.isDone() && Files.notExists(target), "waits for its conditions");
        ready.set(true);

        assertNull(done.get(10, TimeUnit.SECONDS));
        assertTrue(Files.size(target) > 1000, "a real picture");
        var image = ImageIO.read(target.toFile());
        assertEquals((int) scene.getWidth(), image.getWidth());
        assertEquals((int) scene.getHeight(), image.getHeight());
    }
}
