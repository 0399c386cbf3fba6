package dev.assetstudio.app.details;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import dev.assetstudio.app.ui.StatusBadge;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.text.Durations;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Runs/Logs tab: the runs that touched the asset (status badge, start, duration, selection) on
 * top, and below the selected run's events and log lines of this asset in a monospace list
 * coloured by level.
 */
public final class RunsView extends TabFrame {
    private final RunsViewModel model;
    private final TableView<RunRecord> runs = new TableView<>();
    private final ListView<RunsViewModel.LogEntry> log = new ListView<>();
    private final Label logTitle = new Label("Log");
    private final EmptyState empty =
            new EmptyState(Icon.INFO, "No runs yet", "Runs that plan or materialize this asset are listed here.");

    public RunsView(RunsViewModel model) {
        this(model, new StackPane());
    }

    private RunsView(RunsViewModel model, StackPane stack) {
        super(model, stack);
        this.model = model;
        createView(stack);
        initListeners();
    }

    private void createView(StackPane stack) {
        runs.setId("runs-table");
        var status = new TableColumn<RunRecord, RunRecord>("Status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RunRecord run, boolean empty) {
                super.updateItem(run, empty);
                setGraphic(empty || run == null ? null : StatusBadge.label(run.status()));
            }
        });
        // Fixed columns at least as wide as their text in the default font, so the narrow details column cuts only
        // the selection (the last, flexible one), never a run id or a time.
        status.setPrefWidth(120);
        status.setMinWidth(120);
        var id = new TableColumn<RunRecord, String>("Run");
        id.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.shortRunId(c.getValue().runId())));
        id.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                RunRecord run =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(run == null ? null : new javafx.scene.control.Tooltip(run.runId()));
            }
        });
        id.setPrefWidth(76);
        id.setMinWidth(76);
        var started = new TableColumn<RunRecord, String>("Started");
        started.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Formats.shortMinute(c.getValue().startedAt())));
        started.setPrefWidth(112);
        started.setMinWidth(112);
        var duration = new TableColumn<RunRecord, String>("Duration");
        duration.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(Durations.format(RunsViewModel.durationOf(c.getValue()))));
        duration.setPrefWidth(76);
        duration.setMinWidth(76);
        var selection = new TableColumn<RunRecord, String>("Selection");
        selection.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().selection() == null ? "" : c.getValue().selection()));
        selection.setCellFactory(dev.assetstudio.app.ui.KeyLabels.cells());
        runs.getColumns().addAll(java.util.List.of(status, id, started, duration, selection));
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        log.setId("runs-log");
        log.getStyleClass().add(Styles.LOG_LIST);
        log.setCellFactory(v -> new LogCell());
        log.setPlaceholder(new Label("No events or log lines of this asset in this run."));
        logTitle.getStyleClass().add(Styles.SECTION_TITLE);
        var logBox = new VBox(6, logTitle, log);
        logBox.getStyleClass().add(Styles.CARD);
        VBox.setVgrow(log, javafx.scene.layout.Priority.ALWAYS);

        var split = new SplitPane(runs, logBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        stack.getChildren().addAll(split, empty);
    }

    private void initListeners() {
        runs.setItems(model.runs());
        log.setItems(model.entries());
        runs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedRunProperty().set(now);
            }
        });
        model.selectedRunProperty().addListener((obs, was, now) -> selectInTable(now));
        model.runs().addListener((ListChangeListener<RunRecord>) c -> {
            selectInTable(model.selectedRunProperty().get());
            empty.setVisible(model.runs().isEmpty());
        });
        empty.setVisible(model.runs().isEmpty());
    }

    private void selectInTable(RunRecord run) {
        if (run == null) {
            runs.getSelectionModel().clearSelection();
            logTitle.setText("Log");
        } else {
            runs.getSelectionModel().select(run);
            logTitle.setText("Log of run " + run.runId());
        }
    }

    /** One log entry: time, level and text, coloured by level. */
    private static final class LogCell extends ListCell<RunsViewModel.LogEntry> {
        LogCell() {
            getStyleClass().add(Styles.MONOSPACE);
        }

        @Override
        protected void updateItem(RunsViewModel.LogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeIf(s -> s.startsWith(Styles.LOG_PREFIX));
            if (empty || entry == null) {
                setText(null);
                return;
            }
            String partition = entry.partition() == null ? "" : " [" + entry.partition() + "]";
            setText(Formats.timeOfDay(entry.time()) + "  " + String.format("%-5s", entry.level()) + partition + "  "
                    + entry.text());
            getStyleClass().add(Styles.logLevel(entry.level()));
        }
    }
}
