package dev.assetstudio.app.graph;

import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.testing.FxWait;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.Project;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A graph view alone in a themed (headless) window, showing an open project through its own session: what the graph
 * tests share. Made in a TestFX {@code @Start} method; {@link #close()} after each test.
 */
record GraphWindow(Project project, StudioSession session, GraphView view, Preferences preferences) {

    /** Shows {@code project} in a {@code width × height} window on {@code stage}. */
    static GraphWindow show(Stage stage, Project project, double width, double height) {
        var preferences = TestPreferences.fresh();
        var session = new StudioSession(BackgroundTasks.onThreadPool());
        var view = new GraphView(new GraphViewModel(session, new Materializer(session)));
        var scene = new Scene(view, width, height);
        new Theme(preferences).install(scene);
        stage.setScene(scene);
        stage.show();
        session.setProject(project);
        return new GraphWindow(project, session, view, preferences);
    }

    /** Waits until the view has drawn its first frame. */
    void awaitDrawn() throws Exception {
        awaitModel(model -> true);
    }

    /** Waits until the view has drawn a model that {@code done} accepts; a timeout says what the model holds. */
    void awaitModel(Predicate<GraphModel> done) throws Exception {
        FxWait.until(() -> view.isDrawn() && done.test(view.viewModel().model()), this::state);
    }

    /** What the view shows now, for a wait that timed out to say. */
    String state() {
        GraphModel model = view.viewModel().model();
        return (view.isDrawn() ? "drawn: " : "not drawn: ")
                + (model == null
                        ? "no model"
                        : model.nodes().size() + " cards, overview " + model.isOverview() + ", collapsed "
                                + model.collapsed());
    }

    /** Closes the project and forgets the window's preferences. */
    void close() {
        project.close();
        TestPreferences.remove(preferences);
    }
}
