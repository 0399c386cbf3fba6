package dev.assetstudio.app.partitions;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.StepEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Partitions tab's state for the focused asset: its {@link PartitionHealth}, the counts and
 * ranges as text, the selected partitions, and the three materialize commands. History is read off
 * the FX thread whenever the focus, the project or the history changes, and while a run touches
 * the asset, so a backfill fills the bar in as it goes.
 */
public final class PartitionsViewModel {
    private final StudioSession session;
    private final Materializer materializer;
    private final ReadOnlyObjectWrapper<AssetKey> asset = new ReadOnlyObjectWrapper<>(this, "asset");
    private final ReadOnlyObjectWrapper<PartitionHealth> health = new ReadOnlyObjectWrapper<>(this, "health");
    private final ReadOnlyBooleanWrapper partitioned = new ReadOnlyBooleanWrapper(this, "partitioned");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper(this, "countsText", "");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ObservableList<PartitionHealth.Range> ranges = FXCollections.observableArrayList();
    private final ObservableList<PartitionHealth.Range> rangesView = FXCollections.unmodifiableObservableList(ranges);
    private final ObservableList<String> selectedKeys = FXCollections.observableArrayList();
    /** Reads of the focused asset's partitions, one at a time. */
    private final LatestRequests reads;

    public PartitionsViewModel(StudioSession session, Materializer materializer) {
        this.session = Objects.requireNonNull(session, "session");
        this.reads = session.latestRequests();
        this.materializer = Objects.requireNonNull(materializer, "materializer");
        session.focusedProperty().addListener((obs, was, now) -> focusChanged());
        session.projectProperty().addListener((obs, was, now) -> focusChanged());
        session.historyVersionProperty().addListener((obs, was, now) -> reload());
        session.addRunEventsListener(this::onRunEvents);
        selectedKeys.addListener((javafx.collections.ListChangeListener<String>) c -> describeSelection());
        focusChanged();
    }

    // ------------------------------------------------------------------ state

    /** The focused asset, or {@code null}. */
    public ReadOnlyObjectProperty<AssetKey> assetProperty() {
        return asset.getReadOnlyProperty();
    }

    /** The focused asset's partitions, or {@code null} while loading or when it is not partitioned. */
    public ReadOnlyObjectProperty<PartitionHealth> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public PartitionHealth health() {
        return health.get();
    }

    /** Whether the focused asset is partitioned (false until its first load). */
    public ReadOnlyBooleanProperty partitionedProperty() {
        return partitioned.getReadOnlyProperty();
    }

    /** True once the focused asset's health has been read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** {@code 10 materialized · 1 failed · 3 missing of 14}. */
    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    /** The selected partitions, described (one in full, several as a span with counts). */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** The contiguous ranges of one state, in key order. */
    public ObservableList<PartitionHealth.Range> ranges() {
        return rangesView;
    }

    /** The selected partition keys; the view keeps it in step with the health bar. */
    public ObservableList<String> selectedKeys() {
        return selectedKeys;
    }

    public BooleanBinding canMaterializeSelectedProperty() {
        return Bindings.isNotEmpty(selectedKeys).and(partitioned);
    }

    public BooleanBinding canMaterializeMissingProperty() {
        return Bindings.createBooleanBinding(() -> count(PartitionState.MISSING) > 0, health);
    }

    public BooleanBinding canMaterializeFailedProperty() {
        return Bindings.createBooleanBinding(() -> count(PartitionState.FAILED) > 0, health);
    }

    private int count(PartitionState state) {
        return health.get() == null ? 0 : health.get().counts().of(state);
    }

    // ------------------------------------------------------------------ commands

    /** Backfills the selected partitions (one backfill). */
    public void materializeSelected() {
        launch(health.get() == null ? List.of() : PartitionRequests.of(health.get(), selectedKeys));
    }

    /** Backfills every partition never materialized (one backfill). */
    public void materializeMissing() {
        launchState(PartitionState.MISSING);
    }

    /** Re-runs every failed partition (one backfill). */
    public void materializeFailed() {
        launchState(PartitionState.FAILED);
    }

    private void launchState(PartitionState state) {
        launch(health.get() == null ? List.of() : PartitionRequests.inState(health.get(), state));
    }

    private void launch(List<RunRequest> requests) {
        AssetKey key = asset.get();
        if (key == null || requests.isEmpty()) {
            return;
        }
        var project = session.project();
        var partitions =
                project == null ? null : project.asset(key).partitions().orElse(null);
        if (partitions == null) {
            return;
        }
        // One backfill over every range picked, however many gaps there are.
        AssetSelection selection = Materializer.selectionOf(List.of(key), Materializer.Scope.ONLY);
        materializer.backfill(
                selection, java.util.Map.of(partitions, Materializer.keysOf(partitions, requests)), RunRequest.empty());
    }

    // ------------------------------------------------------------------ loading

    private void focusChanged() {
        AssetKey now = session.project() == null ? null : session.focused();
        if (!Objects.equals(now, asset.get())) {
            asset.set(now);
            health.set(null);
            partitioned.set(false);
            loaded.set(false);
            selectedKeys.clear();
            ranges.clear();
            countsText.set("");
        }
        reload();
    }

    private void onRunEvents(List<RunEvent> events) {
        AssetKey key = asset.get();
        if (key != null
                && events.stream()
                        .anyMatch(e ->
                                e instanceof StepEvent s && key.equals(s.step().asset()))) {
            reload();
        }
    }

    /** Re-reads the focused asset's partitions off the FX thread; coalesces calls made meanwhile. */
    public void reload() {
        reads.whenIdle(this::read);
    }

    private void read() {
        Project project = session.project();
        AssetKey key = asset.get();
        if (project == null || key == null || !project.assetKeys().contains(key)) {
            return;
        }
        reads.run(() -> PartitionHealth.load(project, key))
                .onSuccess(result -> {
                    if (key.equals(asset.get())) {
                        apply(result);
                    }
                })
                // A read that lost its project to a reload or close is moot (dropped); any other is worth telling.
                .onFailure(e -> session.notify(new Notification(
                        Notification.Level.ERROR,
                        "Could not read the partitions of " + key,
                        String.valueOf(e.getMessage()))))
                .start();
    }

    private void apply(Optional<PartitionHealth> result) {
        partitioned.set(result.isPresent());
        PartitionHealth now = result.orElse(null);
        health.set(now);
        loaded.set(true);
        if (now == null) {
            ranges.clear();
            countsText.set("");
            selectedKeys.clear();
            return;
        }
        ranges.setAll(now.ranges());
        countsText.set(now.counts().summary());
        selectedKeys.removeIf(k -> now.indexOf(k) < 0);
        describeSelection();
    }

    private void describeSelection() {
        PartitionHealth h = health.get();
        selectionText.set(h == null ? "" : PartitionText.describeSelection(h, List.copyOf(selectedKeys)));
    }
}
