package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.history.LogLineRecord;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.history.StepEventRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Runs/Logs tab: the runs that touched the focused asset, newest first, and for the selected
 * run this asset's step events and log lines in time order. The newest run is selected by default;
 * a selection survives a refresh while that run is still listed.
 */
public final class RunsViewModel extends AssetTabModel<List<RunRecord>> {
    /** How many runs the list shows. */
    public static final int RUN_LIMIT = 200;

    /**
     * One line of the log list: a step event or a log line.
     *
     * @param level {@code EVENT} for a step event, else the log level ({@code INFO}, {@code WARN}, …)
     */
    public record LogEntry(Instant time, String level, String partition, String text) {}

    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    // One read-only view, kept: a new wrapper per call would drop its listeners when collected.
    private final ObservableList<RunRecord> runsReadOnly = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    // One read-only view, kept: a new wrapper per call would drop its listeners when collected.
    private final ObservableList<LogEntry> entriesReadOnly = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<RunRecord> selectedRun = new SimpleObjectProperty<>(this, "selectedRun");
    /** Reads of the selected run's log: only the latest one is shown. */
    private final LatestRequests logReads;

    public RunsViewModel(StudioSession session) {
        super(session, true);
        this.logReads = session.latestRequests();
        selectedRun.addListener((obs, was, now) -> loadEntries(now));
    }

    public ObservableList<RunRecord> runs() {
        return runsReadOnly;
    }

    /** The selected run's events and log lines of this asset, in time order. */
    public ObservableList<LogEntry> entries() {
        return entriesReadOnly;
    }

    public ObjectProperty<RunRecord> selectedRunProperty() {
        return selectedRun;
    }

    /** How long a run took (so far, if it is still going). */
    public static Duration durationOf(RunRecord run) {
        Instant end = run.finishedAt() == null ? Instant.now() : run.finishedAt();
        return Duration.between(run.startedAt(), end);
    }

    @Override
    protected List<RunRecord> load(Project project, AssetKey key) {
        return project.history().runsForAsset(key, RUN_LIMIT);
    }

    @Override
    protected void apply(AssetKey key, List<RunRecord> result) {
        String keep = selectedRun.get() == null ? null : selectedRun.get().runId();
        runs.setAll(result);
        RunRecord next = result.stream()
                .filter(r -> r.runId().equals(keep))
                .findFirst()
                .orElse(result.isEmpty() ? null : result.get(0));
        if (Objects.equals(next, selectedRun.get())) {
            loadEntries(next); // same run, but it may have new lines
        } else {
            selectedRun.set(next);
        }
    }

    @Override
    protected void clear() {
        runs.clear();
        selectedRun.set(null);
        entries.clear();
    }

    private void loadEntries(RunRecord run) {
        Project project = session.project();
        AssetKey key = shownKeyProperty().get();
        if (run == null || project == null || key == null) {
            logReads.dropUnderWay();
            entries.clear();
            return;
        }
        logReads.run(() -> entriesOf(project, run.runId(), key))
                .onSuccess(entries::setAll)
                .onFailure(e -> entries.setAll(
                        new LogEntry(Instant.now(), "ERROR", null, "could not read the log: " + messageOf(e))))
                .start();
    }

    private static List<LogEntry> entriesOf(Project project, String runId, AssetKey key) {
        List<LogEntry> lines = new ArrayList<>();
        for (StepEventRecord e : project.history().stepEvents(runId)) {
            if (key.equals(e.assetKey())) {
                String text = e.type().storedName()
                        + (e.message() == null || e.message().isBlank() ? "" : ": " + e.message());
                lines.add(new LogEntry(e.time(), "EVENT", e.partition(), text));
            }
        }
        for (LogLineRecord l : project.history().logLines(runId, key)) {
            lines.add(new LogEntry(l.time(), l.level(), l.partition(), l.message()));
        }
        // Stable sort: at equal times, events (recorded first) stay before the lines.
        lines.sort(Comparator.comparing(LogEntry::time));
        return lines;
    }
}
