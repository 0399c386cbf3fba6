package dev.assetstudio.app.run;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.text.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The shown run as a Gantt chart: one row per step that started, a bar from its start to its end (or to now while it
 * runs) coloured by outcome, a time axis with ticks, and a hover label naming the step and its duration.
 *
 * <p>Drawn on a {@link Canvas}, so a run with thousands of steps costs one node. Colours come from the theme: small
 * probe regions carry the status style classes, and their CSS-resolved fills are what the bars are painted with.
 */
public final class RunTimelineView extends Pane {

    private static final double ROW = 18;
    private static final double BAR = 12;
    private static final double LABEL_WIDTH = 170;
    private static final double AXIS = 22;
    private static final double PAD = 8;

    private final RunPanelViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final Region probeText = probe(Styles.ICON);
    private final Region probeFresh = probe(Styles.ICON, Styles.STATUS_FRESH);
    private final Region probeFailed = probe(Styles.ICON, Styles.STATUS_FAILED);
    private final Region probeRunning = probe(Styles.ICON, Styles.STATUS_RUNNING);
    private final Region probeStale = probe(Styles.ICON, Styles.STATUS_STALE);
    private final Region probeMissing = probe(Styles.ICON, Styles.STATUS_MISSING);
    private final Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), e -> draw()));
    private List<Bar> bars = List.of();

    /** A drawn bar, for hovering. */
    private record Bar(StepRow row, double x, double y, double width) {}

    public RunTimelineView(RunPanelViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("run-timeline");
        getStyleClass().add(Styles.RUN_TIMELINE);
        hover.setId("run-timeline-hover");
        hover.getStyleClass().add("tooltip");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        for (Region probe : List.of(probeText, probeFresh, probeFailed, probeRunning, probeStale, probeMissing)) {
            probe.setManaged(false);
            probe.setVisible(false);
        }
        getChildren().addAll(canvas, probeText, probeFresh, probeFailed, probeRunning, probeStale, probeMissing, hover);
        setMinSize(0, 0);
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    private void initListeners() {
        widthProperty().addListener((obs, o, n) -> draw());
        heightProperty().addListener((obs, o, n) -> draw());
        viewModel.versionProperty().addListener((obs, o, n) -> draw());
        viewModel.liveProperty().addListener((obs, was, live) -> {
            if (live) {
                ticker.play();
            } else {
                ticker.stop();
                draw();
            }
        });
        canvas.setOnMouseMoved(event -> showHover(event.getX(), event.getY()));
        canvas.setOnMouseExited(event -> hover.setVisible(false));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
        super.layoutChildren();
    }

    /** The bars drawn last, in row order (tests). */
    int barCount() {
        return bars.size();
    }

    private void draw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        List<StepRow> started = new ArrayList<>(
                viewModel.steps().stream().filter(s -> s.started() != null).toList());
        started.sort(Comparator.comparing(StepRow::started));
        Instant origin = viewModel.startedAtProperty().get();
        if (started.isEmpty() || origin == null || width <= LABEL_WIDTH + 2 * PAD) {
            bars = List.of();
            return;
        }
        Instant now = Instant.now();
        Instant end = origin;
        for (StepRow row : started) {
            Instant rowEnd = row.ended() != null ? row.ended() : now;
            if (rowEnd.isAfter(end)) {
                end = rowEnd;
            }
        }
        double spanMillis = Math.max(1, Duration.between(origin, end).toMillis());
        double plotX = LABEL_WIDTH;
        double plotWidth = width - LABEL_WIDTH - PAD;
        double scale = plotWidth / spanMillis;

        Paint text = fill(probeText, Color.GRAY);
        g.setFont(Font.font(11));
        drawAxis(g, plotX, plotWidth, spanMillis, text, height);

        List<Bar> drawn = new ArrayList<>();
        double y = AXIS + 4;
        for (StepRow row : started) {
            if (y > height) {
                break; // Rows below the fold are not drawn; the table lists every step.
            }
            double x0 = plotX + Duration.between(origin, row.started()).toMillis() * scale;
            Instant rowEnd = row.ended() != null ? row.ended() : now;
            double w = Math.max(2, Duration.between(row.started(), rowEnd).toMillis() * scale);
            g.setFill(colourOf(row.state()));
            g.fillRoundRect(x0, y + (ROW - BAR) / 2, w, BAR, 4, 4);
            g.setFill(text);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(clip(row.step().toString()), PAD, y + ROW / 2, LABEL_WIDTH - 2 * PAD);
            drawn.add(new Bar(row, x0, y, w));
            y += ROW;
        }
        bars = List.copyOf(drawn);
    }

    private void drawAxis(GraphicsContext g, double x, double plotWidth, double spanMillis, Paint text, double height) {
        double step = niceStep(spanMillis / Math.max(1, plotWidth / 90));
        g.setStroke(text);
        g.setGlobalAlpha(0.35);
        g.setLineWidth(1);
        g.strokeLine(x, AXIS - 0.5, x + plotWidth, AXIS - 0.5);
        g.setGlobalAlpha(1);
        g.setFill(text);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (double t = 0; t <= spanMillis + 1e-6; t += step) {
            double tx = Math.round(x + t / spanMillis * plotWidth) + 0.5;
            g.setGlobalAlpha(0.15);
            g.strokeLine(tx, AXIS, tx, height);
            g.setGlobalAlpha(1);
            g.fillText(Durations.format(Duration.ofMillis((long) t)), Math.min(tx, x + plotWidth - 20), AXIS / 2);
        }
    }

    /** A round tick interval (1, 2, 5 × 10^n ms) near {@code raw}. */
    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * magnitude >= raw) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private Paint colourOf(StepState state) {
        return switch (state) {
            case SUCCEEDED -> fill(probeFresh, Color.GREEN);
            case FAILED, INTERRUPTED -> fill(probeFailed, Color.RED);
            case RUNNING -> fill(probeRunning, Color.DODGERBLUE);
            case NOT_MATERIALIZED, SKIPPED -> fill(probeStale, Color.ORANGE);
            case CANCELED, PENDING, WAITING -> fill(probeMissing, Color.GRAY);
        };
    }

    private static Paint fill(Region probe, Paint fallback) {
        var background = probe.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return fallback;
        }
        return background.getFills().get(0).getFill();
    }

    private static String clip(String text) {
        return dev.assetstudio.app.ui.KeyText.middle(text, 26); // the one middle ellipsis of keys; whole on hover
    }

    private void showHover(double x, double y) {
        for (Bar bar : bars) {
            if (y >= bar.y()
                    && y < bar.y() + ROW
                    && x >= Math.min(bar.x(), LABEL_WIDTH)
                    && x <= bar.x() + bar.width()) {
                StepRow row = bar.row();
                Duration took = row.durationProperty().get();
                if (took == null) {
                    took = Duration.between(row.started(), Instant.now());
                }
                hover.setText(row.step() + " — " + row.state().words() + ", " + Durations.format(took));
                hover.autosize();
                hover.relocate(
                        Math.min(x + 12, getWidth() - hover.getWidth() - 4),
                        Math.min(y + 14, getHeight() - hover.getHeight() - 2));
                hover.setVisible(true);
                return;
            }
        }
        hover.setVisible(false);
    }

    private static Region probe(String... styleClasses) {
        var region = new Region();
        region.getStyleClass().addAll(styleClasses);
        return region;
    }
}
