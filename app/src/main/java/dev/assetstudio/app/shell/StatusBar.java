package dev.assetstudio.app.shell;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line of the window: project, asset count, last run, and what is happening now. */
final class StatusBar extends HBox {

    private final MainViewModel viewModel;
    final Label project = new Label();
    final Label assets = new Label();
    final Label lastRun = new Label();
    final Label message = new Label();
    final ProgressBar progress = new ProgressBar();

    StatusBar(MainViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.STATUS_BAR);
        setId("status-bar");
        project.setId("status-project");
        assets.setId("status-assets");
        lastRun.setId("status-last-run");
        message.setId("status-message");
        project.setGraphic(Icons.create(Icon.OPEN, 12));
        lastRun.setGraphic(Icons.create(Icon.MATERIALIZE, 12));
        project.setMinWidth(80);
        // a narrow window shortens the jar's path (and the items at the right), never the counts
        assets.setMinWidth(Region.USE_PREF_SIZE);
        lastRun.setMinWidth(Region.USE_PREF_SIZE);
        progress.setPrefWidth(120);
        progress.setPrefHeight(6);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(project, separator(), assets, separator(), lastRun, spacer, message, progress);
    }

    private void initListeners() {
        project.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.projectPathProperty().get() == null
                                ? "No project open"
                                : viewModel.projectPathProperty().get().toString(),
                        viewModel.projectPathProperty()));
        assets.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> !viewModel.projectOpenProperty().get()
                                ? "No assets"
                                : viewModel.assetCountProperty().get() == 1
                                        ? "1 asset"
                                        : viewModel.assetCountProperty().get() + " assets",
                        viewModel.projectOpenProperty(),
                        viewModel.assetCountProperty()));
        lastRun.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.lastRunStatusProperty().get() == null
                                ? "No runs yet"
                                : "Last run: "
                                        + viewModel.lastRunStatusProperty().get(),
                        viewModel.lastRunStatusProperty()));
        message.textProperty().bind(viewModel.statusMessageProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
    }

    /** Adds {@code node} at the right end, after a separator. */
    void addItem(javafx.scene.Node node) {
        Separator separator = separator();
        // an item that hides itself takes its separator along
        separator.visibleProperty().bind(node.visibleProperty());
        separator.managedProperty().bind(node.managedProperty());
        getChildren().addAll(separator, node);
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
