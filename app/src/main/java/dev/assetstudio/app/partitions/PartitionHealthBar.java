package dev.assetstudio.app.partitions;

import dev.assetstudio.app.theme.Styles;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A horizontal bar of an asset's partitions coloured by state (materialized, failed, missing).
 * It paints {@link PartitionHealth#ranges()} rather than one rectangle per key, so 12,000 hourly
 * partitions cost a few dozen fills; a lone failed partition keeps at least a pixel so it never
 * disappears. Hovering names the partition under the mouse in a tooltip; a click selects it, a
 * drag or a shift-click selects the range from the pressed partition (an outline marks it).
 *
 * <p>Colours come from CSS ({@code -as-materialized-color}, {@code -as-failed-color}, {@code
 * -as-missing-color}, {@code -as-selection-color}), by default the theme's {@code -as-status-*}.
 */
public final class PartitionHealthBar extends Region {
    /** The CSS class of the bar. */
    public static final String STYLE_CLASS = Styles.PARTITION_HEALTH_BAR;

    private static final StyleablePropertyFactory<PartitionHealthBar> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** Below this many pixels per partition the bar stops drawing the gaps between partitions. */
    private static final double MIN_CELL_FOR_GAPS = 6;

    private final StyleableProperty<Paint> materializedColor = CSS.createStyleablePaintProperty(
            this, "materializedColor", "-as-materialized-color", b -> b.materializedColor, Color.web("#1a7f37"));
    private final StyleableProperty<Paint> failedColor = CSS.createStyleablePaintProperty(
            this, "failedColor", "-as-failed-color", b -> b.failedColor, Color.web("#cf222e"));
    private final StyleableProperty<Paint> missingColor = CSS.createStyleablePaintProperty(
            this, "missingColor", "-as-missing-color", b -> b.missingColor, Color.web("#8c959f"));
    private final StyleableProperty<Paint> selectionColor = CSS.createStyleablePaintProperty(
            this, "selectionColor", "-as-selection-color", b -> b.selectionColor, Color.web("#1f2328"));

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<PartitionHealth> health = new SimpleObjectProperty<>(this, "health");
    private final ObservableList<String> selectedKeys = FXCollections.observableArrayList();
    // one wrapper, kept: an unmodifiable view listens to its source weakly and would be collected
    private final ObservableList<String> selectedKeysView = FXCollections.unmodifiableObservableList(selectedKeys);
    private final ReadOnlyObjectWrapper<String> hoveredKey = new ReadOnlyObjectWrapper<>(this, "hoveredKey");
    private final Tooltip tooltip = new Tooltip();
    private final BitSet selected = new BitSet();
    private int anchor = -1;

    public PartitionHealthBar() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets()
                .add(PartitionHealthBar.class.getResource("partitions.css").toExternalForm());
        getChildren().add(canvas);
        setMinHeight(12);
        setPrefHeight(28);
        tooltip.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(this, tooltip);
        health.addListener((obs, was, now) -> healthChanged(was, now));
        for (var color : List.of(materializedColor, failedColor, missingColor, selectionColor)) {
            // the factory's properties are observable object properties behind the interface
            ((ObservableValue<?>) color).addListener((obs, was, now) -> draw());
        }
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoveredKey.set(null));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
    }

    /** The partitions shown; {@code null} or empty shows an empty bar. */
    public ObjectProperty<PartitionHealth> healthProperty() {
        return health;
    }

    public PartitionHealth getHealth() {
        return health.get();
    }

    public void setHealth(PartitionHealth value) {
        health.set(value);
    }

    /** The selected partition keys, in key order. Views read it; change it with {@link #select}. */
    public ObservableList<String> selectedKeys() {
        return selectedKeysView;
    }

    /** The partition under the mouse, or {@code null}. */
    public ReadOnlyObjectProperty<String> hoveredKeyProperty() {
        return hoveredKey.getReadOnlyProperty();
    }

    /** The text of the hover tooltip (for the partition last hovered). */
    public String tooltipText() {
        return tooltip.getText();
    }

    /** Selects exactly {@code keys} (unknown ones are ignored). */
    public void select(java.util.Collection<String> keys) {
        selected.clear();
        PartitionHealth h = health.get();
        if (h != null) {
            keys.stream().mapToInt(h::indexOf).filter(i -> i >= 0).forEach(selected::set);
        }
        anchor = selected.isEmpty() ? -1 : selected.nextSetBit(0);
        selectionChanged();
    }

    public void clearSelection() {
        select(List.of());
    }

    /** The index of the partition at {@code x} (in this bar's coordinates), or -1 outside. */
    public int indexAt(double x) {
        PartitionHealth h = health.get();
        double width = contentWidth();
        if (h == null || h.isEmpty() || width <= 0) {
            return -1;
        }
        double local = x - snappedLeftInset();
        if (local < 0 || local >= width) {
            return -1;
        }
        return Math.min(h.size() - 1, (int) (local / width * h.size()));
    }

    /** The centre x of partition {@code index} in this bar's coordinates (for tests and callers placing popups). */
    public double xOf(int index) {
        PartitionHealth h = health.get();
        return snappedLeftInset() + (index + 0.5) * contentWidth() / h.size();
    }

    private void healthChanged(PartitionHealth was, PartitionHealth now) {
        // a refresh after a run keeps what the user selected when the keys are still there
        List<String> keep = new ArrayList<>(selectedKeys);
        selected.clear();
        if (now != null) {
            keep.stream().mapToInt(now::indexOf).filter(i -> i >= 0).forEach(selected::set);
        }
        if (now == null || was == null || anchor >= now.size()) {
            anchor = selected.isEmpty() ? -1 : selected.nextSetBit(0);
        }
        selectionChanged();
        hoveredKey.set(null);
    }

    private void hover(double x) {
        int i = indexAt(x);
        PartitionHealth h = health.get();
        if (i < 0) {
            hoveredKey.set(null);
            return;
        }
        String key = h.keys().get(i);
        hoveredKey.set(key);
        tooltip.setText(PartitionText.describe(h, key));
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int i = indexAt(e.getX());
        if (i < 0) {
            return;
        }
        selected.clear();
        if (e.isShiftDown() && anchor >= 0) {
            selected.set(Math.min(anchor, i), Math.max(anchor, i) + 1);
        } else {
            selected.set(i);
            anchor = i;
        }
        selectionChanged();
        requestFocus();
    }

    /** Dragging from the pressed partition selects every partition between it and the mouse. */
    private void drag(MouseEvent e) {
        if (!e.isPrimaryButtonDown() || anchor < 0) {
            return;
        }
        int i = indexAt(Math.max(0, Math.min(e.getX(), getWidth() - 1)));
        if (i < 0) {
            return;
        }
        selected.clear();
        selected.set(Math.min(anchor, i), Math.max(anchor, i) + 1);
        selectionChanged();
    }

    private void selectionChanged() {
        PartitionHealth h = health.get();
        List<String> keys = new ArrayList<>(selected.cardinality());
        if (h != null) {
            selected.stream().forEach(i -> keys.add(h.keys().get(i)));
        }
        if (!keys.equals(selectedKeys)) {
            selectedKeys.setAll(keys);
        }
        draw();
    }

    private double contentWidth() {
        return getWidth() - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = snapSizeX(contentWidth());
        double h = snapSizeY(getHeight() - y - snappedBottomInset());
        canvas.relocate(x, y);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            draw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        PartitionHealth h = health.get();
        if (h == null || h.isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        double cell = width / h.size();
        double inset = 2; // room for the selection outline
        double top = inset;
        double barHeight = height - 2 * inset;
        for (PartitionHealth.Range r : h.ranges()) {
            double x0 = r.start() * cell;
            double x1 = (r.end() + 1) * cell;
            if (r.state() == PartitionState.FAILED && x1 - x0 < 1) {
                x1 = x0 + 1; // a failure must stay visible among thousands of partitions
            }
            g.setFill(paint(r.state()));
            g.fillRect(x0, top, x1 - x0, barHeight);
        }
        if (cell >= MIN_CELL_FOR_GAPS) {
            // wide enough to tell partitions apart: a thin gap between each pair
            for (int i = 1; i < h.size(); i++) {
                g.clearRect(Math.round(i * cell) - 0.5, top, 1, barHeight);
            }
        }
        drawSelection(g, cell, height);
    }

    private void drawSelection(GraphicsContext g, double cell, double height) {
        g.setStroke(selectionColor.getValue());
        g.setLineWidth(2);
        for (int start = selected.nextSetBit(0); start >= 0; ) {
            int end = selected.nextClearBit(start) - 1;
            double x0 = Math.max(1, start * cell);
            double x1 = Math.min(canvas.getWidth() - 1, Math.max((end + 1) * cell, x0 + 2));
            g.strokeRect(x0, 1, x1 - x0, height - 2);
            start = selected.nextSetBit(end + 1);
        }
    }

    private Paint paint(PartitionState state) {
        return switch (state) {
            case MATERIALIZED -> materializedColor.getValue();
            case FAILED -> failedColor.getValue();
            case MISSING -> missingColor.getValue();
        };
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
