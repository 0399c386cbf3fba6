package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
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
        return runner != null;
    }

    /** The selection that runs every check of {@code key} without materializing it. */
    static AssetSelection checksOf(AssetKey key) {
        return AssetSelection.parse("checks:\"" + key + "\"");
    }

    /** Runs the shown asset's checks on its stored value. */
    public void runChecks() {
        ChecksInfo shown = info.get();
        if (runner != null && shown != null && !shown.checks().isEmpty()) {
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
