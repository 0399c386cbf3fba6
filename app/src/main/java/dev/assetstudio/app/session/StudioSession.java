package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.health.CheckSummary;
import dev.assetstudio.engine.run.RunListener;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The studio's shared state, on the FX thread: the open project, and the services that follow it: the
 * {@link SelectedAssets}, the {@link AssetStatuses}, the {@link RunEventBus}, the {@link Notifications} and the
 * {@link LaunchpadHook}. Every feature view-model reads from here and asks the engine through the {@link Project} it
 * holds; none keeps its own copy. The session's own job is switching projects, which each service follows; its other
 * methods are shortcuts to the services.
 */
public final class StudioSession {
    private final BackgroundTasks background;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final SelectedAssets selected = new SelectedAssets();
    private final Notifications notifications = new Notifications();
    private final AssetStatuses statuses;
    private final RunEventBus runEvents;
    private final LaunchpadHook launchpad;

    public StudioSession(BackgroundTasks background) {
        this(background, null);
    }

    /** With an explicit FX executor for the run-event batcher ({@code Runnable::run} in tests without a toolkit). */
    public StudioSession(BackgroundTasks background, Executor fxThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.statuses = new AssetStatuses(project::get, latestRequests(), notifications);
        this.runEvents = new RunEventBus(fxThread, this::onRunEvents);
        this.launchpad = new LaunchpadHook(ConfigLaunchpad.notAvailable(this));
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
            next.addRunListener(runEvents.engineListener());
        }
        if (previous != null && (next == null || !next.jar().equals(previous.jar()))) {
            runEvents.ignoreActiveRunsOf(previous);
        }
        statuses.clear();
        // Selection and focus first: whoever hears of the new project finds them among its assets.
        if (next == null) {
            selected.clear();
        } else {
            selected.retainAll(Set.copyOf(next.assetKeys()));
        }
        project.set(next);
        statuses.projectOpened();
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

    private void onRunEvents(List<RunEvent> events) {
        statuses.showRunning(events);
        runEvents.publish(events);
        statuses.refreshAfter(events);
    }

    // ------------------------------------------------------------------ the services

    /** The selected assets and the focused one. */
    public SelectedAssets selectedAssets() {
        return selected;
    }

    /** Each asset's status and health, and the history version. */
    public AssetStatuses assetStatuses() {
        return statuses;
    }

    /** The open project's run events, in batches on the FX thread. */
    public RunEventBus runEvents() {
        return runEvents;
    }

    /** Notifications not yet shown. */
    public Notifications notificationCenter() {
        return notifications;
    }

    /** Where the launchpad feature registers. */
    public LaunchpadHook launchpadHook() {
        return launchpad;
    }

    // ------------------------------------------------------------------ shortcuts: selection

    /** The selected assets (graph and catalog share it). */
    public ObservableSet<AssetKey> selection() {
        return selected.keys();
    }

    /** The asset whose details are shown: the last one clicked. */
    public ReadOnlyObjectProperty<AssetKey> focusedProperty() {
        return selected.focusedProperty();
    }

    public AssetKey focused() {
        return selected.focused();
    }

    /** Selects only {@code key} and shows its details. */
    public void select(AssetKey key) {
        selected.select(key);
    }

    /** Replaces the selection; {@code focus} (may be null) is the one whose details are shown. */
    public void select(Collection<AssetKey> keys, AssetKey focus) {
        selected.select(keys, focus);
    }

    /** Adds or removes {@code key} (ctrl/shift-click). */
    public void toggle(AssetKey key) {
        selected.toggle(key);
    }

    public void clearSelection() {
        selected.clear();
    }

    // ------------------------------------------------------------------ shortcuts: statuses and history

    /** Each asset's status; updated live from run events and after every run. Read-only for views. */
    public ObservableMap<AssetKey, AssetStatus> statuses() {
        return statuses.statuses();
    }

    /** Each asset's health as the engine computes it; refreshed with the statuses. Read-only for views. */
    public ObservableMap<AssetKey, AssetHealth> health() {
        return statuses.health();
    }

    /** How the checks of each asset that has some stand; refreshed with the health. Read-only for views. */
    public ObservableMap<AssetKey, CheckSummary> checks() {
        return statuses.checks();
    }

    /** The status of {@code key}: never materialized ({@code MISSING}) until the session knows better. */
    public AssetStatus status(AssetKey key) {
        return statuses.status(key);
    }

    /** Grows by one whenever history may have changed: views that show history re-query on change. */
    public ReadOnlyLongProperty historyVersionProperty() {
        return statuses.historyVersionProperty();
    }

    /** Recomputes every status from history, off the FX thread; only the latest refresh is applied. */
    public void refreshStatuses() {
        statuses.refresh();
    }

    // ------------------------------------------------------------------ shortcuts: run events

    /** Receives every run event of the open project, in batches, on the FX thread. */
    public void addRunEventsListener(Consumer<List<RunEvent>> listener) {
        runEvents.addListener(listener);
    }

    public void removeRunEventsListener(Consumer<List<RunEvent>> listener) {
        runEvents.removeListener(listener);
    }

    /** The engine listener that feeds this session; extra runs submitted elsewhere can use it too. */
    public RunListener runListener() {
        return runEvents.engineListener();
    }

    /** Delivers whatever is batched now (tests). */
    public void flushRunEvents() {
        runEvents.flush();
    }

    // ------------------------------------------------------------------ shortcuts: notifications

    /** Notifications not yet shown; the shell shows and removes them. */
    public ObservableList<Notification> notifications() {
        return notifications.pending();
    }

    public void notify(Notification notification) {
        notifications.add(notification);
    }

    // ------------------------------------------------------------------ shortcuts: config launchpad

    /** The registered launchpad, if the feature that provides it is installed. */
    public Optional<ConfigLaunchpad> configLaunchpad() {
        return launchpad.get();
    }

    /** Registers the launchpad that "Materialize with config…" opens (null: none, the command is disabled). */
    public void setConfigLaunchpad(ConfigLaunchpad launchpad) {
        this.launchpad.set(launchpad);
    }

    /** The registered launchpad, or null while no feature provides one. */
    public ReadOnlyObjectProperty<ConfigLaunchpad> configLaunchpadProperty() {
        return launchpad.property();
    }

    /** Opens the launchpad for {@code key}, or says that none is available. */
    public void openConfigLaunchpad(AssetKey key) {
        launchpad.open(key);
    }
}
