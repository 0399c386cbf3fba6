package dev.assetstudio.app.details;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.text.Durations;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The Activity tab: a plot per numeric metadata key and one of the step duration (two columns when
 * the tab is wide), an "x: time | partition" toggle for partitioned assets, and the materializations
 * table with "Load more". An empty state when the asset was never materialized.
 */
public final class ActivityView extends TabFrame {
    private static final double TABLE_ROW = 28.5;

    private final ActivityViewModel model;
    private final VBox body;
    private final Label summary = new Label();
    private final ToggleButton byTime = new ToggleButton("time");
    private final ToggleButton byPartition = new ToggleButton("partition");
    private final HBox axisToggle;
    private final TilePane charts = new TilePane(12, 12);
    private final TableView<Materialization> table = new TableView<>();
    private final TableColumn<Materialization, String> partitionColumn = column("Partition", 110);
    private final Button loadMore = new Button("Load more");
    /** The selected (else the latest) materialization's tables, markdown, links, paths and JSON, drawn by kind. */
    private final dev.assetstudio.app.metadata.MetadataPane richMetadata =
            new dev.assetstudio.app.metadata.MetadataPane();

    private final EmptyState empty = new EmptyState(
            Icon.INFO, "Never materialized", "Materialize this asset to see its history and metadata plots here.");

    public ActivityView(ActivityViewModel model) {
        this(model, new VBox(12), new StackPane());
    }

    private ActivityView(ActivityViewModel model, VBox body, StackPane stack) {
        super(model, stack);
        this.model = model;
        this.body = body;
        var axisLabel = new Label("x:");
        axisLabel.getStyleClass().add(Styles.TEXT_MUTED);
        this.axisToggle = new HBox(4, axisLabel, byTime, byPartition);
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        // The plots and the table follow the width; a horizontal bar would only hide the last pixels.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stack.getChildren().addAll(scroll, empty);
        createView();
        initListeners();
    }

    private void createView() {
        body.setId("activity-view");
        body.getStyleClass().add(Styles.CARD);
        summary.getStyleClass().add(Styles.SECTION_TITLE);
        summary.setId("activity-summary");
        var group = new ToggleGroup();
        byTime.setToggleGroup(group);
        byPartition.setToggleGroup(group);
        byTime.setSelected(true);
        byTime.setId("activity-x-time");
        byPartition.setId("activity-x-partition");
        axisToggle.setAlignment(Pos.CENTER_LEFT);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(8, summary, spacer, axisToggle);
        header.setAlignment(Pos.CENTER_LEFT);

        charts.setId("activity-charts");
        charts.setPrefColumns(1);

        table.setId("activity-table");
        table.setMinWidth(0);
        TableColumn<Materialization, String> time = column("Time", 150);
        time.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.time(c.getValue().timestamp())));
        TableColumn<Materialization, String> run = column("Run", 90);
        run.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().runId()));
        TableColumn<Materialization, String> duration = column("Duration", 80);
        duration.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Durations.format(c.getValue().duration())));
        partitionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().partition() == null ? "" : c.getValue().partition()));
        TableColumn<Materialization, String> metadata = column("Metadata", 260);
        metadata.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.metadata(c.getValue().metadata())));
        table.getColumns().addAll(java.util.List.of(time, run, duration, partitionColumn, metadata));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loadMore.setId("activity-load-more");
        var tableTitle = new Label("Materializations");
        tableTitle.getStyleClass().add(Styles.SECTION_TITLE);
        richMetadata.setId("activity-metadata");
        body.getChildren().addAll(header, charts, tableTitle, table, loadMore, richMetadata);
    }

    private void initListeners() {
        byTime.setOnAction(e -> model.xAxisProperty().set(ChartData.XAxis.TIME));
        byPartition.setOnAction(e -> model.xAxisProperty().set(ChartData.XAxis.PARTITION));
        model.xAxisProperty().addListener((obs, was, now) -> {
            byTime.setSelected(now == ChartData.XAxis.TIME);
            byPartition.setSelected(now == ChartData.XAxis.PARTITION);
        });
        axisToggle.visibleProperty().bind(model.partitionedProperty());
        axisToggle.managedProperty().bind(model.partitionedProperty());
        partitionColumn.visibleProperty().bind(model.partitionedProperty());
        loadMore.visibleProperty().bind(model.canLoadMoreProperty());
        loadMore.managedProperty().bind(model.canLoadMoreProperty());
        loadMore.setOnAction(e -> model.loadMore());
        model.charts().addListener((ListChangeListener<ChartData>) c -> showCharts());
        model.rows().addListener((ListChangeListener<Materialization>) c -> showRows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showMetadata());
        model.totalProperty().addListener((obs, was, now) -> showRows());
        model.stateProperty().addListener((obs, was, now) -> showRows());
        // Two columns of plots when there is room for them.
        body.widthProperty().addListener((obs, was, now) -> fitCharts(now.doubleValue()));
        showCharts();
        showRows();
    }

    private void fitCharts(double width) {
        double inner = Math.max(
                200, width - body.getPadding().getLeft() - body.getPadding().getRight());
        int columns = inner >= 720 ? 2 : 1;
        double tile = Math.floor((inner - charts.getHgap() * (columns - 1)) / columns) - 1;
        charts.setPrefColumns(columns);
        charts.setPrefTileWidth(tile);
        charts.getChildren().forEach(n -> ((Region) n).setPrefWidth(tile));
    }

    private void showCharts() {
        charts.getChildren().clear();
        for (ChartData data : model.charts()) {
            var chart = new MetricChart();
            chart.setData(data);
            charts.getChildren().add(chart);
        }
        fitCharts(body.getWidth());
    }

    private void showRows() {
        table.getItems().setAll(model.rows());
        long total = model.totalProperty().get();
        summary.setText(total == 1 ? "1 materialization" : Formats.count(total) + " materializations");
        double height = 32 + TABLE_ROW * Math.max(1, Math.min(12, model.rows().size()));
        table.setPrefHeight(height);
        table.setMinHeight(height);
        showMetadata();
        boolean never = total == 0 && model.state() == AssetTabModel.State.READY;
        empty.setVisible(never);
        body.setVisible(!never);
    }

    private void showMetadata() {
        Materialization shown = table.getSelectionModel().getSelectedItem();
        if (shown == null && !table.getItems().isEmpty()) {
            shown = table.getItems().get(0);
        }
        richMetadata.show(shown == null ? null : shown.metadata(), true);
    }

    private static TableColumn<Materialization, String> column(String title, double width) {
        var column = new TableColumn<Materialization, String>(title);
        column.setPrefWidth(width);
        return column;
    }
}
