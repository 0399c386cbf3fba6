package dev.assetstudio.app.cluster;

import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.cluster.ClusterSettings;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * Run › Run on: in-process, the worker process, or the cluster when one answers. The open
 * project's choice is ticked; picking another remembers it for the project and reloads it.
 */
public final class RunOnMenu extends Menu {
    private final RadioMenuItem inProcess = new RadioMenuItem("In-process (the studio's JVM)");
    private final RadioMenuItem worker = new RadioMenuItem("Worker process");
    private final RadioMenuItem cluster = new RadioMenuItem();

    public RunOnMenu(ClusterViewModel viewModel) {
        super("Run on");
        setId("menu-run-on");
        inProcess.setId("run-on-in-process");
        worker.setId("run-on-worker");
        cluster.setId("run-on-cluster");
        var group = new ToggleGroup();
        for (RadioMenuItem item : new RadioMenuItem[] {inProcess, worker, cluster}) {
            item.setToggleGroup(group);
        }
        getItems().addAll(inProcess, worker, cluster);
        cluster.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> clusterLabel(
                                viewModel.clusterProperty().get(),
                                viewModel.reachableWorkersProperty().get()),
                        viewModel.clusterProperty(),
                        viewModel.reachableWorkersProperty()));
        // the cluster is offered once a probe found workers; the one running on it can always be left
        cluster.disableProperty()
                .bind(viewModel
                        .reachableWorkersProperty()
                        .lessThan(1)
                        .and(viewModel.runsOnProperty().isNotEqualTo(Execution.CLUSTER)));
        disableProperty().bind(viewModel.runsOnProperty().isNull());
        inProcess.setOnAction(e -> viewModel.runOn(Execution.IN_PROCESS));
        worker.setOnAction(e -> viewModel.runOn(Execution.WORKER));
        cluster.setOnAction(e -> viewModel.runOn(Execution.CLUSTER));
        viewModel.runsOnProperty().addListener((obs, was, now) -> tick(now));
        tick(viewModel.runsOnProperty().get());
        setOnShowing(e -> viewModel.probe());
    }

    private void tick(Execution execution) {
        inProcess.setSelected(execution == Execution.IN_PROCESS);
        worker.setSelected(execution == Execution.WORKER);
        cluster.setSelected(execution == Execution.CLUSTER);
    }

    static String clusterLabel(ClusterSettings settings, int workers) {
        String name = "Cluster '" + settings.name() + "'";
        if (workers < 0) {
            return name + " — looking…";
        }
        if (workers == 0) {
            return name + " — not reachable";
        }
        return name + " — " + workers + (workers == 1 ? " worker" : " workers");
    }
}
