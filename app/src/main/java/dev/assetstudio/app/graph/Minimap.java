package dev.assetstudio.app.graph;

import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.theme.GroupColors;
import dev.assetstudio.app.theme.Styles;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The whole graph in a corner, with the part the view shows as a rectangle on it: press or drag on the minimap and the
 * view centres on that point. The graph is painted once per model (group boxes, then a dot per card); only the
 * rectangle moves while panning and zooming.
 */
final class Minimap extends Region {

    static final double WIDTH = 180;
    static final double HEIGHT = 116;
    private static final double INSET = 6;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Rectangle viewRect = new Rectangle();
    private final ThemeColors colors;
    private GraphModel drawn;
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private Rect bounds;

    /** @param moveTo told the world point to centre the view on */
    Minimap(ThemeColors colors, BiConsumer<Double, Double> moveTo) {
        this.colors = colors;
        setId("graph-minimap");
        getStyleClass().add(Styles.GRAPH_MINIMAP);
        viewRect.setManaged(false);
        viewRect.setMouseTransparent(true);
        viewRect.getStyleClass().add(Styles.GRAPH_MINIMAP_VIEW);
        canvas.setMouseTransparent(true);
        getChildren().addAll(canvas, viewRect);
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        javafx.event.EventHandler<MouseEvent> move = e -> {
            if (bounds != null) {
                moveTo.accept(toWorldX(e.getX()), toWorldY(e.getY()));
            }
            e.consume();
        };
        addEventHandler(MouseEvent.MOUSE_PRESSED, move);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, move);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
    }

    /** The world x shown at minimap x {@code mx}. */
    double toWorldX(double mx) {
        return (mx - offsetX) / scale;
    }

    double toWorldY(double my) {
        return (my - offsetY) / scale;
    }

    /** The minimap x at which world x {@code wx} is shown. */
    double toMapX(double wx) {
        return wx * scale + offsetX;
    }

    double toMapY(double wy) {
        return wy * scale + offsetY;
    }

    /** The view's rectangle on the minimap (tests). */
    Rectangle viewRect() {
        return viewRect;
    }

    /** Repaints the graph if the model changed, and moves the view's rectangle to {@code visible}. */
    void update(GraphModel model, Rect visible) {
        if (model != drawn) {
            paint(model);
            drawn = model;
        }
        if (bounds == null) {
            return;
        }
        double x0 = Math.max(0, toMapX(visible.x()));
        double y0 = Math.max(0, toMapY(visible.y()));
        double x1 = Math.min(WIDTH, toMapX(visible.maxX()));
        double y1 = Math.min(HEIGHT, toMapY(visible.maxY()));
        viewRect.setX(x0);
        viewRect.setY(y0);
        viewRect.setWidth(Math.max(2, x1 - x0));
        viewRect.setHeight(Math.max(2, y1 - y0));
    }

    /** Forgets the painted graph (theme changed). */
    void invalidate() {
        drawn = null;
    }

    private void paint(GraphModel model) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        bounds = model == null ? null : model.layout().bounds();
        if (bounds == null) {
            return;
        }
        double w = Math.max(1, bounds.width());
        double h = Math.max(1, bounds.height());
        scale = Math.min((WIDTH - 2 * INSET) / w, (HEIGHT - 2 * INSET) / h);
        offsetX = (WIDTH - w * scale) / 2 - bounds.x() * scale;
        offsetY = (HEIGHT - h * scale) / 2 - bounds.y() * scale;
        for (GroupBox box : model.groupBoxes()) {
            Color c = colors.group(GroupColors.index(box.group()));
            Rect r = box.bounds();
            g.setFill(c.deriveColor(0, 1, 1, 0.18));
            g.fillRect(toMapX(r.x()), toMapY(r.y()), r.width() * scale, r.height() * scale);
        }
        for (int i = 0; i < model.nodes().size(); i++) {
            NodeItem item = model.nodes().get(i);
            Rect r = model.nodeRect(i);
            g.setFill(colors.group(GroupColors.index(item.group())));
            g.fillRect(toMapX(r.x()), toMapY(r.y()), Math.max(1, r.width() * scale), Math.max(1, r.height() * scale));
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }
}
