package dev.assetstudio.app.partitions;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Partitions details tab: for a partitioned asset the health bar with its counts, the
 * contiguous ranges, the selected partitions' details and the materialize buttons; for any other
 * asset an empty state saying it is not partitioned.
 */
public final class PartitionsTabView extends StackPane {
    private final PartitionsViewModel viewModel;
    private final PartitionHealthBar bar = new PartitionHealthBar();
    private final Label counts = new Label();
    private final Label selection = new Label();
    private final ListView<PartitionHealth.Range> ranges = new ListView<>();
    private final Button materializeSelected = new Button("Selected");
    private final Button materializeMissing = new Button("Missing");
    private final Button materializeFailed = new Button("Failed");
    private final VBox content = new VBox();
    private final EmptyState notPartitioned = new EmptyState(
            Icon.INFO, "Not partitioned", "This asset is materialized as a whole; it has no partitions.");
    private final ProgressIndicator loading = new ProgressIndicator();
    private boolean syncing;

    public PartitionsTabView(PartitionsViewModel viewModel) {
        this.viewModel = viewModel;
        getStylesheets()
                .add(PartitionsTabView.class.getResource("partitions.css").toExternalForm());
        createView();
        bind();
        showState();
    }

    private void createView() {
        setId("partitions-tab");
        counts.getStyleClass().add(Styles.PARTITIONS_COUNTS);
        counts.setId("partitions-counts");
        var legend = new HBox(
                12,
                RangeCell.legend(PartitionState.MATERIALIZED),
                RangeCell.legend(PartitionState.FAILED),
                RangeCell.legend(PartitionState.MISSING));
        legend.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);

        bar.setId("partitions-health-bar");
        materializeSelected.setId("partitions-materialize-selected");
        materializeMissing.setId("partitions-materialize-missing");
        materializeFailed.setId("partitions-materialize-failed");
        materializeSelected.getStyleClass().add(Styles.ACCENT);
        // the details area is often narrow: buttons wrap rather than cut their labels
        // One row in the 440 px column: "Materialize" once, then what to materialize, with tooltips in full.
        var materializeLabel = new javafx.scene.control.Label("Materialize");
        materializeLabel.getStyleClass().add(Styles.TEXT_MUTED);
        materializeSelected.setTooltip(
                new javafx.scene.control.Tooltip("Materialize the partitions selected on the bar"));
        materializeMissing.setTooltip(new javafx.scene.control.Tooltip("Materialize every missing partition"));
        materializeFailed.setTooltip(new javafx.scene.control.Tooltip("Materialize every failed partition"));
        var buttons = new FlowPane(8, 8, materializeLabel, materializeSelected, materializeMissing, materializeFailed);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(materializeSelected, materializeMissing, materializeFailed)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        selection.setId("partitions-selection");
        selection.setWrapText(true);
        var details = new VBox(4, subtitle("Selected"), selection);
        details.getStyleClass().add(Styles.PARTITIONS_DETAILS);

        ranges.setId("partitions-ranges");
        ranges.getStyleClass().add(Styles.PARTITIONS_LIST);
        ranges.setCellFactory(list -> new RangeCell());
        ranges.setFocusTraversable(false);
        VBox.setVgrow(ranges, Priority.ALWAYS);

        content.getStyleClass().add(Styles.PARTITIONS_TAB);
        content.getChildren().addAll(counts, bar, legend, buttons, details, subtitle("Ranges"), ranges);
        loading.setMaxSize(32, 32);
        getChildren().addAll(content, notPartitioned, loading);
    }

    private static Label subtitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SUBTITLE);
        return label;
    }

    private void bind() {
        bar.healthProperty().bind(viewModel.healthProperty());
        counts.textProperty().bind(viewModel.countsTextProperty());
        selection.textProperty().bind(viewModel.selectionTextProperty());
        ranges.setItems(viewModel.ranges());
        materializeSelected
                .disableProperty()
                .bind(viewModel.canMaterializeSelectedProperty().not());
        materializeMissing
                .disableProperty()
                .bind(viewModel.canMaterializeMissingProperty().not());
        materializeFailed
                .disableProperty()
                .bind(viewModel.canMaterializeFailedProperty().not());
        materializeSelected.setOnAction(e -> viewModel.materializeSelected());
        materializeMissing.setOnAction(e -> viewModel.materializeMissing());
        materializeFailed.setOnAction(e -> viewModel.materializeFailed());

        // the bar owns the clicks, the view-model the state: copy one way, guarded, to avoid a loop
        bar.selectedKeys().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                viewModel.selectedKeys().setAll(bar.selectedKeys());
                syncing = false;
            }
        });
        viewModel.selectedKeys().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                bar.select(viewModel.selectedKeys());
                syncing = false;
            }
        });
        // clicking a range selects it on the bar
        ranges.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            PartitionHealth h = viewModel.health();
            if (now != null && h != null) {
                bar.select(h.keys().subList(now.start(), now.end() + 1));
            }
        });
        viewModel.partitionedProperty().addListener((obs, was, now) -> showState());
        viewModel.loadedProperty().addListener((obs, was, now) -> showState());
        viewModel.assetProperty().addListener((obs, was, now) -> showState());
    }

    private void showState() {
        boolean loaded = viewModel.loadedProperty().get();
        boolean partitioned = viewModel.partitionedProperty().get();
        content.setVisible(loaded && partitioned);
        notPartitioned.setVisible(loaded && !partitioned);
        loading.setVisible(!loaded && viewModel.assetProperty().get() != null);
    }

    /** Whether the focused asset's partitions are on screen (screenshots wait for it). */
    public boolean isReady() {
        return viewModel.loadedProperty().get();
    }

    /** The health bar (tests click it). */
    public PartitionHealthBar bar() {
        return bar;
    }

    Pane content() {
        return content;
    }
}
