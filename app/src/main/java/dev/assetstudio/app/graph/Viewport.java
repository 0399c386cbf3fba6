package dev.assetstudio.app.graph;

import dev.assetstudio.app.graph.layout.Rect;

/**
 * The transform from layout coordinates to the screen: {@code screen = world * scale + translate}. Plain
 * numbers, so zooming and fitting are tested without a window.
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 3;
    /** Screen pixels kept free around a fitted graph. */
    static final double FIT_MARGIN = 32;

    private double scale = 1;
    private double tx;
    private double ty;

    public double scale() {
        return scale;
    }

    public double translateX() {
        return tx;
    }

    public double translateY() {
        return ty;
    }

    public double toScreenX(double x) {
        return x * scale + tx;
    }

    public double toScreenY(double y) {
        return y * scale + ty;
    }

    public double toWorldX(double sx) {
        return (sx - tx) / scale;
    }

    public double toWorldY(double sy) {
        return (sy - ty) / scale;
    }

    /** The part of the world a {@code width × height} screen area shows. */
    public Rect visible(double width, double height) {
        return new Rect(toWorldX(0), toWorldY(0), width / scale, height / scale);
    }

    /** Multiplies the scale by {@code factor}, keeping the world point under (sx, sy) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        scale = clamp(scale * factor);
        tx = sx - wx * scale;
        ty = sy - wy * scale;
    }

    /** Puts world point (x, y) in the middle of a {@code width × height} screen area, keeping the scale. */
    public void centerOn(double x, double y, double width, double height) {
        tx = width / 2 - x * scale;
        ty = height / 2 - y * scale;
    }

    /** Sets the scale (clamped), keeping the world point at the middle of a {@code width × height} area there. */
    public void zoomTo(double newScale, double width, double height) {
        zoomAt(newScale / scale, width / 2, height / 2);
    }

    /** Sets the whole transform, e.g. back to a remembered view. */
    public void set(double newScale, double translateX, double translateY) {
        scale = clamp(newScale);
        tx = translateX;
        ty = translateY;
    }

    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    /** Shows all of {@code bounds} centred in a {@code width × height} area, never above 100 %. */
    public void fit(Rect bounds, double width, double height) {
        if (bounds == null || width <= 0 || height <= 0) {
            return;
        }
        double w = Math.max(bounds.width(), 1);
        double h = Math.max(bounds.height(), 1);
        double availableW = Math.max(1, width - 2 * FIT_MARGIN);
        double availableH = Math.max(1, height - 2 * FIT_MARGIN);
        scale = clamp(Math.min(1, Math.min(availableW / w, availableH / h)));
        tx = (width - w * scale) / 2 - bounds.x() * scale;
        ty = (height - h * scale) / 2 - bounds.y() * scale;
    }

    /**
     * The first view of a graph: the whole of {@code bounds} if that fits at {@code minScale} or more, else
     * {@code minScale}, so card names and status lines stay readable, centred on {@code focus} (e.g. the selected
     * asset) or, without one, showing the start of the graph (its left edge, where the data comes from). The view
     * never scrolls past the graph's edges more than it has to.
     */
    public void fitReadable(Rect bounds, Rect focus, double width, double height, double minScale) {
        if (bounds == null || width <= 0 || height <= 0) {
            return;
        }
        fit(bounds, width, height);
        if (scale >= minScale) {
            return;
        }
        scale = clamp(minScale);
        double cx = focus == null ? bounds.x() + (width / 2 - FIT_MARGIN) / scale : focus.centerX();
        double cy = focus == null ? bounds.centerY() : focus.centerY();
        tx = axis(bounds.x(), bounds.maxX(), cx, width);
        ty = axis(bounds.y(), bounds.maxY(), cy, height);
    }

    /** The translation that centres world coordinate {@code c}, kept so no more empty space than needed shows. */
    private double axis(double min, double max, double c, double screen) {
        double extent = (max - min) * scale;
        if (extent + 2 * FIT_MARGIN <= screen) {
            return (screen - extent) / 2 - min * scale;
        }
        double t = screen / 2 - c * scale;
        double highest = FIT_MARGIN - min * scale; // the graph's start at the margin
        double lowest = screen - FIT_MARGIN - max * scale; // the graph's end at the margin
        return Math.max(lowest, Math.min(highest, t));
    }

    /** Moves the world so that what was at {@code before} (world) is now drawn where {@code after} is. */
    public void keepInPlace(Rect before, Rect after) {
        tx += (before.x() - after.x()) * scale;
        ty += (before.y() - after.y()) * scale;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
