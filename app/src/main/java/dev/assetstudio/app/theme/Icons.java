package dev.assetstudio.app.theme;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * Makes icon nodes from {@link Icon} path data.
 *
 * <p>An icon is a {@link Region} shaped by an {@link SVGPath}, so its size is exact and its colour comes from CSS
 * ({@code -fx-background-color} of {@link Styles#ICON}, which follows the text colour of the palette):
 *
 * <pre>{@code
 * Button fit = new Button(null, Icons.create(Icon.FIT_TO_VIEW));
 * Region failed = Icons.create(Icon.FAILED, 14, Styles.STATUS_FAILED);
 * }</pre>
 */
public final class Icons {

    /** The size of toolbar and menu icons, in pixels. */
    public static final double DEFAULT_SIZE = 16;

    private static final String GRID_CORNERS = "M0 0h.01v.01H0zM23.99 23.99h.01v.01h-.01z";

    private Icons() {}

    /** An icon of {@link #DEFAULT_SIZE}. */
    public static Region create(Icon icon) {
        return create(icon, DEFAULT_SIZE);
    }

    /** An icon {@code size} pixels square with extra style classes (e.g. a status colour). */
    public static Region create(Icon icon, double size, String... styleClasses) {
        var shape = new SVGPath();
        // Two invisible specks in opposite corners pin the bounds to the 24×24 grid, so scaling the shape to the
        // region keeps every icon's proportions and position instead of stretching its own bounds.
        shape.setContent(GRID_CORNERS + icon.path());
        var region = new Region();
        region.setShape(shape);
        region.setScaleShape(true);
        region.setMinSize(size, size);
        region.setPrefSize(size, size);
        region.setMaxSize(size, size);
        region.getStyleClass().addAll(Styles.ICON, icon.styleClass());
        region.getStyleClass().addAll(styleClasses);
        return region;
    }
}
