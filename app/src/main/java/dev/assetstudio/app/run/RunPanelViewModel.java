package dev.assetstudio.app.run;

import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.ui.StatusBadge;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.history.LogLineRecord;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.StepEventRecord;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.StepEventType;
import dev.assetstudio.engine.run.event.LogLine;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.RunStarted;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepEvent;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepRetried;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.run.event.StepWaiting;
import dev.assetstudio.engine.text.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run panel's state: one run at a time (the latest one started, or a past one chosen from history), with its
 * steps, progress, log lines and status; plus the recent runs to choose from.
 *
 * <p>Live runs are followed from the session's batched run events ({@link #apply}); past runs are read from history
 * off the FX thread. The status bar hears about every run start and end.
 */
public final class RunPanelViewModel {

    /** Log lines kept for the shown run; older ones are dropped first. */
    public static final int MAX_LOG_LINES = 5_000;

    /** The level filter that shows every line; the others show that level and above. */
    public static final String ALL_LEVELS = "ALL";

    /** The level filter's choices, from everything to errors only. */
    public static final List<String> LEVELS = List.of(ALL_LEVELS, "DEBUG", "INFO", "WARN", "ERROR");

    /** How many past runs the selector offers. */
    public static final int RECENT_RUNS = 20;

    private final StudioSession session;
    private final MainViewModel main;
    private final Materializer materializer;

    private final ReadOnlyStringWrapper runId = new ReadOnlyStringWrapper(this, "runId");
    private final ReadOnlyStringWrapper selection = new ReadOnlyStringWrapper(this, "selection", "");
    private final ReadOnlyStringWrapper partitionWords = new ReadOnlyStringWrapper(this, "partitionWords", "");
    private final ReadOnlyStringWrapper configWords = new ReadOnlyStringWrapper(this, "configWords", "");
    private final ReadOnlyStringWrapper executorWords = new ReadOnlyStringWrapper(this, "executorWords", "");
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Instant> startedAt = new ReadOnlyObjectWrapper<>(this, "startedAt");
    private final ReadOnlyObjectWrapper<Instant> finishedAt = new ReadOnlyObjectWrapper<>(this, "finishedAt");
    private final ReadOnlyIntegerWrapper finishedSteps = new ReadOnlyIntegerWrapper(this, "finishedSteps");
    private final ReadOnlyIntegerWrapper totalSteps = new ReadOnlyIntegerWrapper(this, "totalSteps");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> logLines = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> recentRuns = FXCollections.observableArrayList();
    private final ObservableList<StepRow> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<LogEntry> readOnlyLogLines = FXCollections.unmodifiableObservableList(logLines);
    private final javafx.collections.transformation.FilteredList<LogEntry> filteredLogLines =
            new javafx.collections.transformation.FilteredList<>(readOnlyLogLines);
    private final javafx.beans.property.StringProperty levelFilter =
            new javafx.beans.property.SimpleStringProperty(this, "levelFilter", ALL_LEVELS);
    private final javafx.beans.property.StringProperty stepFilter =
            new javafx.beans.property.SimpleStringProperty(this, "stepFilter", "");
    private final javafx.beans.property.StringProperty logSearch =
            new javafx.beans.property.SimpleStringProperty(this, "logSearch", "");
    private final ObservableList<RunRecord> readOnlyRecentRuns = FXCollections.unmodifiableObservableList(recentRuns);
    private final Map<StepKey, StepRow> rowsByStep = new LinkedHashMap<>();
    private final Set<String> activeRuns = new HashSet<>();
    /** Reads of a past run: a newer read, a run that starts or another project makes one under way moot. */
    private final LatestRequests pastRunReads;
    /** Reads of the recent runs: only the latest, for the project still open, is shown. */
    private final LatestRequests recentRunsReads;

    private final boolean followsNewRuns;
    private boolean followNextRun;

    /** The bottom run panel: shows each run as it starts, and tells the status bar about runs. */
    public RunPanelViewModel(StudioSession session, MainViewModel main, Materializer materializer) {
        this(session, main, materializer, true);
    }

    /**
     * A run panel that, unless {@code followsNewRuns}, keeps showing the run it was given ({@link
     * #showRun}) when others start, and moves only to a run it re-executes itself: the Runs page's
     * run detail.
     */
    public RunPanelViewModel(
            StudioSession session, MainViewModel main, Materializer materializer, boolean followsNewRuns) {
        this.session = Objects.requireNonNull(session);
        this.main = Objects.requireNonNull(main);
        this.materializer = Objects.requireNonNull(materializer);
        this.pastRunReads = new LatestRequests(session.background());
        this.recentRunsReads = session.latestRequests();
        this.followsNewRuns = followsNewRuns;
        session.addRunEventsListener(this::apply);
        levelFilter.addListener((o, a, b) -> refilter());
        stepFilter.addListener((o, a, b) -> refilter());
        logSearch.addListener((o, a, b) -> refilter());
        // Switching projects bumps the history version too: one read per switch.
        session.historyVersionProperty().addListener((obs, old, v) -> loadRecentRuns());
        session.projectProperty().addListener((obs, old, now) -> {
            if (old != null && (now == null || !now.jar().equals(old.jar()))) {
                forgetShownRun(); // another project: its runs, not the previous one's
            }
        });
    }

    // ------------------------------------------------------------------ live runs

    /** Takes a batch of run events (on the FX thread). */
    public void apply(List<RunEvent> events) {
        List<LogEntry> newLines = new ArrayList<>();
        for (RunEvent event : events) {
            if (event instanceof RunStarted started) {
                activeRuns.add(started.runId());
                if (followsNewRuns) {
                    main.runStarted();
                }
                if (followsNewRuns || followNextRun) {
                    followNextRun = false;
                    follow(started);
                }
            } else if (event instanceof RunFinished finished) {
                activeRuns.remove(finished.runId());
                if (finished.runId().equals(runId.get())) {
                    status.set(finished.status());
                    finishedAt.set(finished.time());
                    live.set(false);
                }
                if (activeRuns.isEmpty() && followsNewRuns) {
                    main.runFinished(StatusBadge.words(finished.status()));
                }
            } else if (event.runId().equals(runId.get())) {
                if (event instanceof LogLine line) {
                    newLines.add(new LogEntry(
                            line.time(),
                            line.step() == null ? "" : line.step().toString(),
                            line.level().name(),
                            line.message()));
                } else if (event instanceof StepEvent stepEvent) {
                    applyStep(event, rowFor(stepEvent.step()));
                }
            }
        }
        appendLogs(newLines);
        countFinished();
        version.set(version.get() + 1);
    }

    /** Shows no run until the open project's latest is read, and tells the status bar nothing runs. */
    private void forgetShownRun() {
        pastRunReads.dropUnderWay();
        activeRuns.clear();
        clear();
        runId.set(null);
        selection.set("");
        status.set(null);
        startedAt.set(null);
        live.set(false);
        recentRuns.clear();
        partitionWords.set("");
        configWords.set("");
        executorWords.set("");
        if (followsNewRuns) {
            main.runFinished("");
        }
        version.set(version.get() + 1);
    }

    private void follow(RunStarted started) {
        pastRunReads.dropUnderWay(); // A history read still under way must not overwrite the live run.
        clear();
        runId.set(started.runId());
        selection.set(started.selection() == null ? "" : started.selection());
        showInputs(RunRecord.of(started));
        status.set(RunStatus.STARTED);
        startedAt.set(started.time());
        live.set(true);
        List<StepRow> rows = new ArrayList<>();
        for (StepKey step : started.steps()) {
            var row = new StepRow(step);
            rowsByStep.put(step, row);
            rows.add(row);
        }
        steps.setAll(rows);
        totalSteps.set(rows.size());
    }

    private StepRow rowFor(StepKey step) {
        return rowsByStep.computeIfAbsent(step, key -> {
            var row = new StepRow(key);
            steps.add(row);
            totalSteps.set(steps.size());
            return row;
        });
    }

    private static void applyStep(RunEvent event, StepRow row) {
        if (event instanceof StepWaiting e) {
            row.waiting(e.reason());
        } else if (event instanceof StepStarted e) {
            row.start(e.time());
        } else if (event instanceof StepSucceeded e) {
            row.end(
                    e.materialized() ? StepState.SUCCEEDED : StepState.NOT_MATERIALIZED,
                    e.time(),
                    e.duration(),
                    e.materialized() ? "" : "returned no value");
        } else if (event instanceof StepFailed e) {
            row.end(StepState.FAILED, e.time(), e.duration(), e.message());
        } else if (event instanceof StepSkipped e) {
            row.end(StepState.SKIPPED, e.time(), null, e.reason());
        } else if (event instanceof StepCanceled e) {
            row.end(StepState.CANCELED, e.time(), null, "canceled");
        } else if (event instanceof StepRetried e) {
            row.retried(e.cause());
        }
    }

    private void appendLogs(List<LogEntry> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int overflow = logLines.size() + lines.size() - MAX_LOG_LINES;
        if (overflow > 0) {
            if (overflow >= logLines.size()) {
                logLines.clear();
                lines = lines.subList(Math.max(0, lines.size() - MAX_LOG_LINES), lines.size());
            } else {
                logLines.remove(0, overflow);
            }
        }
        logLines.addAll(lines);
    }

    private void countFinished() {
        // Canceled and interrupted steps never ran to their end: a canceled run does not show a full bar.
        finishedSteps.set(
                (int) steps.stream().filter(s -> s.state().ranToItsEnd()).count());
    }

    private void clear() {
        rowsByStep.clear();
        steps.clear();
        logLines.clear();
        finishedSteps.set(0);
        totalSteps.set(0);
        finishedAt.set(null);
    }

    // ------------------------------------------------------------------ past runs

    /** Reads the recent runs for the selector, off the FX thread. */
    public void loadRecentRuns() {
        Project project = session.project();
        if (project == null) {
            recentRunsReads.dropUnderWay();
            recentRuns.clear();
            return;
        }
        // Only the latest read, and only for the project still open: an older one may finish last.
        recentRunsReads
                .run(() -> project.runs(RECENT_RUNS))
                .onSuccess(runs -> {
                    recentRuns.setAll(runs);
                    // Opening a project shows its last run, so the panel is not empty when there is history.
                    if (followsNewRuns && runId.get() == null && !runs.isEmpty()) {
                        showRun(runs.get(0).runId());
                        if (activeRuns.isEmpty()) {
                            main.runFinished(StatusBadge.words(runs.get(0).status()));
                        }
                    }
                })
                .onFailure(e -> {
                    recentRuns.clear();
                    main.setStatusMessage("Could not read the recent runs: " + e.getMessage());
                })
                .start();
    }

    /** Shows a past (or running) run from history: its steps and log lines. */
    public void showRun(String id) {
        Project project = session.project();
        if (project == null || id == null || id.equals(runId.get())) {
            return;
        }
        pastRunReads
                .run(() -> new PastRun(
                        project.history().run(id).orElse(null),
                        project.history().stepEvents(id),
                        project.history().logLines(id)))
                .onSuccess(past -> {
                    if (past.run() != null) {
                        showPast(past);
                    }
                })
                .onFailure(e -> main.setStatusMessage("Could not read run " + id + ": " + e.getMessage()))
                .start();
    }

    private record PastRun(RunRecord run, List<StepEventRecord> events, List<LogLineRecord> logs) {}

    private void showPast(PastRun past) {
        clear();
        RunRecord run = past.run();
        runId.set(run.runId());
        selection.set(run.selection() == null ? "" : run.selection());
        showInputs(run);
        status.set(run.status());
        startedAt.set(run.startedAt());
        finishedAt.set(run.finishedAt());
        live.set(activeRuns.contains(run.runId()));
        for (StepEventRecord event : past.events()) {
            StepRow row = rowFor(new StepKey(event.assetKey(), event.partition()));
            if (event.type() == StepEventType.WAITING) {
                row.waiting(event.message());
            } else if (event.type() == StepEventType.STARTED) {
                row.start(event.time());
            } else if (event.type() == StepEventType.RETRIED) {
                row.retried(event.message());
            } else {
                row.end(StepState.of(event.type()), event.time(), null, event.message());
            }
        }
        totalSteps.set(Math.max(run.stepCount(), steps.size()));
        List<LogEntry> lines = past.logs().stream()
                .map(l -> new LogEntry(
                        l.time(),
                        l.assetKey() == null ? "" : new StepKey(l.assetKey(), l.partition()).toString(),
                        l.level(),
                        l.message()))
                .toList();
        appendLogs(lines);
        countFinished();
        version.set(version.get() + 1);
    }

    /** The partitions and config the run used and where it ran, in the engine's words. */
    private void showInputs(RunRecord run) {
        executorWords.set(run.executorWords());
        partitionWords.set(run.knowsPlannedSteps() ? run.partitionWords() : "not recorded (an older run)");
        configWords.set(run.knowsPlannedSteps() ? run.configWords() : "not recorded (an older run)");
    }

    // ------------------------------------------------------------------ commands

    /** Cancels the shown run if this studio started it and it is still going; never any other run. */
    public void cancel() {
        String id = runId.get();
        materializer.cancelRun(id);
    }

    /** Runs the shown run again, all of its steps or only those that did not end well; off the FX thread. */
    public void reexecute(boolean fromFailure) {
        String id = runId.get();
        if (id != null) {
            followNextRun = true; // a detail page moves to the run it started
            materializer.reexecute(id, fromFailure);
        }
    }

    /** Shows only the log lines of {@code row}'s step (a click on a failed step does this). */
    public void filterLogToStep(StepRow row) {
        stepFilter.set(row == null ? "" : row.step().toString());
    }

    private void refilter() {
        int minimum = Math.max(0, LEVELS.indexOf(levelFilter.get()));
        String step = stepFilter.get() == null ? "" : stepFilter.get();
        String search = logSearch.get() == null ? "" : logSearch.get().strip().toLowerCase(java.util.Locale.ROOT);
        filteredLogLines.setPredicate(line -> (minimum == 0 || LEVELS.indexOf(line.level()) >= minimum)
                && (step.isEmpty() || step.equals(line.step()))
                && (search.isEmpty()
                        || line.message().toLowerCase(java.util.Locale.ROOT).contains(search)));
    }

    /** The shown run's log lines that pass the level, step and text filters. */
    public ObservableList<LogEntry> filteredLogLines() {
        return filteredLogLines;
    }

    /** {@link #ALL_LEVELS}, or the lowest level shown. */
    public javafx.beans.property.StringProperty levelFilterProperty() {
        return levelFilter;
    }

    /** The step whose lines are shown ({@code a/b[partition]}), or empty for every step. */
    public javafx.beans.property.StringProperty stepFilterProperty() {
        return stepFilter;
    }

    /** Text the shown lines contain (any case), or empty. */
    public javafx.beans.property.StringProperty logSearchProperty() {
        return logSearch;
    }

    /** "Running · 3.2 s", "Succeeded · 1.4 s" for the header; {@code now} ticks while the run is live. */
    public String elapsedText(Instant now) {
        if (startedAt.get() == null) {
            return "";
        }
        Instant end = finishedAt.get() != null ? finishedAt.get() : (live.get() ? now : startedAt.get());
        return Durations.format(Duration.between(startedAt.get(), end));
    }

    // ------------------------------------------------------------------ state

    /** The shown run's id, or null before any run. */
    public ReadOnlyStringProperty runIdProperty() {
        return runId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The partitions the shown run used: "2024-01-01…2024-01-14 (14)", "none". */
    public ReadOnlyStringProperty partitionWordsProperty() {
        return partitionWords.getReadOnlyProperty();
    }

    /** Where the shown run's steps executed: "worker process", "cluster 'local'", "in-process". */
    public ReadOnlyStringProperty executorWordsProperty() {
        return executorWords.getReadOnlyProperty();
    }

    /** The config the shown run used: "small: max=3", "none". */
    public ReadOnlyStringProperty configWordsProperty() {
        return configWords.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> startedAtProperty() {
        return startedAt.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty finishedStepsProperty() {
        return finishedSteps.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalStepsProperty() {
        return totalSteps.getReadOnlyProperty();
    }

    /** True while the shown run is going. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Grows whenever the shown run changes (the timeline redraws on it). */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The shown run's steps, in plan order. */
    public ObservableList<StepRow> steps() {
        return readOnlySteps;
    }

    /** The shown run's log lines, at most {@link #MAX_LOG_LINES}. */
    public ObservableList<LogEntry> logLines() {
        return readOnlyLogLines;
    }

    /** The newest runs in history, newest first. */
    public ObservableList<RunRecord> recentRuns() {
        return readOnlyRecentRuns;
    }
}
