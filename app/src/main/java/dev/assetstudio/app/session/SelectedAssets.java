package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import java.util.Collection;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The selected assets, which the graph and the catalog share, and the focused one, whose details are shown. */
public final class SelectedAssets {
    private final ObservableSet<AssetKey> selection = FXCollections.observableSet();
    private final ReadOnlyObjectWrapper<AssetKey> focused = new ReadOnlyObjectWrapper<>(this, "focused");

    /** The selected assets. */
    public ObservableSet<AssetKey> keys() {
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

    public void clear() {
        selection.clear();
        focused.set(null);
    }

    /** Keeps only the assets among {@code keys} (another project opened); the focus moves to one still selected. */
    public void retainAll(Set<AssetKey> keys) {
        selection.retainAll(keys);
        if (focused.get() != null && !keys.contains(focused.get())) {
            focused.set(selection.isEmpty() ? null : selection.iterator().next());
        }
    }
}
