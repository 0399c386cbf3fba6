package dev.assetstudio.app.testing;

import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.Project;
import java.util.function.BiFunction;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * A view that starts and shows runs (the run panel, the Runs page, the Partitions tab) alone in a themed (headless)
 * window, on a session and materializer of its own: what the run, runs and partitions tests share. Made in a TestFX
 * {@code @Start} method; {@link #close()} after each test.
 */
public final class RunPanelWindow {
    private final StudioSession session;
    private final Materializer materializer;
    private final Preferences preferences;
    private Project project;

    private RunPanelWindow(StudioSession session, Materializer materializer, Preferences preferences) {
        this.session = session;
        this.materializer = materializer;
        this.preferences = preferences;
    }

    /**
     * Shows a {@code width × height} window on {@code stage}; {@code content} makes the view under test from the
     * window's session and materializer.
     */
    public static RunPanelWindow show(
            Stage stage, double width, double height, BiFunction<StudioSession, Materializer, Parent> content) {
        var preferences = TestPreferences.fresh();
        var session = new StudioSession(BackgroundTasks.onThreadPool());
        var materializer = new Materializer(session);
        var scene = new Scene(content.apply(session, materializer), width, height);
        new Theme(preferences).install(scene);
        stage.setScene(scene);
        stage.show();
        return new RunPanelWindow(session, materializer, preferences);
    }

    public StudioSession session() {
        return session;
    }

    public Materializer materializer() {
        return materializer;
    }

    /** Opens {@code opened} in the window's session (on the FX thread); {@link #close()} closes it. */
    public Project open(FxRobot robot, Project opened) {
        project = opened;
        robot.interact(() -> session.setProject(opened));
        return opened;
    }

    /** Closes the opened project, if any, and forgets the window's preferences. */
    public void close() {
        TestPreferences.remove(preferences);
        if (project != null) {
            project.close();
        }
    }
}
