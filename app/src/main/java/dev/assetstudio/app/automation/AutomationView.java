package dev.assetstudio.app.automation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Automation view: every schedule, sensor and asset with an automation condition, each with its
 * on/off switch, next tick and last result; the details of the selected one (an asset's evaluated
 * condition in words); and the tick history with what ran or was skipped and why. Shows what {@link
 * AutomationViewModel} holds; decides nothing.
 */
public final class AutomationView extends BorderPane {
    private final AutomationViewModel viewModel;
    final TableView<AutomationRow> rows = new TableView<>();
    final TableView<TickRow> ticks = new TableView<>();
    final TextArea details = new TextArea();
    /** The name of the row the user selected, kept across refreshes that replace the rows. */
    private String selectedName;

    private boolean refreshing;
    final Label lease = new Label();

    public AutomationView(AutomationViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("automation-view");
        rows.setId("automation-rows");
        ticks.setId("automation-ticks");
        details.setId("automation-details");
        lease.setId("automation-lease");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPromptText("Select a schedule, sensor or asset to see its last result.");

        TableColumn<AutomationRow, AutomationRow> on = new TableColumn<>("On");
        on.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        on.setCellFactory(c -> new SwitchCell());
        on.setPrefWidth(48);
        rows.getColumns().add(on);
        rows.getColumns().add(text("Name", AutomationRow::name, 180));
        rows.getColumns().add(text("Kind", AutomationRow::kind, 90));
        rows.getColumns().add(text("What", AutomationRow::what, 260));
        rows.getColumns().add(text("Next tick", AutomationRow::nextTick, 150));
        rows.getColumns().add(text("Last result", AutomationRow::lastResult, 420));
        rows.setItems(javafx.collections.FXCollections.observableArrayList(viewModel.rows()));
        rows.setPlaceholder(new Label("No schedule, sensor or automation condition in this project."));

        ticks.getColumns().add(tick("Time", TickRow::time, 150));
        ticks.getColumns().add(tick("Name", TickRow::name, 180));
        ticks.getColumns().add(tick("Status", TickRow::status, 90));
        ticks.getColumns().add(tick("Summary", TickRow::summary, 360));
        ticks.getColumns().add(tick("Requests", r -> r.lines().replace('\n', ' '), 520));
        ticks.setItems(viewModel.ticks());
        ticks.setPlaceholder(new Label("No tick yet: turn something on."));

        var rowsArea = new VBox(4, new Label("Schedules, sensors and assets with a condition"), rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        var ticksArea = new VBox(4, new Label("Tick history"), ticks);
        VBox.setVgrow(ticks, Priority.ALWAYS);
        var split = new SplitPane(rowsArea, details, ticksArea);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4, 0.6);
        setCenter(split);
        lease.setAlignment(Pos.CENTER_LEFT);
        setBottom(lease);
    }

    private void initListeners() {
        lease.textProperty().bind(viewModel.leaseProperty());
        rows.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!refreshing) {
                selectedName = row == null ? null : row.name();
            }
            showDetails(row);
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<AutomationRow>) change -> refresh());
    }

    /**
     * The view model replaces its rows on refresh, and a table drops its selection when its rows are
     * replaced: the table shows a copy, and the row of the name the user selected stays selected.
     */
    private void refresh() {
        refreshing = true;
        try {
            rows.getItems().setAll(viewModel.rows());
            int index = -1;
            for (int i = 0; i < rows.getItems().size(); i++) {
                if (rows.getItems().get(i).name().equals(selectedName)) {
                    index = i;
                }
            }
            if (index < 0) {
                rows.getSelectionModel().clearSelection();
            } else {
                rows.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            refreshing = false;
        }
        showDetails(rows.getSelectionModel().getSelectedItem());
    }

    private void showDetails(AutomationRow row) {
        details.setText(row == null ? "" : row.name() + " (" + row.kind() + ")\n" + row.details());
    }

    private static TableColumn<AutomationRow, String> text(
            String title, java.util.function.Function<AutomationRow, String> value, double width) {
        TableColumn<AutomationRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<TickRow, String> tick(
            String title, java.util.function.Function<TickRow, String> value, double width) {
        TableColumn<TickRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The on/off switch of a row; an asset's switch is declarative automation's. */
    private final class SwitchCell extends TableCell<AutomationRow, AutomationRow> {
        private final CheckBox box = new CheckBox();

        SwitchCell() {
            box.setOnAction(e -> {
                AutomationRow row = getItem();
                if (row != null) {
                    viewModel.setEnabled(row, box.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(AutomationRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(row.enabled());
            box.setId("automation-switch-" + row.name().replace('/', '-'));
            setGraphic(box);
        }
    }
}
