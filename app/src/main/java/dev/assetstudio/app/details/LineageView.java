package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.EdgeRoute;
import dev.assetstudio.app.graph.layout.PlacedNode;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.theme.GroupColors;
import dev.assetstudio.app.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/**
 * The Lineage tab: the focused asset's upstream (above) and downstream (below) assets as rounded
 * labels coloured by group, edges with arrows, the focused asset highlighted; clicking a node shows
 * its details. A depth selector limits the levels shown.
 */
public final class LineageView extends TabFrame {
    private static final double MARGIN = 16;
    private static final double ARROW = 6;

    private final LineageViewModel model;
    private final Group drawing = new Group();
    private final Label summary = new Label();

    public LineageView(LineageViewModel model) {
        this(model, new VBox());
    }

    private LineageView(LineageViewModel model, VBox body) {
        super(model, body);
        this.model = model;
        createView(body);
        model.lineageProperty().addListener((obs, was, now) -> draw(now));
        draw(model.lineageProperty().get());
    }

    private void createView(VBox body) {
        body.setId("lineage-view");
        var depthLabel = new Label("Depth");
        depthLabel.getStyleClass().add(Styles.TEXT_MUTED);
        var toggles = new ToggleGroup();
        var bar = new HBox(4, depthLabel);
        for (int depth : new int[] {1, 2, LineageViewModel.ALL}) {
            var button = new ToggleButton(depth == LineageViewModel.ALL ? "All" : String.valueOf(depth));
            button.setId("lineage-depth-" + (depth == LineageViewModel.ALL ? "all" : depth));
            button.setToggleGroup(toggles);
            button.setSelected(model.depthProperty().get() == depth);
            button.setOnAction(e -> {
                button.setSelected(true);
                model.depthProperty().set(depth);
            });
            bar.getChildren().add(button);
        }
        var spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        bar.getChildren().addAll(spacer, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.DETAILS_TOOLBAR);

        var canvas = new StackPane(drawing);
        canvas.setPadding(new Insets(MARGIN));
        canvas.setAlignment(Pos.TOP_CENTER);
        var scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        body.getChildren().addAll(bar, scroll);
    }

    private void draw(LineageViewModel.Lineage lineage) {
        drawing.getChildren().clear();
        if (lineage == null) {
            summary.setText("");
            return;
        }
        int others = lineage.layout().nodes().size() - 1;
        summary.setText(others == 0 ? "no upstream or downstream assets" : others + " related assets");
        for (EdgeRoute edge : lineage.layout().edges()) {
            drawEdge(edge.points());
        }
        for (PlacedNode node : lineage.layout().nodes().values()) {
            drawNode(
                    node,
                    lineage.groups().get(node.id()),
                    node.id().equals(lineage.focus().toString()));
        }
    }

    private void drawEdge(List<Point> points) {
        if (points.size() < 2) {
            return;
        }
        var path = new Path();
        path.getStyleClass().add(Styles.LINEAGE_EDGE);
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        path.getElements().add(new MoveTo(first.x(), first.y()));
        if (points.size() == 2) {
            // A soft S-curve between layers reads better than a straight diagonal.
            double midY = (first.y() + last.y()) / 2;
            path.getElements().add(new CubicCurveTo(first.x(), midY, last.x(), midY, last.x(), last.y() - ARROW));
        } else {
            for (int i = 1; i < points.size() - 1; i++) {
                path.getElements()
                        .add(new LineTo(points.get(i).x(), points.get(i).y()));
            }
            path.getElements().add(new LineTo(last.x(), last.y() - ARROW));
        }
        var arrow = new Polygon(
                last.x(),
                last.y(),
                last.x() - ARROW * 0.8,
                last.y() - ARROW - 1,
                last.x() + ARROW * 0.8,
                last.y() - ARROW - 1);
        arrow.getStyleClass().add(Styles.LINEAGE_ARROW);
        drawing.getChildren().addAll(path, arrow);
    }

    private void drawNode(PlacedNode node, String group, boolean focus) {
        var dot = new Region();
        dot.getStyleClass().addAll(Styles.GROUP_DOT, GroupColors.styleClass(group));
        var label = new Label(node.id(), dot);
        label.getStyleClass().addAll(Styles.LINEAGE_NODE, GroupColors.styleClass(group));
        if (focus) {
            label.getStyleClass().add(Styles.LINEAGE_FOCUS);
        }
        label.setId("lineage-node-" + node.id().replace('/', '_'));
        dev.assetstudio.app.ui.KeyLabels.middle(label); // a long key keeps its distinctive end
        label.setTooltip(new Tooltip(node.id() + " (" + group + ")"));
        var bounds = node.bounds();
        label.setLayoutX(bounds.x());
        label.setLayoutY(bounds.y());
        label.setMinSize(bounds.width(), bounds.height());
        label.setPrefSize(bounds.width(), bounds.height());
        label.setMaxSize(bounds.width(), bounds.height());
        label.setCursor(Cursor.HAND);
        AssetKey key = AssetKey.parse(node.id());
        label.setOnMouseClicked(e -> model.open(key));
        drawing.getChildren().add(label);
    }
}
