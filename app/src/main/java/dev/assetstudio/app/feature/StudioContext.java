package dev.assetstudio.app.feature;

import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What a {@link StudioFeature} is installed into: the window and its shell commands, the session every feature
 * works on, the materialize commands, the asset actions, and two hooks (readiness for the first screenshot, closing with the window).
 *
 * @param stage the studio's stage; its scene already holds {@code window}
 * @param window the main window: areas for the catalog, graph, details and run panel
 * @param main the shell's state: commands, status bar, progress
 * @param session the shared state: the open project, selection, statuses, run events, notifications
 * @param materializer the one way to start runs
 * @param actions the asset commands every menu, toolbar button and shortcut is made from
 * @param readiness takes conditions the first screenshot waits for ({@code () -> graph.isDrawn()})
 */
public record StudioContext(
        Stage stage,
        MainWindow window,
        MainViewModel main,
        StudioSession session,
        Materializer materializer,
        AssetActions actions,
        Consumer<BooleanSupplier> readiness) {

    /** Adds a condition the first screenshot waits for. */
    public void whenReady(BooleanSupplier condition) {
        readiness.accept(Objects.requireNonNull(condition, "condition"));
    }

    /** Runs {@code action} when the window closes (stop a daemon, close the project). */
    public void onClose(Runnable action) {
        Objects.requireNonNull(action, "action");
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> action.run());
    }
}
