package dev.assetstudio.app.graph.layout;

/** An axis-aligned rectangle given by its top-left corner and size, in layout coordinates. */
public record Rect(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** Whether {@code other} lies completely inside this rectangle (borders may touch). */
    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** Whether the interiors overlap; rectangles that only touch do not intersect. */
    public boolean intersects(Rect other) {
        return other.x < maxX() && x < other.maxX() && other.y < maxY() && y < other.maxY();
    }

    /** The smallest rectangle containing both. */
    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }
}
