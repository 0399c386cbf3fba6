package dev.assetstudio.app.metadata;

import dev.assetstudio.api.MetadataValue;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.model.MetadataValues;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;

/**
 * One {@link MetadataValue} as a node, by its kind: a table as a {@link TableView}, a table schema as a table of
 * name, type and description, markdown rendered ({@link MarkdownFlow}), a URL as a link that opens in the browser,
 * a path with a <i>Reveal</i> button, JSON as a {@link TreeView}, the rest as text. Values come as history stores
 * them ({@link MetadataValues#read}).
 */
public final class MetadataNodes {

    /** Rows shown of a table before it scrolls. */
    private static final int VISIBLE_ROWS = 8;

    private MetadataNodes() {}

    /** The node for a stored metadata value; its style class names the kind ({@code as-metadata-table}…). */
    public static Node of(Object stored) {
        MetadataValue value = MetadataValues.read(stored);
        Node node =
                switch (value.kind()) {
                    case TABLE -> table(value.tableColumns(), value.tableRows());
                    case TABLE_SCHEMA -> schema(value.value());
                    case MARKDOWN -> MarkdownFlow.render(String.valueOf(value.value()));
                    case URL -> url(String.valueOf(value.value()));
                    case PATH -> path(String.valueOf(value.value()));
                    case JSON -> json(value.value());
                    default -> text(MetadataValues.oneLine(stored), String.valueOf(value.value()));
                };
        node.getStyleClass()
                .add(Styles.METADATA_PREFIX
                        + value.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return node;
    }

    private static Node text(String line, String whole) {
        var label = new Label(whole);
        label.setWrapText(true);
        return label;
    }

    private static Node url(String url) {
        var link = new Hyperlink(url);
        link.setOnAction(e -> Links.open(url));
        link.setTooltip(new javafx.scene.control.Tooltip("Open in the browser"));
        return link;
    }

    private static Node path(String path) {
        var label = new Label(path);
        label.getStyleClass().add(Styles.MONOSPACE);
        label.setMinWidth(0);
        var reveal = new Button("Reveal");
        reveal.setId("metadata-reveal");
        reveal.setOnAction(e -> Links.reveal(Path.of(path)));
        reveal.setTooltip(new javafx.scene.control.Tooltip("Show the folder that holds it"));
        var box = new HBox(8, label, reveal);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** A table of {@code columns} and {@code rows} (lists of cells). */
    static TableView<List<Object>> table(List<String> columns, List<List<Object>> rows) {
        var table = new TableView<List<Object>>();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            var column = new TableColumn<List<Object>, String>(columns.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    index < c.getValue().size() ? String.valueOf(c.getValue().get(index)) : ""));
            column.setSortable(true);
            table.getColumns().add(column);
        }
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(24);
        table.setPrefHeight(28 + 24 * Math.max(1, Math.min(VISIBLE_ROWS, rows.size())) + 4);
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    private static Node schema(Object value) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        if (value instanceof Collection<?> columns) {
            for (Object column : columns) {
                if (column instanceof Map<?, ?> c) {
                    rows.add(List.of(
                            String.valueOf(c.get("name")),
                            c.get("type") == null ? "" : String.valueOf(c.get("type")),
                            c.get("description") == null ? "" : String.valueOf(c.get("description"))));
                }
            }
        }
        return table(List.of("Column", "Type", "Description"), rows);
    }

    private static Node json(Object value) {
        var root = node("", value);
        root.setExpanded(true);
        var tree = new TreeView<>(root);
        tree.setShowRoot(value instanceof Map<?, ?> || value instanceof Collection<?> ? false : true);
        tree.setPrefHeight(Math.min(220, 26 * Math.max(2, count(root)) + 4));
        return tree;
    }

    private static TreeItem<String> node(String name, Object value) {
        String prefix = name.isEmpty() ? "" : name + ": ";
        if (value instanceof Map<?, ?> map) {
            var item = new TreeItem<>(prefix + "{" + map.size() + "}");
            map.forEach((k, v) -> item.getChildren().add(node(String.valueOf(k), v)));
            item.setExpanded(map.size() <= 12);
            return item;
        }
        if (value instanceof Collection<?> list) {
            var item = new TreeItem<>(prefix + "[" + list.size() + "]");
            int i = 0;
            for (Object v : list) {
                item.getChildren().add(node(String.valueOf(i++), v));
            }
            item.setExpanded(list.size() <= 12);
            return item;
        }
        return new TreeItem<>(prefix + (value instanceof String s ? "\"" + s + "\"" : String.valueOf(value)));
    }

    private static int count(TreeItem<String> item) {
        int n = 1;
        if (item.isExpanded()) {
            for (var child : item.getChildren()) {
                n += count(child);
            }
        }
        return n;
    }
}
