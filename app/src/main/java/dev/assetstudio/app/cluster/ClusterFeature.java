package dev.assetstudio.app.cluster;

import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;
import dev.assetstudio.app.project.ProjectViewModel;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.shell.StudioAction;
import dev.assetstudio.engine.Execution;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;

/**
 * Running on a cluster from the studio: Run › Run on (in-process, worker process, or the cluster
 * when one answers) and Run › Cluster… (Ctrl+Shift+W), the panel of its workers and their steps.
 */
public final class ClusterFeature implements StudioFeature {
    private final Supplier<ProjectViewModel> projects;
    private final Path home;

    /** {@code projects} reloads the project when the user picks where it runs; {@code home} holds its settings. */
    public ClusterFeature(Supplier<ProjectViewModel> projects, Path home) {
        this.projects = projects;
        this.home = home;
    }

    @Override
    public void install(StudioContext context) {
        ClusterViewModel viewModel = install(context.window(), context.main(), context.session(), projects.get(), home);
        context.onClose(viewModel::close);
    }

    /** Adds the menu and the panel's command to {@code window}; the model is closed with the window. */
    public static ClusterViewModel install(
            MainWindow window, MainViewModel main, StudioSession session, ProjectViewModel projects, Path home) {
        var viewModel = new ClusterViewModel(session, home, projects::reload, Platform::runLater);
        var runMenu = window.runMenu();
        runMenu.getItems().addAll(new SeparatorMenuItem(), new RunOnMenu(viewModel));
        // the Run menu opening is when the user may look for the cluster: ask again whether it answers
        runMenu.addEventHandler(javafx.scene.control.Menu.ON_SHOWING, e -> viewModel.probe());
        main.setHandler(StudioAction.CLUSTER_PANEL, () -> {
            viewModel.probe();
            ClusterPanelWindow.show(viewModel, window);
        });
        window.addStatusBarItem(runsOnIndicator(viewModel, main));
        return viewModel;
    }

    /**
     * "Runs on cluster 'NAME'" in the status bar while the project's steps go to a cluster (nothing
     * otherwise: a user who never picks one sees no change); a click opens the cluster panel.
     */
    private static Label runsOnIndicator(ClusterViewModel viewModel, MainViewModel main) {
        var indicator = new Label();
        indicator.setId("status-runs-on");
        indicator
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.runsOnProperty().get() == Execution.CLUSTER
                                        && viewModel.clusterProperty().get() != null
                                ? "Runs on cluster '"
                                        + viewModel.clusterProperty().get().name() + "'"
                                : "",
                        viewModel.runsOnProperty(),
                        viewModel.clusterProperty()));
        indicator.visibleProperty().bind(indicator.textProperty().isNotEmpty());
        indicator.managedProperty().bind(indicator.visibleProperty());
        indicator.setMinWidth(Region.USE_PREF_SIZE);
        indicator.setOnMouseClicked(e -> main.execute(StudioAction.CLUSTER_PANEL));
        return indicator;
    }
}
