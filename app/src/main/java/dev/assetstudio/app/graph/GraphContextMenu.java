package dev.assetstudio.app.graph;

import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.actions.AssetMenus;
import dev.assetstudio.app.session.StudioSession;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The right-click menu of the graph: on a card, the asset commands ({@link AssetMenus#contextItems}, the same as
 * the catalog's, on the selection when the card is part of it); expand for a collapsed group; fit and show-all on
 * empty space. Items have ids ({@code graph-materialize}, …) for tests.
 */
final class GraphContextMenu {

    private final GraphViewModel viewModel;
    private final GraphView view;
    private final StudioSession session;
    private final AssetActions actions;
    private final ContextMenu menu = new ContextMenu();

    GraphContextMenu(GraphViewModel viewModel, GraphView view, AssetActions actions) {
        this.viewModel = viewModel;
        this.view = view;
        this.session = viewModel.session();
        this.actions = actions;
        menu.setId("graph-context-menu");
    }

    /** Shows the menu for {@code node} (null: empty space) at a screen position, unless already open. */
    void show(NodeItem node, double screenX, double screenY) {
        if (menu.isShowing()) {
            return; // a platform that sends both the request and the click must not open it twice
        }
        menu.getItems().setAll(node == null ? background() : node.isGroup() ? group(node) : asset(node));
        menu.show(view, screenX, screenY);
    }

    ContextMenu menu() {
        return menu;
    }

    private List<MenuItem> asset(NodeItem node) {
        return AssetMenus.contextItems(actions, "graph", AssetActions.targetOf(node.key(), session.selection()));
    }

    private List<MenuItem> group(NodeItem node) {
        return List.of(item(
                "graph-expand-group", "Expand group " + node.group(), () -> viewModel.toggleCollapsed(node.group())));
    }

    private List<MenuItem> background() {
        var items = new java.util.ArrayList<MenuItem>();
        items.add(item("graph-fit", "Fit to view", view::fitToView));
        if (viewModel.filterProperty().get() != null) {
            items.add(item("graph-menu-show-all", "Show all", viewModel::showAll));
        }
        items.add(item("graph-relayout", "Re-layout", viewModel::relayout));
        return items;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
