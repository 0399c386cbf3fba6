package dev.assetstudio.app;

import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.project.RecentProjects;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.ProjectOptions;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The studio's core window as {@link StudioApp} installs it (project, catalog, run panel), on a TestFX
 * stage, with a home and preferences of the test's own: what the window-level tests drive.
 */
record StudioWindowFixture(
        Stage stage,
        MainViewModel main,
        StudioSession session,
        Materializer materializer,
        CoreFeatures core,
        MainWindow window) {

    /** Builds and shows the window on {@code stage}; call from a TestFX {@code @Start} method. */
    static StudioWindowFixture show(
            Stage stage, ProjectOptions options, Preferences recentProjects, Preferences themePreferences) {
        var main = new MainViewModel();
        var theme = new Theme(themePreferences);
        var window = new MainWindow(main, theme);
        var scene = new Scene(window, 1200, 760);
        theme.install(scene);
        stage.setScene(scene);
        var session = new StudioSession(BackgroundTasks.onThreadPool());
        var materializer = new Materializer(session);
        var core = new CoreFeatures(options, new RecentProjects(recentProjects));
        core.install(new StudioContext(
                stage, window, main, session, materializer, new AssetActions(session, materializer), condition -> {}));
        stage.show();
        return new StudioWindowFixture(stage, main, session, materializer, core, window);
    }

    /**
     * What the window holds now, for a wait that timed out to say: the project, its statuses, the last run and the
     * notifications. Read on the FX thread.
     */
    String state() {
        var project = session.project();
        return "project " + (project == null ? "none" : project.jar().getFileName()) + ", "
                + session.statuses().size() + " statuses, last run "
                + main.lastRunStatusProperty().get()
                + ", notifications " + session.notifications();
    }
}
