package dev.assetstudio.app.cluster;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The cluster panel in a small window of its own (Run › Cluster…, Ctrl+Shift+W), following the cluster while shown. */
public final class ClusterPanelWindow {
    private static final String KEY = ClusterPanelWindow.class.getName();

    private ClusterPanelWindow() {}

    /** Shows the panel of {@code viewModel} over the window of {@code owner}; brings it to front when open. */
    public static Stage show(ClusterViewModel viewModel, Node owner) {
        Window main = owner.getScene() == null ? null : owner.getScene().getWindow();
        Object known = main == null ? null : main.getProperties().get(KEY);
        Stage stage;
        if (known instanceof Stage existing) {
            stage = existing;
        } else {
            stage = new Stage();
            stage.setTitle("Cluster");
            var scene = new Scene(new ClusterPanelView(viewModel), 520, 360);
            if (main != null && main.getScene() != null) {
                scene.getStylesheets().addAll(main.getScene().getStylesheets());
                stage.initOwner(main);
                main.getProperties().put(KEY, stage);
            }
            stage.setScene(scene);
            stage.setOnHidden(e -> viewModel.setWatching(false));
        }
        viewModel.setWatching(true);
        stage.show();
        stage.toFront();
        return stage;
    }
}
