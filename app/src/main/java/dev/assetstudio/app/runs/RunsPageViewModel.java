package dev.assetstudio.app.runs;

import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.backfill.Backfill;
import dev.assetstudio.engine.backfill.BackfillMatrix;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.StepEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Runs page: the runs and backfills of the open project, newest first, filtered by status, asset
 * and time; a chosen backfill's partition × asset matrix, read again as its run reports so it fills
 * in live. Every read is off the FX thread; the words are the engine's.
 */
public final class RunsPageViewModel {
    /** How far back the page looks. */
    public enum Since {
        ANY_TIME("Any time", null),
        LAST_HOUR("Last hour", Duration.ofHours(1)),
        LAST_DAY("Last 24 hours", Duration.ofDays(1)),
        LAST_WEEK("Last 7 days", Duration.ofDays(7));

        private final String words;
        private final Duration window;

        Since(String words, Duration window) {
            this.words = words;
            this.window = window;
        }

        public boolean admits(Instant time, Instant now) {
            return window == null || !time.isBefore(now.minus(window));
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** Status filter choices; "all" admits every row. */
    public static final List<String> STATUSES =
            List.of("all", "running", "succeeded", "failed", "canceled", "interrupted");

    static final int LIMIT = 200;

    private final StudioSession session;
    private final ObservableList<RunsRow> all = FXCollections.observableArrayList();
    private final ObservableList<RunsRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty(this, "status", "all");
    private final StringProperty asset = new SimpleStringProperty(this, "asset", "");
    private final ObjectProperty<Since> since = new SimpleObjectProperty<>(this, "since", Since.ANY_TIME);
    private final ObjectProperty<RunsRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<BackfillMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyStringWrapper detailRun = new ReadOnlyStringWrapper(this, "detailRun");
    private boolean active = true;
    /** Reads of the runs list: only the latest, for the project still open, is shown. */
    private final LatestRequests listReads;
    /** Reads of the selected backfill's matrix: only the latest is shown. */
    private final LatestRequests matrixReads;

    public RunsPageViewModel(StudioSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.listReads = session.latestRequests();
        this.matrixReads = new LatestRequests(session.background());
        status.addListener((o, a, b) -> filter());
        asset.addListener((o, a, b) -> filter());
        since.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> loadMatrix());
        session.historyVersionProperty().addListener((o, a, b) -> {
            if (active) {
                refresh();
            }
        });
        session.addRunEventsListener(this::onRunEvents);
        session.projectProperty().addListener((o, old, now) -> {
            if (old != null && (now == null || !now.jar().equals(old.jar()))) {
                detailRun.set(null); // another project: its runs, not a run of the previous one
                selected.set(null);
            }
        });
    }

    /** Whether the page is shown: a hidden page reads nothing (showing it reads afresh). */
    public void setActive(boolean shown) {
        this.active = shown;
        if (shown) {
            refresh();
            loadMatrix();
        }
    }

    /** Reads the runs and backfills of the open project again, off the FX thread. */
    public void refresh() {
        Project project = session.project();
        if (project == null) {
            listReads.dropUnderWay();
            all.clear();
            filter();
            return;
        }
        listReads
                .run(() -> read(project))
                .onSuccess(read -> {
                    all.setAll(read);
                    filter();
                })
                .start();
    }

    private static List<RunsRow> read(Project project) {
        List<RunsRow> read = new ArrayList<>();
        List<Backfill> backfills = project.backfills(LIMIT);
        Set<String> backfillRuns =
                backfills.stream().flatMap(b -> b.runIds().stream()).collect(Collectors.toSet());
        for (Backfill b : backfills) {
            read.add(new RunsRow(b, null, project.backfillProgress(b.id())));
        }
        for (RunRecord r : project.runs(LIMIT)) {
            if (!backfillRuns.contains(r.runId())) { // a backfill's run is shown as the backfill
                read.add(new RunsRow(null, r, null));
            }
        }
        read.sort((a, b) -> b.started().compareTo(a.started()));
        return read;
    }

    private void filter() {
        Instant now = Instant.now();
        String wanted = asset.get() == null ? "" : asset.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(all.stream()
                .filter(r -> "all".equals(status.get()) || r.status().equals(status.get()))
                .filter(r -> wanted.isEmpty() || touches(r, wanted))
                .filter(r -> since.get().admits(r.started(), now))
                .toList());
    }

    private static boolean touches(RunsRow row, String asset) {
        if (row.isBackfill()) {
            return row.backfill().assets().keySet().stream()
                    .anyMatch(k -> k.toString().toLowerCase(Locale.ROOT).contains(asset));
        }
        return row.selection().toLowerCase(Locale.ROOT).contains(asset);
    }

    private void onRunEvents(List<RunEvent> events) {
        if (!active) {
            return;
        }
        RunsRow row = selected.get();
        boolean step = events.stream().anyMatch(e -> e instanceof StepEvent);
        if (row != null && row.isBackfill() && step) {
            loadMatrix(); // the matrix fills in as the backfill's run reports
        }
        if (events.stream().anyMatch(e -> !(e instanceof StepEvent))) {
            refresh(); // a run started or ended
        }
    }

    private void loadMatrix() {
        RunsRow row = selected.get();
        Project project = session.project();
        if (row == null || !row.isBackfill() || project == null) {
            matrixReads.dropUnderWay();
            matrix.set(null);
            return;
        }
        matrixReads
                .run(() -> project.backfillMatrix(row.id()))
                .onSuccess(matrix::set)
                .start();
    }

    /**
     * Opens the run detail of {@code row}: the run itself, or a backfill's latest run. Returns the run id
     * shown, or {@code null} for a backfill that has no run yet.
     */
    public String open(RunsRow row) {
        if (row == null) {
            return null;
        }
        String id = row.isBackfill()
                ? (row.backfill().runIds().isEmpty()
                        ? null
                        : row.backfill().runIds().get(row.backfill().runIds().size() - 1))
                : row.id();
        detailRun.set(id);
        return id;
    }

    /** Opens the run detail of run {@code runId} (e.g. from the bottom run panel). */
    public void openRun(String runId) {
        detailRun.set(runId);
    }

    /** Back from the run detail to the list. */
    public void back() {
        detailRun.set(null);
    }

    /** The run whose detail page is shown, or {@code null} while the list is. */
    public ReadOnlyStringProperty detailRunProperty() {
        return detailRun.getReadOnlyProperty();
    }

    /** The rows that pass the filters, newest first. */
    public ObservableList<RunsRow> rows() {
        return rows;
    }

    public StringProperty statusFilterProperty() {
        return status;
    }

    public StringProperty assetFilterProperty() {
        return asset;
    }

    public ObjectProperty<Since> sinceProperty() {
        return since;
    }

    /** The chosen row; a backfill's matrix follows it. */
    public ObjectProperty<RunsRow> selectedProperty() {
        return selected;
    }

    /** The chosen backfill's matrix, or {@code null}. */
    public ReadOnlyObjectProperty<BackfillMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }
}
