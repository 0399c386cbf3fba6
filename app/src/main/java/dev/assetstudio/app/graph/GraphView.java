package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.status.AssetStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The dependency graph: group boxes, asset cards and curved edges painted on one {@link Canvas} the size
 * of the viewport (never of the graph). Only what is visible is painted, and only on a pulse after
 * something changed ({@link #requestRedraw()}), so 5,000 assets stay smooth; a running asset's badge
 * animates, and only while something runs.
 *
 * <p>Gestures are in {@link GraphGestures}, the right-click menu in {@link GraphContextMenu}, the logic in
 * the {@link GraphViewModel}. Colours are the theme's looked-up colours ({@link ThemeColors}).
 */
public final class GraphView extends Region {

    private static final double ZOOM_STEP = 1.25;
    /**
     * The least zoom of the automatic fit (on open, after a re-layout): below it cards lose their status line and
     * long names are cut, so a big graph opens at this zoom around the selection instead of as a thumbnail.
     * Fit to view ({@code F}) still shows everything.
     */
    static final double READABLE_SCALE = 0.8;

    private final GraphViewModel viewModel;
    private final StudioSession session;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final ThemeColors colors = new ThemeColors();
    private final GraphRenderer renderer = new GraphRenderer(colors);
    private final Map<AssetKey, PartitionBar> partitions = new HashMap<>();
    private final HBox filterChip = new HBox(8);
    private final Label filterLabel = new Label();
    private final HBox busy = new HBox(8);
    private final GraphGestures gestures;
    private final AnimationTimer pulse;
    private boolean dirty;
    private boolean pendingFit;
    private int running;
    private GraphModel drawnModel;
    private GraphRenderer.Stats lastStats = new GraphRenderer.Stats(0, 0, 0, 0);
    private Rect rubberBand;

    public GraphView(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        this.session = viewModel.session();
        this.pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse(now);
            }
        };
        createView();
        this.gestures = new GraphGestures(this, viewModel, new GraphContextMenu(viewModel, this));
        initListeners();
    }

    private void createView() {
        getStyleClass().add("as-graph-view");
        setFocusTraversable(true);
        setMinSize(0, 0);
        canvas.setFocusTraversable(false);

        filterLabel.setStyle("-fx-text-fill: -as-text; -fx-font-size: 12px;");
        var showAll = new Button("Show all");
        showAll.setId("graph-show-all");
        showAll.setStyle("-fx-font-size: 12px; -fx-padding: 2 10 2 10; -fx-background-radius: 10;");
        showAll.setOnAction(e -> viewModel.showAll());
        filterChip.getChildren().setAll(filterLabel, showAll);
        filterChip.setId("graph-filter-chip");
        filterChip.setAlignment(Pos.CENTER_LEFT);
        filterChip.setPadding(new Insets(4, 4, 4, 12));
        filterChip.setStyle("-fx-background-color: -as-accent-subtle; -fx-background-radius: 14;"
                + " -fx-border-color: -as-accent; -fx-border-radius: 14; -fx-border-width: 1;");
        filterChip.setManaged(false);
        filterChip.setVisible(false);

        var spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(16, 16);
        var busyLabel = new Label("Laying out…");
        busyLabel.setStyle("-fx-text-fill: -as-text-muted; -fx-font-size: 12px;");
        busy.getChildren().setAll(spinner, busyLabel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.setPadding(new Insets(4, 12, 4, 8));
        busy.setStyle("-fx-background-color: -as-surface; -fx-background-radius: 14;"
                + " -fx-border-color: -as-border; -fx-border-radius: 14;");
        busy.setManaged(false);
        busy.setVisible(false);

        getChildren().addAll(canvas, filterChip, busy, colors.probe());
    }

    private void initListeners() {
        viewModel.modelProperty().addListener((obs, old, next) -> modelChanged(old, next));
        viewModel.highlightProperty().addListener((obs, old, next) -> requestRedraw());
        viewModel.layingOutProperty().addListener((obs, was, now) -> {
            busy.setVisible(now);
            requestLayout();
        });
        viewModel.filterProperty().addListener((obs, old, filter) -> {
            filterChip.setVisible(filter != null);
            if (filter != null) {
                filterLabel.setText("Showing " + filter.direction().name().toLowerCase(java.util.Locale.ROOT) + " of "
                        + filter.key());
            }
            requestLayout();
        });
        session.selection().addListener((SetChangeListener<AssetKey>) change -> requestRedraw());
        session.focusedProperty().addListener((obs, old, key) -> reveal(key));
        session.statuses().addListener((MapChangeListener<AssetKey, AssetStatus>) change -> {
            if (change.wasRemoved() && change.getValueRemoved().state() == AssetStatus.State.RUNNING) {
                running--;
            }
            if (change.wasAdded() && change.getValueAdded().state() == AssetStatus.State.RUNNING) {
                running++;
            }
            running = Math.max(0, running);
            requestRedraw();
        });
        colors.onChange(() -> {
            renderer.invalidateText();
            requestRedraw();
        });
        ChangeListener<Number> resize = (obs, old, now) -> requestRedraw();
        widthProperty().addListener(resize);
        heightProperty().addListener(resize);
        // "3m ago" must not go stale while nobody touches the graph.
        var clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> requestRedraw()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        if (viewModel.model() != null) {
            modelChanged(null, viewModel.model());
        }
    }

    // ------------------------------------------------------------------ public API

    /** True once the current layout has been painted (and no other layout is on its way). */
    public boolean isDrawn() {
        return drawnModel != null
                && drawnModel == viewModel.model()
                && !viewModel.layingOutProperty().get();
    }

    /** Shows the whole graph. */
    public void fitToView() {
        GraphModel model = viewModel.model();
        if (model != null) {
            if (getWidth() > 0 && getHeight() > 0) {
                viewport.fit(model.layout().bounds(), getWidth(), getHeight());
                pendingFit = false;
            } else {
                pendingFit = true;
            }
            requestRedraw();
        }
    }

    /** The automatic fit: everything if it is readable, else a readable zoom around the focused asset. */
    private void fitReadable() {
        GraphModel model = viewModel.model();
        if (model == null) {
            return;
        }
        if (getWidth() > 0 && getHeight() > 0) {
            AssetKey focused = session.focused();
            String id = focused == null ? null : model.idOf(focused);
            Rect focus = id == null ? null : model.rectOf(id);
            viewport.fitReadable(model.layout().bounds(), focus, getWidth(), getHeight(), READABLE_SCALE);
            pendingFit = false;
        } else {
            pendingFit = true;
        }
        requestRedraw();
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    /** The health bar of a partitioned asset (from the partitions feature); {@code null} clears it. */
    public void setPartitionHealth(AssetKey key, PartitionBar bar) {
        if (bar == null) {
            partitions.remove(key);
        } else {
            partitions.put(key, bar);
        }
        requestRedraw();
    }

    /** Paints on the next pulse (does nothing now, so many changes in one pulse paint once). */
    public void requestRedraw() {
        dirty = true;
        pulse.start();
    }

    public GraphViewModel viewModel() {
        return viewModel;
    }

    // ------------------------------------------------------------------ package API (gestures, tests)

    Viewport viewport() {
        return viewport;
    }

    Canvas canvas() {
        return canvas;
    }

    /** What the last frame drew and how long it took. */
    GraphRenderer.Stats lastStats() {
        return lastStats;
    }

    void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(factor, x, y);
        requestRedraw();
    }

    void setRubberBand(Rect screenRect) {
        rubberBand = screenRect;
        requestRedraw();
    }

    /** Paints now, on the calling (FX) thread; returns what was drawn. */
    GraphRenderer.Stats drawNow() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphModel model = viewModel.model();
        double phase = (System.nanoTime() % 1_200_000_000L) / 1.2e9;
        lastStats = renderer.draw(
                canvas.getGraphicsContext2D(),
                new GraphRenderer.Frame(
                        model,
                        viewport,
                        w,
                        h,
                        viewModel.highlight(),
                        session.selection(),
                        session::status,
                        partitions,
                        Instant.now(),
                        phase,
                        rubberBand));
        if (w > 0 && h > 0) {
            drawnModel = model;
        }
        return lastStats;
    }

    // ------------------------------------------------------------------ internals

    private void onPulse(long now) {
        if (dirty || running > 0) {
            dirty = false;
            drawNow();
        }
        if (running == 0 && !dirty) {
            pulse.stop(); // idle: no pulses are asked for until something changes
        }
    }

    private void modelChanged(GraphModel old, GraphModel next) {
        if (next == null) {
            requestRedraw();
            return;
        }
        switch (next.hint()) {
            case FIT -> {
                renderer.invalidateText();
                pendingFit = true;
            }
            case ANCHOR -> {
                Rect before = old == null ? null : old.resolve(next.anchor().before());
                Rect after = next.resolve(next.anchor().after());
                if (before != null && after != null) {
                    viewport.keepInPlace(before, after);
                } else if (old == null) {
                    pendingFit = true;
                }
            }
            case KEEP -> {
                if (old == null) {
                    pendingFit = true;
                }
            }
        }
        if (pendingFit) {
            fitReadable();
        }
        requestRedraw();
    }

    /** Pans (without zooming) so that the focused asset's card is on screen, e.g. picked in the catalog. */
    private void reveal(AssetKey key) {
        GraphModel model = viewModel.model();
        if (key == null || model == null || model.idOf(key) == null || getWidth() <= 0) {
            return;
        }
        Rect r = model.rectOf(model.idOf(key));
        Rect visible = viewport.visible(getWidth(), getHeight());
        if (!visible.contains(r)) {
            viewport.panBy(
                    (visible.centerX() - r.centerX()) * viewport.scale(),
                    (visible.centerY() - r.centerY()) * viewport.scale());
            requestRedraw();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (pendingFit) {
                fitReadable();
            }
            requestRedraw();
        }
        if (filterChip.isVisible()) {
            filterChip.autosize();
            filterChip.relocate(12, 12);
        }
        if (busy.isVisible()) {
            busy.autosize();
            busy.relocate(Math.max(12, w - busy.getWidth() - 12), 12);
        }
    }
}
