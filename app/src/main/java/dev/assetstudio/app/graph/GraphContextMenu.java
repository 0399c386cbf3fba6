package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.session.Materializer.Scope;
import dev.assetstudio.app.session.StudioSession;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The right-click menu of a card: materialize it (alone, with upstream, with downstream, with config…),
 * show only its upstream or downstream, copy its key; "Materialize selected (n)" when several cards are
 * selected; expand for a collapsed group; fit and show-all on empty space. Items have ids
 * ({@code graph-materialize}, …) for tests.
 */
final class GraphContextMenu {

    private final GraphViewModel viewModel;
    private final GraphView view;
    private final StudioSession session;
    private final ContextMenu menu = new ContextMenu();

    GraphContextMenu(GraphViewModel viewModel, GraphView view) {
        this.viewModel = viewModel;
        this.view = view;
        this.session = viewModel.session();
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
        AssetKey key = node.key();
        List<AssetKey> one = List.of(key);
        var items = new java.util.ArrayList<MenuItem>();
        int selected = session.selection().size();
        if (selected > 1 && session.selection().contains(key)) {
            items.add(item(
                    "graph-materialize-selected",
                    "Materialize selected (" + selected + ")",
                    () -> viewModel.materialize(List.copyOf(session.selection()), Scope.ONLY)));
            items.add(new SeparatorMenuItem());
        }
        items.add(item("graph-materialize", "Materialize", () -> viewModel.materialize(one, Scope.ONLY)));
        items.add(item(
                "graph-materialize-upstream",
                "Materialize with upstream",
                () -> viewModel.materialize(one, Scope.WITH_UPSTREAM)));
        items.add(item(
                "graph-materialize-downstream",
                "Materialize downstream",
                () -> viewModel.materialize(one, Scope.DOWNSTREAM)));
        MenuItem config =
                item("graph-materialize-config", "Materialize with config…", () -> viewModel.launchWithConfig(key));
        config.setDisable(!viewModel.canLaunchWithConfig(node));
        items.add(config);
        if (node.source()) {
            // Sources are observed, not computed: the engine refuses to materialize them.
            items.subList(items.size() - 4, items.size()).forEach(i -> i.setDisable(true));
        }
        items.add(new SeparatorMenuItem());
        items.add(item(
                "graph-show-upstream",
                "Show only upstream",
                () -> viewModel.showOnly(key, GraphViewModel.Direction.UPSTREAM)));
        items.add(item(
                "graph-show-downstream",
                "Show only downstream",
                () -> viewModel.showOnly(key, GraphViewModel.Direction.DOWNSTREAM)));
        items.add(new SeparatorMenuItem());
        items.add(item("graph-copy-key", "Copy key", () -> {
            var content = new ClipboardContent();
            content.putString(key.toString());
            Clipboard.getSystemClipboard().setContent(content);
        }));
        return items;
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
