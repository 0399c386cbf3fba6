package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.health.CheckSummary;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepEvent;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Each asset's status and health as the engine computes them, read off the FX thread after every run (and while a
 * run goes, as its steps end), and the history version views re-query on. The engine decides what a status is; this
 * only keeps its latest word, plus "running" from the moment a step starts.
 */
public final class AssetStatuses {
    private final Supplier<Project> project;
    private final LatestRequests reads;
    private final Notifications notifications;
    private final ObservableMap<AssetKey, AssetStatus> statuses = FXCollections.observableHashMap();
    private final ObservableMap<AssetKey, AssetHealth> health = FXCollections.observableHashMap();
    // One read-only view each, kept: listeners added to a view that is then dropped would be garbage collected with it.
    private final ObservableMap<AssetKey, AssetStatus> readOnlyStatuses =
            FXCollections.unmodifiableObservableMap(statuses);
    private final ObservableMap<AssetKey, AssetHealth> readOnlyHealth = FXCollections.unmodifiableObservableMap(health);
    private final ObservableMap<AssetKey, CheckSummary> checks = FXCollections.observableHashMap();
    private final ObservableMap<AssetKey, CheckSummary> readOnlyChecks =
            FXCollections.unmodifiableObservableMap(checks);
    private final ReadOnlyLongWrapper historyVersion = new ReadOnlyLongWrapper(this, "historyVersion");

    /**
     * @param project the open project
     * @param reads the status reads: only the latest, for the project still open, is applied
     * @param notifications where a failed read is told
     */
    AssetStatuses(Supplier<Project> project, LatestRequests reads, Notifications notifications) {
        this.project = Objects.requireNonNull(project, "project");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    /** Each asset's status; updated live from run events and after every run. Read-only for views. */
    public ObservableMap<AssetKey, AssetStatus> statuses() {
        return readOnlyStatuses;
    }

    /**
     * Each asset's health as the engine computes it (last attempt, checks, freshness); refreshed with the statuses,
     * after every run. Read-only for views.
     */
    public ObservableMap<AssetKey, AssetHealth> health() {
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
     * Recomputes every status from history, off the FX thread. Several refreshes may be under way; only the latest
     * one started is applied, so an older snapshot finishing late never overwrites a newer one.
     */
    public void refresh() {
        refresh(true);
    }

    /** Another project is about to open: nothing is known of its assets until {@link #projectOpened()}. */
    void clear() {
        statuses.clear();
        health.clear();
        checks.clear();
    }

    /** Another project opened: history views re-query, statuses are read. */
    void projectOpened() {
        historyVersion.set(historyVersion.get() + 1);
        refresh();
    }

    /** Shows the assets of steps that start as running, at once (before the features hear of the events). */
    void showRunning(List<RunEvent> events) {
        events.forEach(this::applyLive);
    }

    /** Asks the engine again when steps or runs ended (after the features heard of the events). */
    void refreshAfter(List<RunEvent> events) {
        boolean stepEnded = false;
        boolean runEnded = false;
        for (RunEvent event : events) {
            runEnded |= event instanceof RunFinished;
            stepEnded |= event instanceof StepSucceeded
                    || event instanceof StepFailed
                    || event instanceof StepSkipped
                    || event instanceof StepCanceled;
        }
        // The engine decides what an ended step means for the asset (fresh, partial, failed, …).
        if (runEnded) {
            refresh();
        } else if (stepEnded) {
            refreshLive();
        }
    }

    /**
     * While a run goes, each batch in which steps ended asks the engine again, but one read at a time (a batch
     * arriving meanwhile asks for one more read after it), and without telling history views: they re-read when the
     * run ends.
     */
    private void refreshLive() {
        reads.whenIdle(() -> refresh(false));
    }

    private void refresh(boolean historyChanged) {
        Project current = project.get();
        if (current == null) {
            reads.dropUnderWay();
            return;
        }
        reads.run(() -> new Refreshed(current.statuses(), current.health(), current.checkSummaries()))
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
                .onFailure(e -> notifications.add(new Notification(
                        Notification.Level.ERROR, "Could not read the history", String.valueOf(e.getMessage()))))
                .start();
    }

    /** One refresh's statuses, health and checks, read together off the FX thread. */
    private record Refreshed(
            Map<AssetKey, AssetStatus> statuses,
            Map<AssetKey, AssetHealth> health,
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
}
