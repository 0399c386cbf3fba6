package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.actions.AssetAction;
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Checks tab: the focused asset's checks with their latest results and history, refreshed when
 * a run ends; {@link #runChecks()} runs every check of the asset alone (selection {@code checks:KEY}).
 */
public final class ChecksViewModel extends AssetTabModel<ChecksInfo> {
    private final ReadOnlyObjectWrapper<ChecksInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final Consumer<AssetSelection> runner;
    private AssetActions actions;

    /**
     * @param runner starts a run of a selection (the studio's materializer); {@code null} when this
     *     studio cannot run anything
     */
    public ChecksViewModel(StudioSession session, Consumer<AssetSelection> runner) {
        super(session, true);
        this.runner = runner;
    }

    public ReadOnlyObjectProperty<ChecksInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** Whether {@link #runChecks()} can start a run. */
    public boolean canRun() {
        ChecksInfo shown = info.get();
        if (actions != null) {
            return shown != null && actions.isEnabled(AssetAction.RUN_CHECKS, java.util.List.of(shown.key()));
        }
        return runner != null;
    }

    /**
     * The Checks tab of the studio: <i>Run checks</i> is the {@link AssetAction#RUN_CHECKS} every menu has, with its
     * enabled rule.
     */
    public ChecksViewModel(StudioSession session, AssetActions actions) {
        super(session, true);
        this.runner = selection -> {};
        this.actions = actions;
    }

    /** The selection that runs every check of {@code key} without materializing it. */
    static AssetSelection checksOf(AssetKey key) {
        return AssetActions.checksOf(java.util.List.of(key));
    }

    /** Runs the shown asset's checks on its stored value. */
    public void runChecks() {
        ChecksInfo shown = info.get();
        if (actions != null && shown != null) {
            actions.execute(AssetAction.RUN_CHECKS, java.util.List.of(shown.key()));
        } else if (runner != null && shown != null && !shown.checks().isEmpty()) {
            runner.accept(checksOf(shown.key()));
        }
    }

    @Override
    protected ChecksInfo load(Project project, AssetKey key) {
        return ChecksInfo.of(project, key);
    }

    @Override
    protected void apply(AssetKey key, ChecksInfo result) {
        info.set(result);
    }

    @Override
    protected void clear() {
        info.set(null);
    }
}
