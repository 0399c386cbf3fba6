package dev.assetstudio.app.details;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Preview tab: a toolbar (partition chooser for partitioned assets, what is shown and how much of
 * it, Refresh) over the value as a table or as text; a message when there is no value.
 */
public final class PreviewView extends TabFrame {
    private final PreviewViewModel model;
    private final ComboBox<String> partition = new ComboBox<>();
    private final Label partitionLabel = new Label("Partition");
    private final Label summary = new Label();
    private final Button refresh = new Button("Refresh", Icons.create(Icon.RELOAD, 14));
    private final TableView<List<String>> table = new TableView<>();
    private final TextArea text = new TextArea();
    private final StackPane message = new StackPane();
    /** What the latest materialization recorded beside the value: tables, markdown, links, paths, JSON. */
    private final dev.assetstudio.app.metadata.MetadataPane metadataPane =
            new dev.assetstudio.app.metadata.MetadataPane();

    private boolean updating;

    public PreviewView(PreviewViewModel model) {
        this(model, new VBox());
    }

    private PreviewView(PreviewViewModel model, VBox body) {
        super(model, body);
        this.model = model;
        createView(body);
        initListeners();
    }

    private void createView(VBox body) {
        body.setId("preview-view");
        partition.setId("preview-partition");
        partition.setVisibleRowCount(14);
        summary.setId("preview-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        refresh.setId("preview-refresh");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(8, partitionLabel, partition, summary, spacer, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.DETAILS_TOOLBAR);
        partitionLabel.getStyleClass().add(Styles.TEXT_MUTED);

        table.setId("preview-table");
        table.setPlaceholder(new Label("Empty"));
        text.setId("preview-text");
        text.setEditable(false);
        text.getStyleClass().add(Styles.MONOSPACE);
        var content = new StackPane(table, text, message);
        VBox.setVgrow(content, Priority.ALWAYS);
        metadataPane.setId("preview-metadata");
        var metadataScroll = new javafx.scene.control.ScrollPane(metadataPane);
        metadataScroll.setFitToWidth(true);
        metadataScroll.setMaxHeight(260);
        metadataScroll.visibleProperty().bind(metadataPane.visibleProperty());
        metadataScroll.managedProperty().bind(metadataPane.visibleProperty());
        body.getChildren().addAll(bar, content, metadataScroll);
    }

    private void initListeners() {
        refresh.setOnAction(e -> model.reload());
        partitionLabel.visibleProperty().bind(model.partitionedProperty());
        partitionLabel.managedProperty().bind(model.partitionedProperty());
        partition.visibleProperty().bind(model.partitionedProperty());
        partition.managedProperty().bind(model.partitionedProperty());
        partition.setItems(model.partitions());
        model.partitionProperty().addListener((obs, was, now) -> {
            updating = true;
            partition.setValue(now);
            updating = false;
        });
        partition.valueProperty().addListener((obs, was, now) -> {
            if (!updating) {
                model.choosePartition(now);
            }
        });
        model.contentProperty().addListener((obs, was, now) -> show(now));
        model.metadataProperty().addListener((obs, was, now) -> metadataPane.show(now, true));
        metadataPane.show(model.metadataProperty().get(), true);
        show(model.contentProperty().get());
    }

    private void show(PreviewContent content) {
        table.setVisible(content instanceof PreviewContent.Table);
        text.setVisible(content instanceof PreviewContent.Text);
        message.setVisible(content instanceof PreviewContent.Message);
        if (content instanceof PreviewContent.Table t) {
            showTable(t);
        } else if (content instanceof PreviewContent.Text t) {
            text.setText(t.text());
            text.positionCaret(0);
            summary.setText(t.typeName() + " · "
                    + (t.truncated()
                            ? "showing " + Formats.count(t.text().length()) + " of " + Formats.count(t.totalChars())
                                    + " characters"
                            : Formats.count(t.totalChars()) + " characters"));
        } else if (content instanceof PreviewContent.Message m) {
            var state = new EmptyState(m.error() ? Icon.ERROR : Icon.INFO, m.title(), m.detail());
            state.setId("preview-message");
            message.getChildren().setAll(state);
            summary.setText("");
        } else {
            summary.setText("");
        }
    }

    /** A column's width from its header and the first rows' text, within reason. */
    private static double widthOf(PreviewContent.Table t, int column) {
        int chars = t.columns().get(column).length() + 2;
        for (List<String> row : t.rows().subList(0, Math.min(100, t.rows().size()))) {
            chars = Math.max(chars, row.get(column).length());
        }
        return Math.max(48, Math.min(320, 7.2 * chars + 22));
    }

    private void showTable(PreviewContent.Table t) {
        table.getColumns().clear();
        var index = new TableColumn<List<String>, String>("#");
        index.setSortable(false);
        index.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        index.setPrefWidth(44);
        index.getStyleClass().add(Styles.TEXT_MUTED);
        table.getColumns().add(index);
        for (int i = 0; i < t.columns().size(); i++) {
            int column = i;
            var col = new TableColumn<List<String>, String>(t.columns().get(i));
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(column)));
            col.setPrefWidth(widthOf(t, i));
            table.getColumns().add(col);
        }
        table.getItems().setAll(t.rows());
        String rows = t.truncated()
                ? "showing " + Formats.count(t.rows().size()) + " of " + Formats.count(t.totalRows()) + " rows"
                : Formats.count(t.totalRows()) + (t.totalRows() == 1 ? " row" : " rows");
        summary.setText(t.typeName() + " · " + rows);
    }
}
