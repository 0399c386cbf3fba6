package dev.assetstudio.app.runs;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Runs page in a window of its own (Ctrl+Shift+R), one per studio, brought to front when open. */
public final class RunsPageWindow {
    private static final String KEY = RunsPageWindow.class.getName();

    private RunsPageWindow() {}

    /** Shows the page of {@code viewModel} over the window of {@code owner}, reading its rows afresh. */
    public static Stage show(RunsPageViewModel viewModel, Node owner) {
        Window main = owner.getScene() == null ? null : owner.getScene().getWindow();
        Object known = main == null ? null : main.getProperties().get(KEY);
        Stage stage;
        if (known instanceof Stage existing) {
            stage = existing;
        } else {
            stage = new Stage();
            stage.setTitle("Runs and backfills");
            var scene = new Scene(new RunsPageView(viewModel), 1000, 640);
            if (main != null && main.getScene() != null) {
                scene.getStylesheets().addAll(main.getScene().getStylesheets());
                stage.initOwner(main);
                main.getProperties().put(KEY, stage);
            }
            stage.setScene(scene);
            stage.setOnHidden(e -> viewModel.setActive(false));
        }
        viewModel.setActive(true);
        stage.show();
        stage.toFront();
        return stage;
    }
}
