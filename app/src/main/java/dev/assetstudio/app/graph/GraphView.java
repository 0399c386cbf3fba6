package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.actions.AssetAction;
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.graph.GraphModel.ViewportHint;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.status.AssetStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
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
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
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

    private final AssetActions actions;
    private final CardMarks marks;

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
    private long drawCount;
    private boolean pendingFit;
    private int running;
    private GraphModel drawnModel;
    private GraphRenderer.Stats lastStats = new GraphRenderer.Stats(0, 0, 0, 0);
    /** When the last {@link #drawNow()} began and ended ({@link System#nanoTime()}), for the frame-time probe. */
    private long drawStarted;

    private long drawEnded;
    private Rect rubberBand;
    private final Minimap minimap;
    private final FindBar findBar;
    private final Button back = new Button("← Back");
    private final HBox topBar = new HBox(8);
    private final Label hoverCard = new Label();
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(450));
    private String hoverId;
    private Map<String, GroupSummary> summaries = Map.of();
    private boolean summariesDirty = true;
    private Map<String, java.util.List<AssetKey>> groups = Map.of();
    private dev.assetstudio.engine.Project groupsOf;
    /** The source assets of {@link #groupsOf}: counted apart on group cards. */
    private Set<AssetKey> sources = Set.of();

    private String focusedGroup;
    private String flashId;
    private long flashUntil;
    /** Set once the user zooms or pans; until then a resize refits the graph. */
    private boolean userMoved;
    /** An asset to centre on as soon as a model shows it (its group was being expanded). */
    private AssetKey pendingReveal;
    /** True while the graph's own gestures change the selection: the card is under the pointer, nothing moves. */
    private boolean selectingHere;
    /** True while find in graph jumps: the found card is centred even if it is already on screen. */
    private boolean jumping;

    private final Deque<ViewState> history = new ArrayDeque<>();
    private ViewState pendingViewState;

    /** Where the view was before a jump, for Back. */
    private record ViewState(double scale, double tx, double ty, Set<String> collapsed) {}

    /** How long a found card blinks. */
    private static final long FLASH_NANOS = 2_400_000_000L;

    public GraphView(GraphViewModel viewModel) {
        this(viewModel, new AssetActions(viewModel.session(), viewModel.materializer()));
    }

    /**
     * A graph whose card menu is made from {@code actions}; the graph adds its own commands to them (show only
     * upstream or downstream, show in graph).
     */
    public GraphView(GraphViewModel viewModel, AssetActions actions) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.marks = new CardMarks(
                viewModel.session().health()::get, viewModel.session().checks()::get);
        this.session = viewModel.session();
        this.pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse(now);
            }
        };
        this.minimap = new Minimap(colors, (x, y) -> {
            viewport.centerOn(x, y, getWidth(), getHeight());
            userMoved = true;
            requestRedraw();
        });
        this.findBar = new FindBar(this);
        createView();
        this.gestures = new GraphGestures(this, viewModel, new GraphContextMenu(viewModel, this, actions));
        actions.on(
                AssetAction.SHOW_UPSTREAM, keys -> viewModel.showOnly(keys.get(0), GraphViewModel.Direction.UPSTREAM));
        actions.on(
                AssetAction.SHOW_DOWNSTREAM,
                keys -> viewModel.showOnly(keys.get(0), GraphViewModel.Direction.DOWNSTREAM));
        actions.on(AssetAction.SHOW_IN_GRAPH, keys -> jumpTo(keys.get(0)));
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.GRAPH_VIEW);
        setFocusTraversable(true);
        setMinSize(0, 0);
        canvas.setFocusTraversable(false);

        filterLabel.getStyleClass().add(Styles.GRAPH_CHIP_LABEL);
        var showAll = new Button("Show all");
        showAll.setId("graph-show-all");
        showAll.getStyleClass().add(Styles.GRAPH_CHIP_BUTTON);
        showAll.setOnAction(e -> viewModel.showAll());
        filterChip.getChildren().setAll(filterLabel, showAll);
        filterChip.setId("graph-filter-chip");
        filterChip.setAlignment(Pos.CENTER_LEFT);
        filterChip.setPadding(new Insets(4, 4, 4, 12));
        filterChip.getStyleClass().add(Styles.GRAPH_FILTER_CHIP);
        filterChip.setVisible(false);
        filterChip.managedProperty().bind(filterChip.visibleProperty());

        back.setId("graph-back");
        back.getStyleClass().add(Styles.GRAPH_BACK);
        back.setOnAction(e -> goBack());
        back.setVisible(false);
        back.managedProperty().bind(back.visibleProperty());
        back.setTooltip(new javafx.scene.control.Tooltip("Back to where you were before the jump (Alt+Left)"));
        topBar.getChildren().setAll(findBar, back, filterChip);
        topBar.setAlignment(Pos.CENTER_LEFT);
        topBar.setManaged(false);
        topBar.setPickOnBounds(false);

        hoverCard.setId("graph-hover");
        hoverCard.setManaged(false);
        hoverCard.setVisible(false);
        hoverCard.setMouseTransparent(true);
        hoverCard.setWrapText(false);
        hoverCard.getStyleClass().add(Styles.GRAPH_HOVER_CARD);
        minimap.setManaged(false);
        minimap.setVisible(false);

        var spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(16, 16);
        var busyLabel = new Label("Laying out…");
        busyLabel.getStyleClass().add(Styles.GRAPH_BUSY_LABEL);
        busy.getChildren().setAll(spinner, busyLabel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.setPadding(new Insets(4, 12, 4, 8));
        busy.getStyleClass().add(Styles.GRAPH_BUSY);
        busy.setManaged(false);
        busy.setVisible(false);

        getChildren().addAll(canvas, topBar, busy, minimap, hoverCard, colors.probe());
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
        session.projectProperty().addListener((obs, old, next) -> {
            summariesDirty = true;
            history.clear();
            back.setVisible(false);
            focusedGroup = null;
        });
        session.statuses().addListener((MapChangeListener<AssetKey, AssetStatus>) change -> {
            summariesDirty = true;
            if (change.wasRemoved() && change.getValueRemoved().state() == AssetStatus.State.RUNNING) {
                running--;
            }
            if (change.wasAdded() && change.getValueAdded().state() == AssetStatus.State.RUNNING) {
                running++;
            }
            running = Math.max(0, running);
            requestRedraw();
        });
        // Health and checks are the engine's; the cards show them as they change.
        session.health().addListener((MapChangeListener<AssetKey, Object>) change -> requestRedraw());
        session.checks().addListener((MapChangeListener<AssetKey, Object>) change -> requestRedraw());
        colors.onChange(() -> {
            renderer.invalidateText();
            minimap.invalidate();
            requestRedraw();
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hideHover());
        addEventHandler(ScrollEvent.SCROLL, e -> hideHover());
        hoverDelay.setOnFinished(e -> showHover());
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

    /** How long the FX thread took to paint the last frame of the graph, in nanoseconds (the frame-time probe). */
    public long lastDrawNanos() {
        return lastStats.nanos();
    }

    /**
     * What the last frame painted, for the frame-time probe: "nodes=… edges=… groups=… measures=… draw=…ms" (cards,
     * edges, group boxes, texts measured rather than found in the cache, the renderer's time).
     */
    public String lastDrawSummary() {
        GraphRenderer.Stats s = lastStats;
        return String.format(
                java.util.Locale.ROOT,
                "nodes=%d edges=%d (segments %d of %d) groups=%d measures=%d draw=%.1fms whole=%.1fms",
                s.nodes(),
                s.edges(),
                s.segments(),
                s.offeredSegments(),
                s.groups(),
                s.measures(),
                s.nanos() / 1e6,
                (drawEnded - drawStarted) / 1e6);
    }

    /** When the last paint began ({@link System#nanoTime()}), for the frame-time probe. */
    public long lastDrawStarted() {
        return drawStarted;
    }

    /** When the last paint ended, the minimap's update included ({@link System#nanoTime()}). */
    public long lastDrawEnded() {
        return drawEnded;
    }

    /** The current zoom (1 = 100 %). */
    public double viewScale() {
        return viewport.scale();
    }

    /** How many frames the graph has painted, so a probe can tell whether a pulse painted one. */
    public long drawCount() {
        return drawCount;
    }

    /** Shows the whole graph. */
    public void fitToView() {
        GraphModel model = viewModel.model();
        if (model != null) {
            userMoved = false;
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
            if (model.isOverview()) {
                // The overview is meant to be seen whole: its cards draw their names at a fixed screen size.
                viewport.fit(model.layout().bounds(), getWidth(), getHeight());
            } else {
                viewport.fitReadable(model.layout().bounds(), focus, getWidth(), getHeight(), READABLE_SCALE);
            }
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
        summariesDirty = true; // group cards sum their assets' partitions
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

    /** The renderer (tests read the colours it gives the engine's verdicts). */
    GraphRenderer renderer() {
        return renderer;
    }

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

    /** Zooms by {@code factor} around view point (x, y), as the wheel does. */
    public void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(factor, x, y);
        userMoved = true;
        requestRedraw();
    }

    /** Pans by (dx, dy) view pixels, as a drag does; from now on a resize keeps the view where it is. */
    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        userMoved = true;
        requestRedraw();
    }

    /** The card at view point (x, y): under a group card's name label, or under the point itself; null if none. */
    NodeItem nodeAt(double x, double y) {
        GraphModel model = viewModel.model();
        if (model == null) {
            return null;
        }
        String labelled = renderer.labelAt(x, y);
        NodeItem item = labelled == null ? null : model.item(labelled);
        return item != null ? item : HitTester.nodeAt(model, viewport.toWorldX(x), viewport.toWorldY(y));
    }

    /** Runs a selection change made by the graph's own gestures (the card is under the pointer: nothing moves). */
    void selectHere(Runnable change) {
        selectingHere = true;
        try {
            change.run();
        } finally {
            selectingHere = false;
        }
    }

    /** The collapsed group card picked with a click (Enter expands it), or null. */
    String focusedGroup() {
        return focusedGroup;
    }

    void setFocusedGroup(String group) {
        if (!java.util.Objects.equals(group, focusedGroup)) {
            focusedGroup = group;
            requestRedraw();
        }
    }

    Minimap minimap() {
        return minimap;
    }

    FindBar findBar() {
        return findBar;
    }

    Label hoverCard() {
        return hoverCard;
    }

    /** Whether the user has zoomed or panned since the last fit. */
    boolean userMoved() {
        return userMoved;
    }

    void setRubberBand(Rect screenRect) {
        rubberBand = screenRect;
        requestRedraw();
    }

    /** Paints now, on the calling (FX) thread; returns what was drawn. */
    GraphRenderer.Stats drawNow() {
        drawStarted = System.nanoTime();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphModel model = viewModel.model();
        double phase = (System.nanoTime() % 1_200_000_000L) / 1.2e9;
        if (summariesDirty && model != null && session.project() != null && hasGroupCards(model)) {
            if (groupsOf != session.project()) {
                groups = session.project().groups(); // computed by the engine on each call: kept per project
                groupsOf = session.project();
                sources = new java.util.HashSet<>();
                for (var asset : groupsOf.assets()) {
                    if (asset.source()) {
                        sources.add(asset.key());
                    }
                }
            }
            summaries = GroupSummary.of(groups, sources::contains, session::status, partitions);
            summariesDirty = false;
        }
        if (flashId != null && System.nanoTime() > flashUntil) {
            flashId = null;
        }
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
                        rubberBand,
                        summaries,
                        focusedGroup,
                        flashId,
                        marks));
        if (w > 0 && h > 0) {
            drawnModel = model;
        }
        drawCount++;
        updateMinimap(model, w, h);
        drawEnded = System.nanoTime();
        return lastStats;
    }

    private static boolean hasGroupCards(GraphModel model) {
        return !model.collapsed().isEmpty();
    }

    private void updateMinimap(GraphModel model, double w, double h) {
        if (model == null || w <= 0 || h <= 0) {
            minimap.setVisible(false);
            return;
        }
        Rect visible = viewport.visible(w, h);
        boolean whole = visible.contains(model.layout().bounds());
        boolean show = !whole && w > Minimap.WIDTH * 2.2 && h > Minimap.HEIGHT * 2.2;
        if (show != minimap.isVisible()) {
            minimap.setVisible(show);
            requestLayout();
        }
        if (show) {
            minimap.update(model, visible);
        }
    }

    // ------------------------------------------------------------------ internals

    private void onPulse(long now) {
        boolean flashing = flashId != null;
        if (dirty || running > 0 || flashing) {
            dirty = false;
            drawNow();
        }
        if (running == 0 && !dirty && flashId == null) {
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
                userMoved = false;
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
        if (focusedGroup != null && next.item(NodeItem.groupNodeId(focusedGroup)) == null) {
            focusedGroup = null;
        }
        if (pendingViewState != null && next.hint() != ViewportHint.FIT) {
            viewport.set(pendingViewState.scale(), pendingViewState.tx(), pendingViewState.ty());
            pendingViewState = null;
            pendingFit = false;
        }
        if (pendingReveal != null && next.idOf(pendingReveal) != null) {
            AssetKey key = pendingReveal;
            pendingReveal = null;
            centerOn(key);
        }
        AssetKey focused = session.focused();
        if (old == null && pendingReveal == null && focused != null && next.idOf(focused) == null) {
            reveal(focused); // picked before the first layout (e.g. --select): open its group now
        }
        // Group summaries count statuses and partitions, not cards: a new layout does not change them.
        requestRedraw();
    }

    /**
     * Shows an asset chosen outside the graph (catalog, find, a link): once its group is open, centres on its card, at
     * a zoom where the card is readable, and remembers where the view was for Back. Cards picked on the graph itself
     * do not move the view.
     */
    private void reveal(AssetKey key) {
        if (key == null || selectingHere) {
            return;
        }
        GraphModel model = viewModel.model();
        if (model == null) {
            return;
        }
        if (model.idOf(key) == null) {
            // Remember the view before its group opens, so Back returns to it.
            rememberView();
            if (viewModel.expandGroupOf(key) || viewModel.layingOutProperty().get()) {
                pendingReveal = key; // centre once the new model shows it
            }
            return;
        }
        Rect r = model.rectOf(model.idOf(key));
        Rect visible = viewport.visible(getWidth(), getHeight());
        if (jumping || !visible.contains(r) || viewport.scale() < GraphRenderer.TEXT_SCALE) {
            rememberView();
            centerOn(key);
        }
    }

    /** Jumps to {@code key}: selects it, opens its group, centres on it and makes it blink (find in graph). */
    public void jumpTo(AssetKey key) {
        jumping = true;
        try {
            if (key.equals(session.focused()) && session.selection().size() == 1) {
                reveal(key); // already selected: no focus change will bring it into view
            } else {
                session.select(key);
            }
        } finally {
            jumping = false;
        }
    }

    private void centerOn(AssetKey key) {
        GraphModel model = viewModel.model();
        String id = model == null ? null : model.idOf(key);
        if (id == null || getWidth() <= 0) {
            return;
        }
        Rect r = model.rectOf(id);
        if (viewport.scale() < GraphRenderer.TEXT_SCALE) {
            viewport.zoomTo(READABLE_SCALE, getWidth(), getHeight());
        }
        viewport.centerOn(r.centerX(), r.centerY(), getWidth(), getHeight());
        userMoved = true;
        pendingFit = false;
        flashId = id;
        flashUntil = System.nanoTime() + FLASH_NANOS;
        requestRedraw();
    }

    private void rememberView() {
        if (viewModel.model() == null) {
            return;
        }
        history.push(new ViewState(
                viewport.scale(), viewport.translateX(), viewport.translateY(), viewModel.collapsedGroups()));
        while (history.size() > 30) {
            history.removeLast();
        }
        back.setVisible(true);
        requestLayout();
    }

    /** Puts the caret in the find-in-graph field. */
    public void focusFind() {
        findBar.focus();
    }

    /** Goes back to the view before the last jump (Back, Alt+Left); false if there is none. */
    public boolean goBack() {
        ViewState state = history.poll();
        back.setVisible(!history.isEmpty());
        requestLayout();
        if (state == null) {
            return false;
        }
        pendingReveal = null;
        userMoved = true;
        if (state.collapsed().equals(viewModel.collapsedGroups())) {
            viewport.set(state.scale(), state.tx(), state.ty());
            requestRedraw();
        } else {
            pendingViewState = state;
            viewModel.setCollapsed(state.collapsed());
        }
        return true;
    }

    /** Whether Back has somewhere to go. */
    public boolean canGoBack() {
        return !history.isEmpty();
    }

    // ------------------------------------------------------------------ hover

    private void hover(double x, double y) {
        GraphModel model = viewModel.model();
        NodeItem node = model == null ? null : nodeAt(x, y);
        String id = node == null ? null : node.id();
        if (java.util.Objects.equals(id, hoverId)) {
            if (hoverCard.isVisible()) {
                placeHover(x, y);
            }
            return;
        }
        hoverId = id;
        hoverCard.setVisible(false);
        hoverDelay.stop();
        if (node != null) {
            hoverCard.setText(hoverText(node));
            hoverCard.setUserData(new double[] {x, y});
            hoverDelay.playFromStart();
        }
    }

    private String hoverText(NodeItem node) {
        if (node.isGroup()) {
            GroupSummary summary = summaries.get(node.group());
            StringBuilder text =
                    new StringBuilder("Group ").append(node.group()).append(" · ");
            text.append(node.memberCount()).append(node.memberCount() == 1 ? " asset" : " assets");
            if (summary != null) {
                for (AssetStatus.State state : AssetStatus.State.values()) {
                    if (summary.count(state) > 0) {
                        text.append("\n")
                                .append(summary.count(state))
                                .append(' ')
                                .append(state.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            return text.append("\nDouble-click or Enter to open").toString();
        }
        AssetStatus status = session.status(node.key());
        String reason = status.reason().isBlank() ? "" : " — " + status.reason();
        return node.key() + "\n"
                + (node.source() ? "source asset" : status.state().name().toLowerCase(java.util.Locale.ROOT)) + reason
                + marksText(node);
    }

    /** Health, checks, kinds and a shared step, in the engine's words. */
    private String marksText(NodeItem node) {
        StringBuilder text = new StringBuilder();
        var health = session.health().get(node.key());
        if (health != null) {
            text.append("\nHealth: ").append(health.state().word());
            if (!health.reasons().isEmpty()) {
                text.append(" — ").append(String.join("; ", health.reasons()));
            }
        }
        var checks = session.checks().get(node.key());
        if (checks != null) {
            text.append("\nChecks: ").append(checks.text());
        }
        if (!node.kinds().isEmpty()) {
            text.append("\nKinds: ").append(String.join(", ", node.kinds()));
        }
        if (node.sharesStep()) {
            var siblings = node.step().outs().stream()
                    .filter(k -> !k.equals(node.key()))
                    .map(AssetKey::toString)
                    .toList();
            text.append("\nOne step (")
                    .append(node.step().name())
                    .append(") makes it with ")
                    .append(String.join(", ", siblings))
                    .append(": they materialize together");
        }
        return text.toString();
    }

    private void showHover() {
        if (hoverId == null) {
            return;
        }
        double[] at = (double[]) hoverCard.getUserData();
        hoverCard.setVisible(true);
        placeHover(at[0], at[1]);
    }

    private void placeHover(double x, double y) {
        hoverCard.autosize();
        double hx = Math.min(x + 14, getWidth() - hoverCard.getWidth() - 4);
        double hy = y + 18 + hoverCard.getHeight() > getHeight() ? y - hoverCard.getHeight() - 8 : y + 18;
        hoverCard.relocate(Math.max(4, hx), Math.max(4, hy));
    }

    private void hideHover() {
        hoverDelay.stop();
        hoverId = null;
        hoverCard.setVisible(false);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            // Until the user zooms or pans, the graph follows the window: a resize refits it.
            if (pendingFit || !userMoved) {
                fitReadable();
            }
            requestRedraw();
        }
        topBar.autosize();
        topBar.relocate(12, 12);
        if (minimap.isVisible()) {
            minimap.resizeRelocate(w - Minimap.WIDTH - 12, h - Minimap.HEIGHT - 12, Minimap.WIDTH, Minimap.HEIGHT);
        }
        if (busy.isVisible()) {
            busy.autosize();
            busy.relocate(Math.max(12, w - busy.getWidth() - 12), 12);
        }
    }
}
