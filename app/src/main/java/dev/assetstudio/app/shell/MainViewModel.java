package dev.assetstudio.app.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the main window, without any view: what project is open, what is selected, whether a run
 * is going, what the status bar says, and which {@link StudioAction}s can run.
 *
 * <p>Features plug in by setting handlers and reporting state:
 *
 * <pre>{@code
 * main.setOpenProjectHandler(projectViewModel::open);
 * main.setHandler(StudioAction.FIT_TO_VIEW, graphViewModel::fit);
 * main.setHandler(StudioAction.MATERIALIZE_SELECTED, runViewModel::materializeSelected, runViewModel.canRunProperty());
 * main.projectOpened(jar, project.assetKeys().size());
 * main.setSelectedAsset("analytics/daily_orders");
 * }</pre>
 *
 * <p>Everything here is used on the FX thread.
 */
public final class MainViewModel {

    private final ReadOnlyBooleanWrapper projectOpen = new ReadOnlyBooleanWrapper(this, "projectOpen");
    private final ReadOnlyObjectWrapper<Path> projectPath = new ReadOnlyObjectWrapper<>(this, "projectPath");
    private final ReadOnlyIntegerWrapper assetCount = new ReadOnlyIntegerWrapper(this, "assetCount");
    private final ReadOnlyStringWrapper selectedAsset = new ReadOnlyStringWrapper(this, "selectedAsset");
    private final ReadOnlyBooleanWrapper runActive = new ReadOnlyBooleanWrapper(this, "runActive");
    private final ReadOnlyStringWrapper lastRunStatus = new ReadOnlyStringWrapper(this, "lastRunStatus");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Consumer<Path>> openProjectHandler =
            new ReadOnlyObjectWrapper<>(this, "openProjectHandler");
    private final Map<StudioAction, Slot> slots = new EnumMap<>(StudioAction.class);

    public MainViewModel() {
        for (StudioAction action : StudioAction.values()) {
            slots.put(action, new Slot());
        }
    }

    // ------------------------------------------------------------------ actions

    /** Makes {@code action} run {@code handler} whenever its {@link StudioAction.Requirement} is met. */
    public void setHandler(StudioAction action, Runnable handler) {
        setHandler(action, handler, Bindings.createBooleanBinding(() -> true));
    }

    /** Like {@link #setHandler(StudioAction, Runnable)}, and only while {@code enabledWhen} is also true. */
    public void setHandler(StudioAction action, Runnable handler, ObservableBooleanValue enabledWhen) {
        Slot slot = slots.get(action);
        slot.handler = Objects.requireNonNull(handler);
        slot.executable.bind(requirementMet(action.requirement()).and(enabledWhen));
    }

    /** Removes the handler; the action is disabled again. */
    public void clearHandler(StudioAction action) {
        Slot slot = slots.get(action);
        slot.handler = null;
        slot.executable.unbind();
        slot.executable.set(false);
    }

    /** True while {@code action} has a handler and may run; menus and buttons bind their disable state to it. */
    public ReadOnlyBooleanProperty executableProperty(StudioAction action) {
        return slots.get(action).executable.getReadOnlyProperty();
    }

    public boolean canExecute(StudioAction action) {
        return slots.get(action).executable.get();
    }

    /** Runs {@code action} if it can run; returns whether it ran. Safe to call for any action at any time. */
    public boolean execute(StudioAction action) {
        Slot slot = slots.get(action);
        if (!slot.executable.get() || slot.handler == null) {
            return false;
        }
        slot.handler.run();
        return true;
    }

    private BooleanBinding requirementMet(StudioAction.Requirement requirement) {
        return switch (requirement) {
            case NONE -> Bindings.createBooleanBinding(() -> true);
            case PROJECT -> Bindings.createBooleanBinding(projectOpen::get, projectOpen);
            case SELECTION -> projectOpen.and(selectedAsset.isNotNull());
            case RUN -> Bindings.createBooleanBinding(runActive::get, runActive);
        };
    }

    // ------------------------------------------------------------------ opening projects

    /** Set by the project feature: opens the jar at the given path (from File › Open…, recent projects, args). */
    public void setOpenProjectHandler(Consumer<Path> handler) {
        openProjectHandler.set(handler);
    }

    /** True once a feature can open projects; File › Open… and Open Recent follow it. */
    public BooleanBinding canOpenProjectsProperty() {
        return openProjectHandler.isNotNull();
    }

    /** Asks the project feature to open {@code jar}; returns false (and says so in the status bar) if none can. */
    public boolean openProject(Path jar) {
        Consumer<Path> handler = openProjectHandler.get();
        if (handler == null) {
            statusMessage.set("Opening projects is not available in this build");
            return false;
        }
        handler.accept(jar);
        return true;
    }

    /** Recently opened jars, most recent first; the project feature keeps it (and persists it). */
    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    // ------------------------------------------------------------------ state reported by features

    /** The project feature reports a loaded project. */
    public void projectOpened(Path jar, int assets) {
        projectPath.set(Objects.requireNonNull(jar));
        assetCount.set(assets);
        projectOpen.set(true);
        recentProjects.remove(jar);
        recentProjects.add(0, jar);
    }

    /** The project feature reports that no project is open (closed, or a reload failed). */
    public void projectClosed() {
        projectOpen.set(false);
        projectPath.set(null);
        assetCount.set(0);
        selectedAsset.set(null);
    }

    /** The asset (key as {@code a/b/c}) that the details show; null for none. */
    public void setSelectedAsset(String assetKey) {
        selectedAsset.set(assetKey);
    }

    /** The run feature reports a run start. */
    public void runStarted() {
        runActive.set(true);
        lastRunStatus.set("Running");
    }

    /** The run feature reports a run end, with its status in words (e.g. "Succeeded"). */
    public void runFinished(String status) {
        runActive.set(false);
        lastRunStatus.set(status);
    }

    /** Shows a progress indicator: {@code fraction} 0–1, or negative for indeterminate. */
    public void showProgress(double fraction, String message) {
        busy.set(true);
        progress.set(fraction);
        statusMessage.set(message == null ? "" : message);
    }

    /** Hides the progress indicator. */
    public void hideProgress() {
        busy.set(false);
        progress.set(-1);
        statusMessage.set("");
    }

    public void setStatusMessage(String message) {
        statusMessage.set(message == null ? "" : message);
    }

    // ------------------------------------------------------------------ read-only properties

    public ReadOnlyBooleanProperty projectOpenProperty() {
        return projectOpen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> projectPathProperty() {
        return projectPath.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty assetCountProperty() {
        return assetCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedAssetProperty() {
        return selectedAsset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runActiveProperty() {
        return runActive.getReadOnlyProperty();
    }

    /** Status of the last run in words; null before the first run. */
    public ReadOnlyStringProperty lastRunStatusProperty() {
        return lastRunStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0–1, or negative for indeterminate; meaningful while {@link #busyProperty()} is true. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ labels

    /**
     * Shows {@code label} instead of the action's fixed text in its menu item and text button, e.g. "Materialize
     * selected (3)".
     */
    public void setLabel(StudioAction action, javafx.beans.value.ObservableStringValue label) {
        slots.get(action).label.bind(label);
    }

    /** The action's label set by its feature, or null while it has none (controls then use their fixed text). */
    public ReadOnlyStringProperty labelProperty(StudioAction action) {
        return slots.get(action).label.getReadOnlyProperty();
    }

    private static final class Slot {
        Runnable handler;
        final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(false);
        final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();
    }
}
