package dev.assetstudio.app.cluster;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.cluster.ClusterMember;
import dev.assetstudio.engine.cluster.DepartedWorker;
import dev.assetstudio.engine.cluster.RunningStep;
import dev.assetstudio.engine.text.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;

/**
 * The cluster panel: one line on the cluster, then its workers, each with the steps it runs now
 * (asset, run, for how long), as {@link ClusterViewModel} reads them, then the workers that left
 * while it watched.
 */
public final class ClusterPanelView extends BorderPane {
    private static final DateTimeFormatter LEFT_AT =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final TreeView<String> tree = new TreeView<>(new TreeItem<>("workers"));

    public ClusterPanelView(ClusterViewModel viewModel) {
        setId("cluster-panel");
        var status = new Label();
        status.setId("cluster-panel-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.SUBTITLE);
        status.textProperty().bind(viewModel.statusProperty());
        BorderPane.setMargin(status, new Insets(8));
        setTop(status);
        tree.setId("cluster-panel-members");
        tree.setShowRoot(false);
        setCenter(tree);
        viewModel.members().addListener((ListChangeListener<ClusterMember>) change -> show(viewModel));
        show(viewModel);
    }

    private void show(ClusterViewModel viewModel) {
        Instant now = Instant.now();
        var root = tree.getRoot();
        root.getChildren().clear();
        for (ClusterMember member : viewModel.members()) {
            int n = member.running().size();
            var item = new TreeItem<>(member.name() + "  —  " + (n == 0 ? "idle" : n + (n == 1 ? " step" : " steps")));
            for (RunningStep step : member.running()) {
                item.getChildren()
                        .add(new TreeItem<>(step.step() + "  ·  run " + step.runId() + "  ·  "
                                + Durations.format(Duration.between(step.startedAt(), now))));
            }
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        for (DepartedWorker gone : viewModel.departed()) {
            // what it ran is the coordinators' to retry: each run's log says where it went
            root.getChildren().add(new TreeItem<>(gone.name() + "  —  left at " + LEFT_AT.format(gone.leftAt())));
        }
    }
}
