package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The part every details tab's view-model shares: it queries the engine for the focused asset off
 * the FX thread and applies the result on it, again whenever the focused asset, the project or the
 * history changes.
 *
 * <p>Only an {@linkplain #activeProperty() active} (shown) tab queries eagerly; a hidden tab just
 * remembers that it is out of date and queries when it is shown. A result that arrives after a
 * newer query was started is dropped, so a fast click through the graph never shows the details
 * of an asset that is no longer focused.
 *
 * @param <T> what one query returns
 */
public abstract class AssetTabModel<T> {
    /** Where the tab's data stands. */
    public enum State {
        /** No project or no focused asset. */
        EMPTY,
        /** A query is running; the previous content stays shown. */
        LOADING,
        /** The content is the focused asset's. */
        READY,
        /** The query failed; {@link #errorProperty()} says why. */
        FAILED
    }

    protected final StudioSession session;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<AssetKey> shownKey = new ReadOnlyObjectWrapper<>(this, "shownKey");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private boolean outOfDate = true;
    /** The tab's queries: only the latest one's result is shown. */
    private final LatestRequests queries;

    /**
     * @param followHistory whether new history (a run ended) makes the content out of date; the
     *     definition tab does not depend on history
     */
    protected AssetTabModel(StudioSession session, boolean followHistory) {
        this.session = Objects.requireNonNull(session, "session");
        this.queries = session.latestRequests();
        session.focusedProperty().addListener((obs, was, now) -> invalidate());
        session.projectProperty().addListener((obs, was, now) -> invalidate());
        if (followHistory) {
            session.historyVersionProperty().addListener((obs, was, now) -> invalidate());
        }
        active.addListener((obs, was, now) -> {
            if (now && outOfDate) {
                reload();
            }
        });
    }

    /** True while the tab is shown; bind it to the tab's selection. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** Why the latest query failed, or {@code ""}. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The asset whose data is shown (set when a result is applied). */
    public ReadOnlyObjectProperty<AssetKey> shownKeyProperty() {
        return shownKey.getReadOnlyProperty();
    }

    /** Marks the content out of date and, if the tab is shown, queries again. */
    public final void invalidate() {
        outOfDate = true;
        if (active.get()) {
            reload();
        }
    }

    /** Queries now, whether shown or not (a Refresh button, tests). */
    public final void reload() {
        outOfDate = false;
        Project project = session.project();
        AssetKey key = session.focused();
        if (project == null || key == null) {
            queries.dropUnderWay();
            shownKey.set(null);
            clear();
            error.set("");
            state.set(State.EMPTY);
            return;
        }
        state.set(State.LOADING);
        queries.run(() -> load(project, key))
                .onSuccess(result -> {
                    shownKey.set(key);
                    apply(key, result);
                    error.set("");
                    state.set(State.READY);
                })
                .onFailure(failure -> {
                    error.set(messageOf(failure));
                    state.set(State.FAILED);
                })
                .start();
    }

    /** The tab's queries, for follow-up queries (paging) that go stale with the latest one. */
    protected final LatestRequests queries() {
        return queries;
    }

    /** The query, on a background thread: read the engine and history here, never touch the UI. */
    protected abstract T load(Project project, AssetKey key) throws Exception;

    /** Shows {@code result} (FX thread). */
    protected abstract void apply(AssetKey key, T result);

    /** Forgets what is shown (no project or no focused asset). */
    protected abstract void clear();

    static String messageOf(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null
                && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
