package dev.assetstudio.app.cluster;

import dev.assetstudio.app.project.ProjectViewModel;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.shell.StudioAction;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Running on a cluster from the studio: Run › Run on (in-process, worker process, or the cluster
 * when one answers) and Run › Cluster… (Ctrl+Shift+W), the panel of its workers and their steps.
 */
public final class ClusterFeature {
    private ClusterFeature() {}

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
        return viewModel;
    }
}
