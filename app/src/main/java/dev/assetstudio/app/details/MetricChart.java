package dev.assetstudio.app.details;

import dev.assetstudio.app.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * A small line plot of one {@link ChartData}: a title with the latest value, a few round-number
 * grid lines, the line over a faint area, and a dot per point. Hovering shows the nearest point's
 * value, time, run and partition in a card.
 *
 * <p>Drawn with shapes rather than {@code LineChart}: a handful of nodes per plot, colours from the
 * theme's CSS, and tick labels that read as times or partition keys without a custom axis class.
 */
public final class MetricChart extends Region {
    private static final double PAD_LEFT = 58;
    private static final double PAD_RIGHT = 16;
    private static final double PAD_TOP = 34;
    private static final double PAD_BOTTOM = 24;
    private static final int MAX_DOTS = 250;

    private final Label title = new Label();
    private final Label latest = new Label();
    private final Pane plot = new Pane();
    private final Circle hoverDot = new Circle(5);
    private final Label hoverCard = new Label();
    private ChartData data;
    private final List<double[]> screen = new ArrayList<>();

    public MetricChart() {
        getStyleClass().add(Styles.CHART);
        title.getStyleClass().add(Styles.CHART_TITLE);
        latest.getStyleClass().add(Styles.CHART_LATEST);
        hoverDot.getStyleClass().add(Styles.CHART_HOVER);
        hoverCard.getStyleClass().add(Styles.CHART_HOVER_CARD);
        hoverDot.setManaged(false);
        hoverCard.setManaged(false);
        hoverDot.setMouseTransparent(true);
        hoverCard.setMouseTransparent(true);
        hoverDot.setVisible(false);
        hoverCard.setVisible(false);
        plot.setManaged(false);
        getChildren().addAll(plot, title, latest, hoverDot, hoverCard);
        setMinHeight(130);
        setPrefHeight(150);
        setMinWidth(200);
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> hideHover());
    }

    /** Plots {@code chart}. */
    public void setData(ChartData chart) {
        this.data = chart;
        title.setText(chart.title());
        latest.setText(
                chart.latest().map(p -> "latest " + Formats.number(p.y())).orElse("no data"));
        hideHover();
        requestLayout();
    }

    public ChartData getData() {
        return data;
    }

    /** The points drawn, as screen coordinates in this node (tests hover them). */
    public List<double[]> screenPoints() {
        return List.copyOf(screen);
    }

    /** The text of the hover card, or {@code ""} while hidden. */
    public String hoverText() {
        return hoverCard.isVisible() ? hoverCard.getText() : "";
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        title.autosize();
        title.relocate(14, 10);
        latest.autosize();
        latest.relocate(w - PAD_RIGHT - latest.getWidth(), 11);
        plot.resizeRelocate(0, 0, w, h);
        redraw(w, h);
        // The shapes are new in this layout pass, after this pulse's CSS pass: style them now, or they paint
        // with JavaFX's defaults (black lines and dots) until a later pulse, and a snapshot keeps that frame.
        plot.applyCss();
    }

    private void redraw(double w, double h) {
        plot.getChildren().clear();
        screen.clear();
        if (data == null || data.points().isEmpty() || w <= PAD_LEFT + PAD_RIGHT || h <= PAD_TOP + PAD_BOTTOM) {
            return;
        }
        double left = PAD_LEFT;
        double right = w - PAD_RIGHT;
        double top = PAD_TOP;
        double bottom = h - PAD_BOTTOM;
        List<ChartData.Point> points = data.points();

        // y: round-number ticks around the values
        double lo = points.stream().mapToDouble(ChartData.Point::y).min().orElse(0);
        double hi = points.stream().mapToDouble(ChartData.Point::y).max().orElse(1);
        if (lo == hi) {
            double pad = Math.max(1, Math.abs(lo) * 0.1);
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / 4);
        double yMin = Math.floor(lo / step) * step;
        double yMax = Math.ceil(hi / step) * step;

        // x: time with a little margin, or one slot per partition
        double xMin;
        double xMax;
        if (data.axis() == ChartData.XAxis.PARTITION) {
            xMin = -0.5;
            xMax = data.categories().size() - 0.5;
        } else {
            xMin = points.get(0).x();
            xMax = points.get(points.size() - 1).x();
            if (xMin == xMax) {
                xMin -= 60_000;
                xMax += 60_000;
            }
            double margin = (xMax - xMin) * 0.04;
            xMin -= margin;
            xMax += margin;
        }
        final double x0 = xMin;
        final double xSpan = xMax - xMin;
        final double y0 = yMin;
        final double ySpan = yMax - yMin;

        for (double v = yMin; v <= yMax + step / 2; v += step) {
            double y = bottom - (v - y0) / ySpan * (bottom - top);
            var grid = new Line(left, snap(y), right, snap(y));
            grid.getStyleClass().add(Styles.CHART_GRID);
            plot.getChildren().add(grid);
            var tick = tick(Formats.number(Math.abs(v) < step / 1e6 ? 0 : v));
            tick.relocate(left - 8 - tick.getWidth(), y - tick.getHeight() / 2);
        }
        xTicks(left, right, bottom, x0, xSpan);

        for (ChartData.Point p : points) {
            screen.add(new double[] {
                left + (p.x() - x0) / xSpan * (right - left), bottom - (p.y() - y0) / ySpan * (bottom - top)
            });
        }
        if (screen.size() > 1) {
            var area = new Path();
            area.getStyleClass().add(Styles.CHART_AREA);
            area.getElements().add(new MoveTo(screen.get(0)[0], bottom));
            var line = new Path();
            line.getStyleClass().add(Styles.CHART_LINE);
            line.getElements().add(new MoveTo(screen.get(0)[0], screen.get(0)[1]));
            for (double[] s : screen) {
                area.getElements().add(new LineTo(s[0], s[1]));
                line.getElements().add(new LineTo(s[0], s[1]));
            }
            area.getElements().add(new LineTo(screen.get(screen.size() - 1)[0], bottom));
            area.getElements().add(new ClosePath());
            area.setMouseTransparent(true);
            line.setMouseTransparent(true);
            plot.getChildren().addAll(area, line);
        }
        if (screen.size() <= MAX_DOTS) {
            for (double[] s : screen) {
                var dot = new Circle(s[0], s[1], 3);
                dot.getStyleClass().add(Styles.CHART_POINT);
                dot.setMouseTransparent(true);
                plot.getChildren().add(dot);
            }
        }
    }

    private void xTicks(double left, double right, double bottom, double x0, double xSpan) {
        if (data.axis() == ChartData.XAxis.PARTITION) {
            List<String> categories = data.categories();
            int maxLabels = Math.max(1, (int) ((right - left) / 90));
            int every = Math.max(1, (int) Math.ceil(categories.size() / (double) maxLabels));
            for (int i = 0; i < categories.size(); i += every) {
                double x = left + (i - x0) / xSpan * (right - left);
                var tick = tick(categories.get(i));
                tick.relocate(x - tick.getWidth() / 2, bottom + 5);
            }
            return;
        }
        DateTimeFormatter format = timeFormat(xSpan);
        int count = Math.max(2, Math.min(5, (int) ((right - left) / 110)));
        for (int i = 0; i < count; i++) {
            double fraction = (i + 0.5) / count;
            double millis = x0 + fraction * xSpan;
            var tick = tick(format.format(Instant.ofEpochMilli((long) millis)));
            double x = left + fraction * (right - left);
            tick.relocate(x - tick.getWidth() / 2, bottom + 5);
        }
    }

    private static DateTimeFormatter timeFormat(double spanMillis) {
        String pattern;
        if (spanMillis < 10_000) {
            // runs a few milliseconds apart (scripts, backfills): seconds alone would repeat on every tick
            pattern = "HH:mm:ss.SSS";
        } else if (spanMillis < 10 * 60_000) {
            pattern = "HH:mm:ss";
        } else if (spanMillis < 2 * 86_400_000.0) {
            pattern = "MMM d HH:mm";
        } else if (spanMillis < 400 * 86_400_000.0) {
            pattern = "MMM d";
        } else {
            pattern = "yyyy-MM";
        }
        return DateTimeFormatter.ofPattern(pattern, java.util.Locale.US).withZone(ZoneId.systemDefault());
    }

    private Label tick(String text) {
        var tick = new Label(text);
        tick.getStyleClass().add(Styles.CHART_TICK);
        tick.setMouseTransparent(true);
        plot.getChildren().add(tick);
        // New nodes have no CSS yet; apply it so the size reflects the tick font.
        tick.applyCss();
        tick.autosize();
        return tick;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * exp;
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    private void hover(MouseEvent event) {
        if (screen.isEmpty()) {
            return;
        }
        int nearest = 0;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < screen.size(); i++) {
            double d = Math.abs(screen.get(i)[0] - event.getX());
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        if (best > 40) {
            hideHover();
            return;
        }
        showHover(nearest);
    }

    /** Shows the card of point {@code index} (mouse hover; tests). */
    public void showHover(int index) {
        double[] s = screen.get(index);
        var source = data.points().get(index).source();
        var text = new StringBuilder(Formats.number(source.value()))
                .append('\n')
                .append(Formats.time(source.time()))
                .append("\nrun ")
                .append(source.runId());
        if (source.partition() != null) {
            text.append("\npartition ").append(source.partition());
        }
        hoverCard.setText(text.toString());
        hoverCard.applyCss();
        hoverCard.autosize();
        hoverDot.setCenterX(s[0]);
        hoverDot.setCenterY(s[1]);
        double x = s[0] + 12;
        if (x + hoverCard.getWidth() > getWidth() - 4) {
            x = s[0] - 12 - hoverCard.getWidth();
        }
        double y = Math.max(4, Math.min(s[1] - hoverCard.getHeight() / 2, getHeight() - hoverCard.getHeight() - 4));
        hoverCard.relocate(Math.max(4, x), y);
        hoverDot.setVisible(true);
        hoverCard.setVisible(true);
        hoverCard.toFront();
    }

    private void hideHover() {
        hoverDot.setVisible(false);
        hoverCard.setVisible(false);
    }
}
