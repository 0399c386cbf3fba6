package dev.assetstudio.app.details;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import dev.assetstudio.engine.model.MetadataValues;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Checks tab: the asset's health and its reasons, a table of its checks (latest result,
 * severity, blocking, when, what was found), and for the selected check its latest metadata and its
 * history. <i>Run checks</i> runs every check of the asset on its stored value.
 */
public final class ChecksView extends TabFrame {
    private final ChecksViewModel model;
    private final Label health = new Label();
    private final Label reasons = new Label();
    private final Button run = new Button("Run checks");
    private final Label empty = new Label("This asset has no checks.");
    private final TableView<ChecksInfo.Row> checks = new TableView<>();
    private final TableView<Map.Entry<String, Object>> metadata = new TableView<>();
    private final dev.assetstudio.app.metadata.MetadataPane richMetadata =
            new dev.assetstudio.app.metadata.MetadataPane();
    private final TableView<AssetCheckEvaluation> history = new TableView<>();
    private final VBox body;

    public ChecksView(ChecksViewModel model) {
        this(model, new VBox(10));
    }

    private ChecksView(ChecksViewModel model, VBox body) {
        super(model, body);
        this.model = model;
        this.body = body;
        createView();
        initListeners();
    }

    private void createView() {
        body.setId("checks-view");
        body.getStyleClass().add(Styles.CARD);
        health.setId("checks-health");
        reasons.setId("checks-health-reasons");
        reasons.getStyleClass().add(Styles.TEXT_MUTED);
        reasons.setWrapText(true);
        run.setId("checks-run");
        run.setDisable(!model.canRun());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(8, health, reasons, spacer, run);
        top.setAlignment(Pos.CENTER_LEFT);
        empty.setId("checks-empty");
        empty.getStyleClass().add(Styles.TEXT_MUTED);

        checks.setId("checks-table");
        checks.getColumns().add(column("Check", ChecksInfo.Row::name));
        checks.getColumns().add(column("Result", ChecksInfo.Row::result));
        checks.getColumns().add(column("Severity", r -> r.latest()
                .map(e -> e.severity().name())
                .orElse("—")));
        checks.getColumns().add(column("Blocking", r -> r.blocking() ? "yes" : "no"));
        checks.getColumns()
                .add(column(
                        "When", r -> r.latest().map(e -> Formats.time(e.time())).orElse("—")));
        checks.getColumns().add(column("Found", r -> r.latest()
                .filter(e -> !e.description().isBlank())
                .map(AssetCheckEvaluation::description)
                .orElse(r.description())));
        checks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        checks.setPrefHeight(160);

        metadata.setId("checks-metadata");
        var key = new TableColumn<Map.Entry<String, Object>, String>("Metadata");
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        var value = new TableColumn<Map.Entry<String, Object>, String>("Value");
        value.setCellValueFactory(c ->
                new ReadOnlyStringWrapper(MetadataValues.oneLine(c.getValue().getValue())));
        metadata.getColumns().add(key);
        metadata.getColumns().add(value);
        metadata.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        metadata.setPrefHeight(120);

        history.setId("checks-history");
        history.getColumns().add(evaluationColumn("When", e -> Formats.time(e.time())));
        history.getColumns().add(evaluationColumn("Result", AssetCheckEvaluation::outcome));
        history.getColumns().add(evaluationColumn("Partition", e -> e.partition() == null ? "—" : e.partition()));
        history.getColumns().add(evaluationColumn("Run", e -> Formats.shortRunId(e.runId())));
        history.getColumns().add(evaluationColumn("Metadata", e -> Formats.metadata(e.metadata())));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPrefHeight(160);
        VBox.setVgrow(history, Priority.ALWAYS);

        richMetadata.setId("checks-rich-metadata");
        body.getChildren().addAll(top, empty, checks, metadata, richMetadata, history);
    }

    private void initListeners() {
        run.setOnAction(e -> model.runChecks());
        model.infoProperty().addListener((obs, was, now) -> show(now));
        checks.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showCheck(now));
        show(model.infoProperty().get());
    }

    private void show(ChecksInfo info) {
        body.setVisible(info != null);
        if (info == null) {
            return;
        }
        AssetHealth h = info.health();
        health.setText(h.state().word());
        health.getStyleClass().removeIf(c -> c.startsWith(Styles.HEALTH_PREFIX));
        health.getStyleClass().add(HealthStyles.of(h.state()));
        reasons.setText(String.join("; ", h.reasons()));
        boolean none = info.checks().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
        run.setDisable(none || !model.canRun());
        String selected = checks.getSelectionModel().getSelectedItem() == null
                ? null
                : checks.getSelectionModel().getSelectedItem().name();
        checks.getItems().setAll(info.checks());
        // keep the check the user looked at; else the first one
        int index = 0;
        for (int i = 0; i < info.checks().size(); i++) {
            if (info.checks().get(i).name().equals(selected)) {
                index = i;
            }
        }
        if (!none) {
            checks.getSelectionModel().select(index);
        }
        showCheck(none ? null : info.checks().get(index));
    }

    private void showCheck(ChecksInfo.Row row) {
        metadata.getItems()
                .setAll(
                        row == null || row.latest().isEmpty()
                                ? List.of()
                                : List.copyOf(row.latest().get().metadata().entrySet()));
        history.getItems().setAll(row == null ? List.of() : row.history());
        richMetadata.show(
                row == null || row.latest().isEmpty()
                        ? null
                        : row.latest().get().metadata(),
                true);
    }

    private static TableColumn<ChecksInfo.Row, String> column(
            String title, java.util.function.Function<ChecksInfo.Row, String> value) {
        var column = new TableColumn<ChecksInfo.Row, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<AssetCheckEvaluation, String> evaluationColumn(
            String title, java.util.function.Function<AssetCheckEvaluation, String> value) {
        var column = new TableColumn<AssetCheckEvaluation, String>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
