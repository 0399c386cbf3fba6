package dev.assetstudio.app.shell;

import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * Makes menu items and buttons for {@link StudioAction}s, bound to a {@link MainViewModel}: disabled while the
 * action cannot run, and running it through {@link MainViewModel#execute}.
 */
final class ActionControls {

    private static final double MENU_ICON_SIZE = 14;

    private final MainViewModel viewModel;

    ActionControls(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** A menu item with the action's label, icon and shortcut (the scene registers the shortcut). */
    MenuItem menuItem(StudioAction action) {
        var item = new MenuItem(action.label());
        item.textProperty().bind(labelOr(action, action.label()));
        item.setId(id(action));
        action.icon().ifPresent(icon -> item.setGraphic(Icons.create(icon, MENU_ICON_SIZE)));
        accelerator(action).ifPresent(item::setAccelerator);
        item.disableProperty().bind(viewModel.executableProperty(action).not());
        item.setOnAction(event -> viewModel.execute(action));
        return item;
    }

    /** A flat, icon-only toolbar button whose tooltip names the action and its shortcut. */
    Button iconButton(StudioAction action) {
        var button = new Button();
        action.icon().ifPresent(icon -> button.setGraphic(Icons.create(icon)));
        button.getStyleClass().add(Styles.FLAT);
        return bind(button, action);
    }

    /** A toolbar button with icon and text, for the primary commands. */
    Button textButton(StudioAction action, String text) {
        var button = new Button(text);
        button.textProperty().bind(labelOr(action, text));
        action.icon().ifPresent(icon -> button.setGraphic(Icons.create(icon, 14)));
        return bind(button, action);
    }

    /** The label a feature set for {@code action}, else {@code fallback}. */
    private javafx.beans.binding.StringBinding labelOr(StudioAction action, String fallback) {
        var label = viewModel.labelProperty(action);
        return javafx.beans.binding.Bindings.createStringBinding(
                () -> label.get() == null ? fallback : label.get(), label);
    }

    private Button bind(Button button, StudioAction action) {
        button.setId(id(action) + "-button");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(tooltipText(action)));
        button.disableProperty().bind(viewModel.executableProperty(action).not());
        button.setOnAction(event -> viewModel.execute(action));
        return button;
    }

    /** The node id of an action's menu item, e.g. {@code action-fit-to-view}; buttons add {@code -button}. */
    static String id(StudioAction action) {
        return "action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static java.util.Optional<KeyCombination> accelerator(StudioAction action) {
        return action.accelerator().map(KeyCombination::valueOf);
    }

    static String tooltipText(StudioAction action) {
        return accelerator(action)
                .map(key -> action.label() + "  (" + key.getDisplayText() + ")")
                .orElse(action.label());
    }
}
