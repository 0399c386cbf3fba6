package dev.assetstudio.app.details;

import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import java.util.function.BiConsumer;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window on a session of its own, the focused asset told to the shell as the studio tells it (the details
 * area shows its tabs once the shell knows the selected asset): what the details tests share. Made in a TestFX
 * {@code @Start} method; {@link #close()} after each test.
 */
record DetailsWindow(StudioSession session, MainWindow window, Preferences preferences) {

    /**
     * Shows a {@code width × height} window on {@code stage}; {@code install} puts the views under test into it (the
     * details, and the catalog where a test needs it) before it is shown.
     */
    static DetailsWindow show(Stage stage, double width, double height, BiConsumer<MainWindow, StudioSession> install) {
        var preferences = TestPreferences.fresh();
        var session = new StudioSession(BackgroundTasks.onThreadPool());
        var main = new MainViewModel();
        var theme = new Theme(preferences);
        var window = new MainWindow(main, theme);
        session.focusedProperty()
                .addListener((obs, was, key) -> main.setSelectedAsset(key == null ? null : key.toString()));
        install.accept(window, session);
        var scene = new Scene(window, width, height);
        theme.install(scene);
        stage.setScene(scene);
        stage.show();
        return new DetailsWindow(session, window, preferences);
    }

    /** What the session holds now, for a wait that timed out to say. */
    String state() {
        return "focused " + session.focused() + ", selection " + session.selection() + ", notifications "
                + session.notifications();
    }

    /** Forgets the window's preferences. */
    void close() {
        TestPreferences.remove(preferences);
    }
}
