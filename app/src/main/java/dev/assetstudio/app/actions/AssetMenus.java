package dev.assetstudio.app.actions;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.theme.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * Makes the controls of {@link AssetAction}s: the items of a context menu for the assets right-clicked, live menu
 * items and buttons that follow the selection, all running through one {@link AssetActions}.
 *
 * <pre>{@code
 * menu.getItems().setAll(AssetMenus.contextItems(actions, "catalog", keys));   // catalog-materialize, …
 * }</pre>
 */
public final class AssetMenus {

    private static final double ICON_SIZE = 14;

    /** The actions a context menu offers, in order; every asset context menu has the same. */
    public static final List<AssetAction> CONTEXT = List.of(AssetAction.values());

    private AssetMenus() {}

    /**
     * The items of a context menu on {@code keys}, ids {@code <prefix>-<action id>}, each disabled where its rule
     * says so, sections apart.
     */
    public static List<MenuItem> contextItems(AssetActions actions, String prefix, List<AssetKey> keys) {
        List<AssetKey> target = List.copyOf(keys);
        return sectioned(CONTEXT, action -> {
            var item = base(action, prefix);
            item.setText(AssetActions.label(action, target));
            item.setDisable(!actions.isEnabled(action, target));
            item.setOnAction(event -> actions.execute(action, target));
            return item;
        });
    }

    /**
     * A menu whose items act on whatever {@code keys} supplies when chosen (the selection), with their shortcuts;
     * their enabled state and labels follow {@code dependencies}.
     */
    public static Menu liveMenu(
            AssetActions actions,
            String text,
            String prefix,
            Supplier<List<AssetKey>> keys,
            Observable... dependencies) {
        var menu = new Menu(text);
        menu.setId("menu-" + prefix);
        menu.getItems().setAll(sectioned(CONTEXT, action -> liveItem(actions, action, prefix, keys, dependencies)));
        return menu;
    }

    /** One menu item acting on what {@code keys} supplies when chosen. */
    public static MenuItem liveItem(
            AssetActions actions,
            AssetAction action,
            String prefix,
            Supplier<List<AssetKey>> keys,
            Observable... dependencies) {
        var item = base(action, prefix);
        item.textProperty()
                .bind(Bindings.createStringBinding(() -> AssetActions.label(action, keys.get()), dependencies));
        item.disableProperty().bind(enabled(actions, action, keys, dependencies).not());
        action.accelerator().map(KeyCombination::valueOf).ifPresent(item::setAccelerator);
        item.setOnAction(event -> actions.execute(action, keys.get()));
        return item;
    }

    /** A button for {@code action} on what {@code keys} supplies, enabled by the same rule as the menus. */
    public static Button button(
            AssetActions actions,
            AssetAction action,
            String id,
            Supplier<List<AssetKey>> keys,
            Observable... dependencies) {
        var button = new Button(action.label());
        button.setId(id);
        action.icon().ifPresent(icon -> button.setGraphic(Icons.create(icon, ICON_SIZE)));
        button.setTooltip(new Tooltip(action.label()));
        button.disableProperty()
                .bind(enabled(actions, action, keys, dependencies).not());
        button.setOnAction(event -> actions.execute(action, keys.get()));
        return button;
    }

    /** True while {@code action} may run on what {@code keys} supplies; re-evaluated on {@code dependencies}. */
    public static BooleanBinding enabled(
            AssetActions actions, AssetAction action, Supplier<List<AssetKey>> keys, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        System.arraycopy(dependencies, 0, all, 0, dependencies.length);
        all[dependencies.length] = actions.versionProperty();
        return Bindings.createBooleanBinding(() -> actions.isEnabled(action, keys.get()), all);
    }

    /** The accelerators of the asset actions that have one (for the shortcuts dialog). */
    public static Set<AssetAction> withShortcuts() {
        var set = java.util.EnumSet.noneOf(AssetAction.class);
        for (AssetAction action : AssetAction.values()) {
            action.accelerator().ifPresent(a -> set.add(action));
        }
        return set;
    }

    private static MenuItem base(AssetAction action, String prefix) {
        var item = new MenuItem(action.label());
        item.setId(prefix + "-" + action.id());
        action.icon().ifPresent(icon -> item.setGraphic(Icons.create(icon, ICON_SIZE)));
        return item;
    }

    private static List<MenuItem> sectioned(
            List<AssetAction> actions, java.util.function.Function<AssetAction, MenuItem> make) {
        List<MenuItem> items = new ArrayList<>();
        AssetAction.Section section = null;
        for (AssetAction action : actions) {
            if (section != null && action.section() != section) {
                items.add(new SeparatorMenuItem());
            }
            section = action.section();
            items.add(make.apply(action));
        }
        return items;
    }
}
