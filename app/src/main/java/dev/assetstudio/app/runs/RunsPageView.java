package dev.assetstudio.app.runs;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.details.Formats;
import dev.assetstudio.app.run.RunPanelView;
import dev.assetstudio.app.run.RunPanelViewModel;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.backfill.BackfillMatrix;
import dev.assetstudio.engine.run.StepEventType;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Runs page: filters (status, asset, time) over the runs and backfills of the open project, and
 * the chosen backfill's partition × asset matrix, each cell in the engine's words for its state. Opening
 * a row (double-click, Enter or Open) shows its run detail on a page of its own, with Back to the list.
 */
public final class RunsPageView extends StackPane {
    /** More rows than this are not drawn as cells; the CLI's {@code backfill show} lists them all. */
    static final int MAX_MATRIX_ROWS = 400;
    /** The widest a key heads a matrix column: a long key is cut in the middle (whole on hover). */
    private static final double KEY_HEADER_WIDTH = 180;

    private final RunsPageViewModel viewModel;
    private final ComboBox<String> status = new ComboBox<>();
    private final TextField asset = new TextField();
    private final ComboBox<RunsPageViewModel.Since> since = new ComboBox<>();
    private final TableView<RunsRow> table = new TableView<>();
    private final GridPane matrix = new GridPane();
    private final Label matrixTitle = new Label("Choose a backfill to see its partitions");
    private final BorderPane list = new BorderPane();
    private final BorderPane detail = new BorderPane();
    private final RunPanelViewModel detailViewModel;
    private final Button open = new Button("Open");

    /**
     * The page over {@code viewModel}; {@code detailViewModel} (one that does not follow new runs) shows
     * the opened run.
     */
    public RunsPageView(RunsPageViewModel viewModel, RunPanelViewModel detailViewModel) {
        this.viewModel = viewModel;
        this.detailViewModel = detailViewModel;
        createView();
        createDetail();
        initListeners();
    }

    private void createDetail() {
        var back = new Button("Back to runs");
        back.setId("run-detail-back");
        back.setOnAction(e -> viewModel.back());
        var title = new Label();
        title.setId("run-detail-title");
        title.getStyleClass().add(Styles.SUBTITLE);
        title.textProperty()
                .bind(javafx.beans.binding.Bindings.concat(
                        "Run ", detailViewModel.runIdProperty(), "  ·  ", detailViewModel.selectionProperty()));
        var bar = new HBox(10, back, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 0, 8));
        var panel = new RunPanelView(detailViewModel);
        panel.hideRecentRuns();
        panel.setId("run-detail-panel");
        detail.setId("run-detail");
        detail.setTop(bar);
        detail.setCenter(panel);
        detail.setVisible(false);
        getChildren().addAll(list, detail);
    }

    private void createView() {
        setId("runs-page");
        status.setId("runs-status-filter");
        asset.setId("runs-asset-filter");
        since.setId("runs-since-filter");
        table.setId("runs-table");
        matrix.setId("backfill-matrix");
        status.getItems().setAll(RunsPageViewModel.STATUSES);
        since.getItems().setAll(RunsPageViewModel.Since.values());
        asset.setPromptText("Asset");
        open.setId("runs-open");
        open.setDefaultButton(false);
        var spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        var filters = new HBox(8, new Label("Status"), status, asset, since, spacer, open);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8));
        list.setTop(filters);

        table.getColumns()
                .setAll(List.of(
                        column("Kind", RunsRow::kind),
                        column("Id", RunsRow::shortId),
                        column("Status", RunsRow::status),
                        column("Started", r -> Formats.time(r.started())),
                        column("Progress", RunsRow::progressWords),
                        column("Ran on", RunsRow::executorWords),
                        keyColumn("Selection", RunsRow::selection)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No runs"));
        table.setItems(viewModel.rows());

        matrix.setHgap(4);
        matrix.setVgap(2);
        matrix.setPadding(new Insets(8));
        matrixTitle.getStyleClass().add(Styles.SUBTITLE);
        matrixTitle.setId("backfill-matrix-title");
        var right = new VBox(6, matrixTitle, new ScrollPane(matrix));
        right.setPadding(new Insets(8));
        var split = new SplitPane(table, right);
        split.setDividerPositions(0.5);
        list.setCenter(split);
    }

    private static TableColumn<RunsRow, String> column(String name, java.util.function.Function<RunsRow, String> text) {
        var column = new TableColumn<RunsRow, String>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    /** A column of asset keys: cut in the middle when narrow, whole on hover. */
    private static TableColumn<RunsRow, String> keyColumn(
            String name, java.util.function.Function<RunsRow, String> text) {
        var column = column(name, text);
        column.setCellFactory(dev.assetstudio.app.ui.KeyLabels.cells());
        return column;
    }

    private void initListeners() {
        status.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        asset.textProperty().bindBidirectional(viewModel.assetFilterProperty());
        since.valueProperty().bindBidirectional(viewModel.sinceProperty());
        table.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, row) -> viewModel.selectedProperty().set(row));
        viewModel.matrixProperty().addListener((o, a, m) -> showMatrix(m));
        open.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(table.getSelectionModel().getSelectedItem()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER
                    && table.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.detailRunProperty().addListener((o, a, id) -> showPage(id));
        showPage(viewModel.detailRunProperty().get());
    }

    /** The list, or the detail of run {@code runId}. */
    private void showPage(String runId) {
        boolean showDetail = runId != null;
        detail.setVisible(showDetail);
        list.setVisible(!showDetail);
        if (showDetail) {
            detailViewModel.showRun(runId);
        }
    }

    private void showMatrix(BackfillMatrix m) {
        matrix.getChildren().clear();
        if (m == null) {
            matrixTitle.setText("Choose a backfill to see its partitions");
            return;
        }
        matrixTitle.setText("Backfill " + m.backfill().shortId() + " · "
                + m.backfill().status().words() + " · " + m.progress().words());
        List<AssetKey> assets = m.assets();
        for (int c = 0; c < assets.size(); c++) {
            var header = dev.assetstudio.app.ui.KeyLabels.label(assets.get(c).toString());
            header.setMaxWidth(KEY_HEADER_WIDTH);
            matrix.add(header, c + 1, 0);
        }
        List<String> partitions = m.partitions();
        int shown = Math.min(partitions.size(), MAX_MATRIX_ROWS);
        for (int r = 0; r < shown; r++) {
            String partition = partitions.get(r);
            matrix.add(new Label(partition == null ? "(unpartitioned)" : partition), 0, r + 1);
            for (int c = 0; c < assets.size(); c++) {
                if (m.isTarget(assets.get(c), partition)) {
                    StepEventType state = m.state(assets.get(c), partition).orElse(null);
                    var cell = new Label(state == null ? "pending" : state.words());
                    cell.setId("cell-" + assets.get(c) + "-" + (partition == null ? "" : partition));
                    cell.getStyleClass().add(Styles.TEXT_MUTED);
                    matrix.add(cell, c + 1, r + 1);
                }
            }
        }
        if (shown < partitions.size()) {
            matrix.add(new Label((partitions.size() - shown) + " more partitions"), 0, shown + 1);
        }
    }
}
