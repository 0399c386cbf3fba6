package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.status.AssetStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;

/**
 * The Definition tab: the focused asset's {@link DefinitionInfo} and its live {@link AssetStatus}
 * (the badge follows the session's statuses, so a run updates it without a query).
 */
public final class DefinitionViewModel extends AssetTabModel<DefinitionInfo> {
    private final ReadOnlyObjectWrapper<DefinitionInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ReadOnlyObjectWrapper<AssetStatus> status = new ReadOnlyObjectWrapper<>(this, "status");

    public DefinitionViewModel(StudioSession session) {
        super(session, false);
        session.statuses().addListener((MapChangeListener<AssetKey, AssetStatus>) change -> {
            if (change.getKey().equals(shownKeyProperty().get())) {
                status.set(session.statuses().get(change.getKey()));
            }
        });
    }

    public ReadOnlyObjectProperty<DefinitionInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** The badge and its reason; {@code null} until the session has computed it. */
    public ReadOnlyObjectProperty<AssetStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows {@code key}'s details (an upstream or downstream link was clicked). */
    public void open(AssetKey key) {
        session.select(key);
    }

    @Override
    protected DefinitionInfo load(Project project, AssetKey key) {
        return DefinitionInfo.of(project.asset(key), project.graph());
    }

    @Override
    protected void apply(AssetKey key, DefinitionInfo result) {
        info.set(result);
        status.set(session.statuses().get(key));
    }

    @Override
    protected void clear() {
        info.set(null);
        status.set(null);
    }
}
