package dev.assetstudio.app.run;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import dev.assetstudio.app.ui.StatusBadge;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.StepAttempts;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.status.AssetStatus;
import dev.assetstudio.engine.text.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The run panel below the graph: the shown run's header (status, id, elapsed, progress, Cancel), its steps in a table,
 * and tabs with the timeline (Gantt) and the live log. A selector switches to a recent run from history.
 */
public final class RunPanelView extends StackPane {

    private static final double BADGE_SIZE = 12;

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final RunPanelViewModel viewModel;
    private final Label statusLabel = new Label();
    private final Label runIdLabel = new Label();
    private final Label elapsed = new Label();
    private final Label stepCount = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel", Icons.create(Icon.CANCEL, 12));
    private final Button reexecuteAll = new Button("Re-execute all");
    private final Button reexecuteFailed = new Button("Re-execute from failure");
    private final ComboBox<RunRecord> recent = new ComboBox<>();
    private final TableView<StepRow> table = new TableView<>();
    private final ListView<LogEntry> log = new ListView<>();
    private final RunTimelineView timeline;
    private final VBox content = new VBox();
    private final HBox header = new HBox(10);
    private final EmptyState empty =
            new EmptyState(Icon.MATERIALIZE, "No runs yet", "Materialize assets to watch the run here.");
    private final Timeline clock = new Timeline(new KeyFrame(javafx.util.Duration.millis(500), e -> tick()));

    public RunPanelView(RunPanelViewModel viewModel) {
        this.viewModel = viewModel;
        this.timeline = new RunTimelineView(viewModel);
        createView();
        initListeners();
    }

    // ------------------------------------------------------------------ view

    private void createView() {
        setId("run-panel");
        statusLabel.setId("run-status");
        runIdLabel.setId("run-id");
        elapsed.setId("run-elapsed");
        stepCount.setId("run-step-count");
        progress.setId("run-progress");
        cancel.setId("run-cancel");
        recent.setId("run-recent");
        table.setId("run-steps");
        log.setId("run-log");
        statusLabel.getStyleClass().add(Styles.SUBTITLE);
        runIdLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.MONOSPACE);
        elapsed.getStyleClass().add(Styles.TEXT_MUTED);
        stepCount.getStyleClass().add(Styles.TEXT_MUTED);
        progress.setPrefWidth(140);
        // A narrow window shortens the run id and the progress bar, never the status, the figures or the commands.
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        stepCount.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : java.util.List.of(reexecuteAll, reexecuteFailed, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        progress.setMinWidth(60);
        runIdLabel.setMinWidth(40);
        recent.setMinWidth(120);
        recent.setPromptText("Recent runs");
        recent.setPrefWidth(190);
        recent.setCellFactory(list -> new RunCell());
        var buttonCell = new RunCell();
        buttonCell.getStyleClass().add(Styles.RUN_SELECTOR_BUTTON_CELL); // not a selected list row
        recent.setButtonCell(buttonCell);

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        reexecuteAll.setId("run-reexecute-all");
        reexecuteFailed.setId("run-reexecute-failed");
        header.getChildren()
                .setAll(
                        statusLabel,
                        runIdLabel,
                        elapsed,
                        progress,
                        stepCount,
                        spacer,
                        recent,
                        reexecuteAll,
                        reexecuteFailed,
                        cancel);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 10, 6, 10));

        table.getColumns().setAll(stepColumn(), stateColumn(), durationColumn(), messageColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No steps"));
        log.getStyleClass().add(Styles.RUN_LOG);
        log.setCellFactory(list -> new LogCell());
        log.setPlaceholder(new Label("No log lines"));
        log.getStyleClass().add(Styles.MONOSPACE);

        var levels = new ComboBox<String>();
        levels.setId("run-log-level");
        levels.getItems().setAll(RunPanelViewModel.LEVELS);
        levels.valueProperty().bindBidirectional(viewModel.levelFilterProperty());
        var search = new javafx.scene.control.TextField();
        search.setId("run-log-search");
        search.setPromptText("Search the log");
        search.textProperty().bindBidirectional(viewModel.logSearchProperty());
        var stepFilter = new Label();
        stepFilter.setId("run-log-step");
        stepFilter
                .textProperty()
                .bind(Bindings.when(viewModel.stepFilterProperty().isEmpty())
                        .then("All steps")
                        .otherwise(Bindings.concat("Step ", viewModel.stepFilterProperty())));
        var allSteps = new Button("All steps");
        allSteps.setId("run-log-all-steps");
        allSteps.setOnAction(e -> viewModel.stepFilterProperty().set(""));
        allSteps.disableProperty().bind(viewModel.stepFilterProperty().isEmpty());
        var logFilters = new HBox(8, levels, search, stepFilter, allSteps);
        logFilters.setAlignment(Pos.CENTER_LEFT);
        logFilters.setPadding(new Insets(4));
        var logPane = new VBox(logFilters, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        var tabs = new TabPane(new Tab("Timeline", timeline), new Tab("Log", logPane), inputsTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("run-tabs");
        var split = new SplitPane(table, tabs);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        content.getChildren().addAll(header, split);
        getChildren().addAll(content, empty);
        setMinSize(0, 0);
    }

    /** Where the run executed and the partitions and config it used, as the engine words them. */
    private Tab inputsTab() {
        var partitions = new Label();
        partitions.setId("run-partitions");
        partitions.textProperty().bind(viewModel.partitionWordsProperty());
        partitions.setWrapText(true);
        var config = new Label();
        config.setId("run-config");
        config.textProperty().bind(viewModel.configWordsProperty());
        config.setWrapText(true);
        config.getStyleClass().add(Styles.MONOSPACE);
        var executor = new Label();
        executor.setId("run-executor");
        executor.textProperty().bind(viewModel.executorWordsProperty());
        var grid = new javafx.scene.layout.GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        var partitionsTitle = new Label("Partitions");
        var configTitle = new Label("Config");
        partitionsTitle.getStyleClass().add(Styles.TEXT_MUTED);
        configTitle.getStyleClass().add(Styles.TEXT_MUTED);
        // the titles keep their words; the values wrap
        partitionsTitle.setMinWidth(Region.USE_PREF_SIZE);
        configTitle.setMinWidth(Region.USE_PREF_SIZE);
        var executorTitle = new Label("Ran on");
        executorTitle.getStyleClass().add(Styles.TEXT_MUTED);
        executorTitle.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, executorTitle, executor);
        grid.addRow(1, partitionsTitle, partitions);
        grid.addRow(2, configTitle, config);
        var scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        var tab = new Tab("Config & partitions", scroll);
        tab.setId("run-inputs-tab");
        return tab;
    }

    /**
     * Adds a button before the run selector that opens the shown run elsewhere (the bottom panel opens it
     * in the Runs page's detail).
     */
    public void setOpenAction(String text, java.util.function.Consumer<String> open) {
        var button = new Button(text);
        button.setId("run-open-detail");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(viewModel.runIdProperty().isNull());
        button.setOnAction(e -> open.accept(viewModel.runIdProperty().get()));
        header.getChildren().add(header.getChildren().indexOf(recent), button);
    }

    /** Hides the recent-runs selector (the Runs page lists the runs itself). */
    public void hideRecentRuns() {
        header.getChildren().remove(recent);
    }

    private TableColumn<StepRow, String> stepColumn() {
        var column = new TableColumn<StepRow, String>("Step");
        column.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(c.getValue().step().toString()));
        column.setCellFactory(dev.assetstudio.app.ui.KeyLabels.cells());
        column.setPrefWidth(170);
        column.setMinWidth(140);
        return column;
    }

    /** What the State column shows of a step: where it stands and, once retried, its attempt. */
    private record Standing(StepState state, StepAttempts attempts) {}

    private TableColumn<StepRow, Standing> stateColumn() {
        var column = new TableColumn<StepRow, Standing>("State");
        column.setCellValueFactory(c -> Bindings.createObjectBinding(
                () -> new Standing(c.getValue().state(), c.getValue().attempts()),
                c.getValue().stateProperty(),
                c.getValue().attemptsProperty()));
        column.setCellFactory(c -> new StateCell());
        // room for "Not materialized", or "Succeeded ↻ attempt 2": a narrow table shortens the step's key instead
        column.setMinWidth(210);
        column.setPrefWidth(210);
        return column;
    }

    /**
     * A step's state with its badge; a retried step adds an amber retry mark beside the badge and
     * "· attempt 2" to the words, with the lost attempts' causes on hover. Text and icons stay one
     * labeled cell, so the row's words line up as in every other row.
     */
    private static final class StateCell extends TableCell<StepRow, Standing> {
        private final Tooltip causes = longHover();

        @Override
        protected void updateItem(Standing standing, boolean empty) {
            super.updateItem(standing, empty);
            getStyleClass().remove(Styles.STEP_ATTEMPT);
            setTooltip(null);
            if (empty || standing == null || standing.state() == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (!standing.attempts().wasRetried()) {
                setText(standing.state().words());
                setGraphic(badge(standing.state()));
                return;
            }
            getStyleClass().add(Styles.STEP_ATTEMPT);
            var marks = new HBox(4, badge(standing.state()), Icons.create(Icon.RELOAD, 12, Styles.STEP_ATTEMPT));
            marks.setAlignment(Pos.CENTER_LEFT);
            setGraphic(marks);
            setText(standing.state().words() + " \u00b7 " + standing.attempts().words());
            causes.setText(standing.attempts().causeWords());
            setTooltip(causes);
        }
    }

    /** A hover for a cell's longer words (causes, messages): wrapped, and up long enough to read. */
    private static Tooltip longHover() {
        var tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        tooltip.setShowDuration(javafx.util.Duration.seconds(30));
        return tooltip;
    }

    private TableColumn<StepRow, Duration> durationColumn() {
        var column = new TableColumn<StepRow, Duration>("Duration");
        column.setCellValueFactory(c -> c.getValue().durationProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Duration duration, boolean empty) {
                super.updateItem(duration, empty);
                setText(empty ? null : Durations.format(duration));
            }
        });
        column.setPrefWidth(80);
        // "Duration" and "26.9 s" stay whole in a narrow window: the step's key shortens instead
        column.setMinWidth(84);
        return column;
    }

    private TableColumn<StepRow, String> messageColumn() {
        var column = new TableColumn<StepRow, String>("Message");
        column.setCellValueFactory(c -> c.getValue().messageProperty());
        // the column is narrow beside the timeline: the whole message (why it waits, why it failed) on hover
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = longHover();

            @Override
            protected void updateItem(String message, boolean empty) {
                super.updateItem(message, empty);
                boolean none = empty || message == null || message.isEmpty();
                setText(none ? null : message);
                whole.setText(none ? "" : message);
                setTooltip(none ? null : whole);
            }
        });
        return column;
    }

    /** A step's badge: the run status or asset status it amounts to. */
    static javafx.scene.Node badge(StepState state) {
        return switch (state) {
            case SUCCEEDED -> StatusBadge.create(RunStatus.SUCCEEDED, BADGE_SIZE);
            case FAILED -> StatusBadge.create(RunStatus.FAILED, BADGE_SIZE);
            case INTERRUPTED -> StatusBadge.create(RunStatus.INTERRUPTED, BADGE_SIZE);
            case RUNNING -> StatusBadge.create(RunStatus.STARTED, BADGE_SIZE);
            case CANCELED -> StatusBadge.create(RunStatus.CANCELED, BADGE_SIZE);
            case NOT_MATERIALIZED, SKIPPED -> StatusBadge.create(AssetStatus.State.STALE, BADGE_SIZE);
            case PENDING, WAITING -> StatusBadge.create(AssetStatus.State.MISSING, BADGE_SIZE);
        };
    }

    // ------------------------------------------------------------------ behaviour

    private void initListeners() {
        table.setItems(viewModel.steps());
        log.setItems(viewModel.filteredLogLines());
        // A click on a failed step shows its log lines only.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && row.state() == StepState.FAILED) {
                viewModel.filterLogToStep(row);
            }
        });
        reexecuteAll.setOnAction(e -> viewModel.reexecute(false));
        reexecuteFailed.setOnAction(e -> viewModel.reexecute(true));
        reexecuteAll
                .disableProperty()
                .bind(viewModel.liveProperty().or(viewModel.runIdProperty().isNull()));
        reexecuteFailed
                .disableProperty()
                .bind(viewModel
                        .liveProperty()
                        .or(Bindings.createBooleanBinding(
                                () -> viewModel.statusProperty().get() == null
                                        || viewModel.statusProperty().get() == RunStatus.SUCCEEDED,
                                viewModel.statusProperty())));
        empty.visibleProperty().bind(viewModel.runIdProperty().isNull());
        content.visibleProperty().bind(viewModel.runIdProperty().isNotNull());
        runIdLabel.textProperty().bind(viewModel.runIdProperty());
        statusLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> StatusBadge.words(viewModel.statusProperty().get()), viewModel.statusProperty()));
        viewModel.statusProperty().addListener((obs, old, status) -> statusLabel.setGraphic(statusBadge(status)));
        progress.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> viewModel.totalStepsProperty().get() == 0
                                ? 0
                                : viewModel.finishedStepsProperty().get()
                                        / (double)
                                                viewModel.totalStepsProperty().get(),
                        viewModel.finishedStepsProperty(),
                        viewModel.totalStepsProperty()));
        stepCount
                .textProperty()
                .bind(Bindings.format(
                        "%d / %d steps", viewModel.finishedStepsProperty(), viewModel.totalStepsProperty()));
        cancel.disableProperty().bind(viewModel.liveProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());

        recent.setItems(viewModel.recentRuns());
        recent.setOnAction(event -> {
            RunRecord run = recent.getValue();
            if (run != null) {
                viewModel.showRun(run.runId());
            }
        });
        viewModel.versionProperty().addListener((obs, old, v) -> tick());
        viewModel.liveProperty().addListener((obs, was, live) -> {
            if (live) {
                clock.play();
            } else {
                clock.stop();
            }
            tick();
        });
        clock.setCycleCount(Timeline.INDEFINITE);
        // Follow the log while it grows, as a terminal does.
        viewModel.logLines().addListener((ListChangeListener<LogEntry>) c -> {
            if (!viewModel.logLines().isEmpty() && viewModel.liveProperty().get()) {
                log.scrollTo(viewModel.logLines().size() - 1);
            }
        });
    }

    private void tick() {
        elapsed.setText(viewModel.elapsedText(Instant.now()));
    }

    private static javafx.scene.Node statusBadge(RunStatus status) {
        return status == null ? null : StatusBadge.create(status, BADGE_SIZE);
    }

    /** A recent run in the selector: status badge, start time, selection. */
    private static final class RunCell extends ListCell<RunRecord> {
        @Override
        protected void updateItem(RunRecord run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(CLOCK.format(run.startedAt()) + "  " + (run.selection() == null ? run.runId() : run.selection()));
            setGraphic(statusBadge(run.status()));
        }
    }

    /** A log line: time, level (coloured), step, message; a long one wraps rather than running off the pane. */
    private static final class LogCell extends ListCell<LogEntry> {
        LogCell() {
            setWrapText(true);
            // as wide as the list, not as the text: the line wraps there (a retry's cause is at its end)
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll(Styles.LOG_WARN, Styles.LOG_ERROR, Styles.LOG_DEBUG);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            setText(CLOCK.format(entry.time()) + "  " + String.format("%-5s", entry.level()) + "  "
                    + (entry.step().isEmpty() ? "" : entry.step() + ": ") + entry.message());
            // Colour by level with the palette's status colours (looked up, so the dark theme follows).
            switch (entry.level()) {
                case "ERROR" -> getStyleClass().add(Styles.LOG_ERROR);
                case "WARN" -> getStyleClass().add(Styles.LOG_WARN);
                case "DEBUG" -> getStyleClass().add(Styles.LOG_DEBUG);
                default -> {}
            }
        }
    }
}
