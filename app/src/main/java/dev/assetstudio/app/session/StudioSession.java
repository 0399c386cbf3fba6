package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.fx.FxBatcher;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.health.CheckSummary;
import dev.assetstudio.engine.run.RunListener;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepEvent;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The studio's shared state, on the FX thread: the open project, the selected assets, each asset's
 * status, and the run events of the project, batched. Every feature view-model reads from here and
 * asks the engine through the {@link Project} it holds; none keeps its own copy.
 *
 * <p>Engine events arrive on worker threads and reach the FX thread only through one {@link
 * FxBatcher}, so a 10,000-step run does not flood it.
 */
public final class StudioSession {
    private final BackgroundTasks background;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ObservableMap<AssetKey, AssetStatus> statuses = FXCollections.observableHashMap();
    private final ObservableMap<AssetKey, dev.assetstudio.engine.AssetHealth> health =
            FXCollections.observableHashMap();
    private final ObservableMap<AssetKey, dev.assetstudio.engine.AssetHealth> readOnlyHealth =
            FXCollections.unmodifiableObservableMap(health);
    private final ObservableMap<AssetKey, CheckSummary> checks = FXCollections.observableHashMap();
    private final ObservableMap<AssetKey, CheckSummary> readOnlyChecks =
            FXCollections.unmodifiableObservableMap(checks);
    // One read-only view, kept: listeners added to a view that is then dropped would be garbage collected with it.
    private final ObservableMap<AssetKey, AssetStatus> readOnlyStatuses =
            FXCollections.unmodifiableObservableMap(statuses);
    private final ObservableSet<AssetKey> selection = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<AssetKey> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    private final ReadOnlyLongWrapper historyVersion = new ReadOnlyLongWrapper(this, "historyVersion");
    private final ObservableList<Notification> notifications = FXCollections.observableArrayList();
    private final List<Consumer<List<RunEvent>>> runEventListeners = new CopyOnWriteArrayList<>();
    private final FxBatcher<RunEvent> batcher;
    /** Status reads: a refresh applies its snapshot only if it is still the latest, for the project still open. */
    private final LatestRequests statusReads;

    private final RunListener engineListener;
    /**
     * Runs of a project of another jar than the open one, still reporting after a switch: the run panel,
     * the status bar and the badges follow the open project only. (A reload of the same jar keeps its
     * runs: they are the same project's.)
     */
    private final java.util.Set<String> foreignRuns = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final ReadOnlyObjectWrapper<ConfigLaunchpad> configLaunchpad =
            new ReadOnlyObjectWrapper<>(this, "configLaunchpad");

    public StudioSession(BackgroundTasks background) {
        this(background, null);
    }

    /** With an explicit FX executor for the batcher ({@code Runnable::run} in tests without a toolkit). */
    public StudioSession(BackgroundTasks background, java.util.concurrent.Executor fxThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.statusReads = latestRequests();
        this.batcher = fxThread == null
                ? new FxBatcher<>(this::onRunEvents, FxBatcher.DEFAULT_INTERVAL)
                : new FxBatcher<>(this::onRunEvents, FxBatcher.DEFAULT_INTERVAL, fxThread);
        this.engineListener = event -> {
            if (!foreignRuns.contains(event.runId())) {
                batcher.offer(event);
            }
        };
    }

    // ------------------------------------------------------------------ project

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** The open project, or {@code null}. */
    public Project project() {
        return project.get();
    }

    /**
     * Switches to {@code next} (or to none): listens to its runs, keeps the selection where the keys still
     * exist, and refreshes statuses. Closing the previous project is the caller's job (a reload retires it
     * with {@link Project#closeWhenIdle()}), and so is removing {@link #runListener()} from it once it is
     * idle: a run it still has going reports to the end, so the run panel and the shell see it finish.
     */
    public void setProject(Project next) {
        Project previous = project.get();
        if (next != null && next != previous) {
            next.addRunListener(engineListener);
        }
        if (previous != null && (next == null || !next.jar().equals(previous.jar()))) {
            previous.activeRuns().forEach(run -> foreignRuns.add(run.runId()));
        }
        statuses.clear();
        health.clear();
        checks.clear();
        // Selection and focus first: whoever hears of the new project finds them among its assets.
        if (next == null) {
            clearSelection();
        } else {
            var keys = Set.copyOf(next.assetKeys());
            selection.retainAll(keys);
            if (focused.get() != null && !keys.contains(focused.get())) {
                focused.set(selection.isEmpty() ? null : selection.iterator().next());
            }
        }
        project.set(next);
        historyVersion.set(historyVersion.get() + 1);
        refreshStatuses();
    }

    // ------------------------------------------------------------------ selection

    /** The selected assets (graph and catalog share it). */
    public ObservableSet<AssetKey> selection() {
        return selection;
    }

    /** The asset whose details are shown: the last one clicked. */
    public ReadOnlyObjectProperty<AssetKey> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public AssetKey focused() {
        return focused.get();
    }

    /** Selects only {@code key} and shows its details. */
    public void select(AssetKey key) {
        selection.clear();
        if (key != null) {
            selection.add(key);
        }
        focused.set(key);
    }

    /** Replaces the selection; {@code focus} (may be null) is the one whose details are shown. */
    public void select(Collection<AssetKey> keys, AssetKey focus) {
        selection.clear();
        selection.addAll(keys);
        focused.set(focus);
    }

    /** Adds or removes {@code key} (ctrl/shift-click). */
    public void toggle(AssetKey key) {
        if (!selection.remove(key)) {
            selection.add(key);
            focused.set(key);
        } else if (key.equals(focused.get())) {
            focused.set(selection.isEmpty() ? null : selection.iterator().next());
        }
    }

    public void clearSelection() {
        selection.clear();
        focused.set(null);
    }

    // ------------------------------------------------------------------ statuses and history

    /** Each asset's status; updated live from run events and after every run. Read-only for views. */
    public ObservableMap<AssetKey, AssetStatus> statuses() {
        return readOnlyStatuses;
    }

    /**
     * Each asset's health as the engine computes it (last attempt, checks, freshness); refreshed with
     * the statuses, after every run. Read-only for views.
     */
    public ObservableMap<AssetKey, dev.assetstudio.engine.AssetHealth> health() {
        return readOnlyHealth;
    }

    /**
     * How the checks of each asset that has some stand (the engine's {@link CheckSummary}); refreshed with the
     * health. Read-only for views.
     */
    public ObservableMap<AssetKey, CheckSummary> checks() {
        return readOnlyChecks;
    }

    /** The status of {@code key}: never materialized ({@code MISSING}) until the session knows better. */
    public AssetStatus status(AssetKey key) {
        AssetStatus status = statuses.get(key);
        return status != null ? status : new AssetStatus(AssetStatus.State.MISSING, "", null);
    }

    /** Grows by one whenever history may have changed: views that show history re-query on change. */
    public ReadOnlyLongProperty historyVersionProperty() {
        return historyVersion.getReadOnlyProperty();
    }

    /**
     * Recomputes every status from history, off the FX thread. Several refreshes may be under way; only the
     * latest one started is applied, so an older snapshot finishing late never overwrites a newer one.
     */
    public void refreshStatuses() {
        refresh(true);
    }

    /**
     * While a run goes, each batch in which steps ended asks the engine again, but one read at a time (a
     * batch arriving meanwhile asks for one more read after it), and without telling history views: they
     * re-read when the run ends.
     */
    private void refreshLive() {
        statusReads.whenIdle(() -> refresh(false));
    }

    private void refresh(boolean historyChanged) {
        Project current = project.get();
        if (current == null) {
            statusReads.dropUnderWay();
            return;
        }
        statusReads
                .run(() -> new Refreshed(current.statuses(), current.health(), current.checkSummaries()))
                .onSuccess(refreshed -> {
                    applyStatuses(refreshed.statuses());
                    health.putAll(refreshed.health());
                    health.keySet().retainAll(refreshed.health().keySet());
                    checks.putAll(refreshed.checks());
                    checks.keySet().retainAll(refreshed.checks().keySet());
                    if (historyChanged) {
                        historyVersion.set(historyVersion.get() + 1);
                    }
                })
                // A read that lost its project to a reload or close is moot (dropped); any other is worth telling.
                .onFailure(e -> notify(new Notification(
                        Notification.Level.ERROR, "Could not read the history", String.valueOf(e.getMessage()))))
                .start();
    }

    /** One refresh's statuses and health, read together off the FX thread. */
    private record Refreshed(
            Map<AssetKey, AssetStatus> statuses,
            Map<AssetKey, dev.assetstudio.engine.AssetHealth> health,
            Map<AssetKey, CheckSummary> checks) {}

    private void applyStatuses(Map<AssetKey, AssetStatus> fresh) {
        // The engine knows which steps of this project are running, so its word replaces the live one.
        fresh.forEach((key, status) -> {
            if (!status.equals(statuses.get(key))) {
                statuses.put(key, status);
            }
        });
        statuses.keySet().retainAll(fresh.keySet());
    }

    // ------------------------------------------------------------------ run events

    /** Receives every run event of the open project, in batches, on the FX thread. */
    public void addRunEventsListener(Consumer<List<RunEvent>> listener) {
        runEventListeners.add(listener);
    }

    public void removeRunEventsListener(Consumer<List<RunEvent>> listener) {
        runEventListeners.remove(listener);
    }

    /** The engine listener that feeds this session; extra runs submitted elsewhere can use it too. */
    public RunListener runListener() {
        return engineListener;
    }

    /** Delivers whatever is batched now (tests). */
    public void flushRunEvents() {
        batcher.flushNow();
    }

    private void onRunEvents(List<RunEvent> batch) {
        // Batched before a switch to another jar, delivered after it: the open project does not hear them.
        List<RunEvent> events = foreignRuns.isEmpty()
                ? batch
                : batch.stream().filter(e -> !foreignRuns.contains(e.runId())).toList();
        if (events.isEmpty()) {
            return;
        }
        boolean stepEnded = false;
        boolean runEnded = false;
        for (RunEvent event : events) {
            applyLive(event);
            runEnded |= event instanceof RunFinished;
            stepEnded |= event instanceof StepSucceeded
                    || event instanceof StepFailed
                    || event instanceof StepSkipped
                    || event instanceof StepCanceled;
        }
        runEventListeners.forEach(l -> l.accept(events));
        // The engine decides what an ended step means for the asset (fresh, partial, failed, …).
        if (runEnded) {
            refreshStatuses();
        } else if (stepEnded) {
            refreshLive();
        }
    }

    private void applyLive(RunEvent event) {
        // A run of a retired project may still report; its assets count only where the open project has them.
        Project current = project.get();
        if (event instanceof StepEvent e
                && (current == null || !current.graph().contains(e.step().asset()))) {
            return;
        }
        if (event instanceof StepStarted e) {
            // Shown at once; the refresh after the step ends brings the engine's word for it.
            AssetKey key = e.step().asset();
            AssetStatus now = statuses.get(key);
            String reason = "running in run " + e.runId();
            statuses.put(
                    key,
                    now == null
                            ? new AssetStatus(AssetStatus.State.RUNNING, reason, null)
                            : now.with(AssetStatus.State.RUNNING, reason));
        }
    }

    // ------------------------------------------------------------------ notifications

    /** Notifications not yet shown; the shell shows and removes them. */
    public ObservableList<Notification> notifications() {
        return notifications;
    }

    public void notify(Notification notification) {
        notifications.add(notification);
    }

    // ------------------------------------------------------------------ hooks

    /** The registered launchpad, if the feature that provides it is installed. */
    public java.util.Optional<ConfigLaunchpad> configLaunchpad() {
        return java.util.Optional.ofNullable(configLaunchpad.get());
    }

    /**
     * Background requests of which only the latest counts, and only while the project it started with is still
     * open (a request that started without a project counts while there is none).
     */
    public LatestRequests latestRequests() {
        return new LatestRequests(background, this::openProject);
    }

    private Project openProject() {
        Project current = project.get();
        return current == null || current.isClosed() ? null : current;
    }

    /** Background work for features that hang off the session (the same executor everywhere). */
    public BackgroundTasks background() {
        return background;
    }

    // ------------------------------------------------------------------ config launchpad

    /** Registers the launchpad that "Materialize with config…" opens (null: none, the command is disabled). */
    public void setConfigLaunchpad(ConfigLaunchpad launchpad) {
        configLaunchpad.set(launchpad);
    }

    /** The registered launchpad, or null while no feature provides one. */
    public ReadOnlyObjectProperty<ConfigLaunchpad> configLaunchpadProperty() {
        return configLaunchpad.getReadOnlyProperty();
    }

    /** Opens the launchpad for {@code key}, or says that none is available. */
    public void openConfigLaunchpad(AssetKey key) {
        ConfigLaunchpad launchpad = configLaunchpad.get();
        (launchpad == null ? ConfigLaunchpad.notAvailable(this) : launchpad).open(key);
    }
}
