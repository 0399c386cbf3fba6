package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.theme.GroupColors;
import dev.assetstudio.app.ui.KeyText;
import dev.assetstudio.app.ui.RelativeTime;
import dev.assetstudio.engine.AssetHealth;
import dev.assetstudio.engine.health.CheckSummary;
import dev.assetstudio.engine.status.AssetStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints one frame of the graph on a canvas: background, group boxes, edges, cards, rubber band. Only
 * what intersects the visible rectangle is drawn, and detail drops with the zoom (no text below
 * {@link #TEXT_SCALE}, plain rectangles below {@link #PLAIN_SCALE}), so a frame of 5,000 nodes stays
 * cheap. Text is measured once per card and cached.
 */
final class GraphRenderer {

    static final double TEXT_SCALE = 0.6;
    static final double PLAIN_SCALE = 0.14;
    static final double NAME_SCALE = 0.24;
    private static final double CARD_ARC = 14;
    private static final double STRIP = 5;
    private static final double PAD = 16;
    private static final double DIMMED = 0.22;

    /** What a frame shows besides the model. */
    record Frame(
            GraphModel model,
            Viewport viewport,
            double width,
            double height,
            Highlight highlight,
            Set<AssetKey> selection,
            Function<AssetKey, AssetStatus> statuses,
            Map<AssetKey, PartitionBar> partitions,
            Instant now,
            double phase,
            Rect rubberBand,
            Map<String, GroupSummary> summaries,
            String focusedGroup,
            String flashId,
            CardMarks marks) {

        /** A frame without group summaries, group focus or flash (tests). */
        Frame(
                GraphModel model,
                Viewport viewport,
                double width,
                double height,
                Highlight highlight,
                Set<AssetKey> selection,
                Function<AssetKey, AssetStatus> statuses,
                Map<AssetKey, PartitionBar> partitions,
                Instant now,
                double phase,
                Rect rubberBand) {
            this(
                    model,
                    viewport,
                    width,
                    height,
                    highlight,
                    selection,
                    statuses,
                    partitions,
                    now,
                    phase,
                    rubberBand,
                    Map.of(),
                    null,
                    null,
                    CardMarks.NONE);
        }
    }

    /**
     * What the last frame drew, for tests and the probe: cards, edges, group boxes, the FX thread's nanoseconds, and
     * how many texts it had to measure (the rest came from the cache), edge segments put into paths, and the segments
     * of the edges it was offered (what drawing every edge that meets the view whole would have cost).
     */
    record Stats(int nodes, int edges, int groups, long nanos, int measures, int segments, int offeredSegments) {

        Stats(int nodes, int edges, int groups, long nanos) {
            this(nodes, edges, groups, nanos, 0, 0, 0);
        }
    }

    private final ThemeColors colors;
    private final Text measure = new Text();
    private final EdgePaths paths = new EdgePaths();
    /** The group card labels of the last frame (screen rectangles) and the cards they name. */
    private final Map<Rect, String> labelHits = new java.util.LinkedHashMap<>();
    /** Measured text widths by font; at most {@link #MAX_MEASURED} of them. */
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    private static final int MAX_MEASURED = 50_000;
    private int measured;
    /** Texts measured during the current frame. */
    private int frameMeasures;

    private final Map<String, String[]> labels = new HashMap<>();
    private final Map<String, String> shortNames = new HashMap<>();
    private String family;
    private Font nameFont;
    private Font prefixFont;
    private Font smallFont;
    private Font groupFont;
    private Font kindFont;
    private final Map<String, Double> kindWidths = new HashMap<>();
    private final Map<String, String> stepTabs = new HashMap<>();

    GraphRenderer(ThemeColors colors) {
        this.colors = colors;
    }

    /** Forgets measured text (new model or new font). */
    void invalidateText() {
        labels.clear();
        shortNames.clear();
    }

    /**
     * The group card whose name label the last frame drew at screen point (x, y), or null: far out the label is what
     * you see of a card, so a click on it is a click on the card.
     */
    String labelAt(double x, double y) {
        return labelAtPoint(x, y);
    }

    /** The group cards the last frame named on labels of their own, with those labels (screen rectangles). */
    Map<Rect, String> cardLabels() {
        return java.util.Collections.unmodifiableMap(labelHits);
    }

    private String labelAtPoint(double x, double y) {
        for (Map.Entry<Rect, String> hit : labelHits.entrySet()) {
            Rect r = hit.getKey();
            if (x >= r.x() && x <= r.maxX() && y >= r.y() && y <= r.maxY()) {
                return hit.getValue();
            }
        }
        return null;
    }

    Stats draw(GraphicsContext g, Frame f) {
        long start = System.nanoTime();
        frameMeasures = 0;
        labelHits.clear();
        ensureFonts();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setGlobalAlpha(1);
        g.setFill(colors.bg());
        g.fillRect(0, 0, f.width(), f.height());
        if (f.model() == null) {
            return new Stats(0, 0, 0, System.nanoTime() - start);
        }
        Viewport v = f.viewport();
        drawDots(g, f);
        Rect visible = v.visible(f.width(), f.height());
        g.setTransform(v.scale(), 0, 0, v.scale(), v.translateX(), v.translateY());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);

        int groups = 0;
        for (GroupBox box : f.model().groupBoxes()) {
            if (box.bounds().intersects(visible)) {
                drawGroup(g, f, box);
                groups++;
            }
        }
        int edges = drawEdges(g, f, visible);
        int nodes = 0;
        List<NodeItem> items = f.model().nodes();
        if (v.scale() < NAME_SCALE) {
            nodes = drawPlainNodes(g, f, visible);
            for (int i = 0; i < items.size(); i++) {
                Rect r = f.model().nodeRect(i);
                if (items.get(i).isGroup() && r.intersects(visible)) {
                    drawNode(g, f, items.get(i), r);
                    nodes++;
                }
            }
        } else {
            for (int i = 0; i < items.size(); i++) {
                Rect r = f.model().nodeRect(i);
                if (r.intersects(visible)) {
                    drawNode(g, f, items.get(i), r);
                    nodes++;
                }
            }
        }
        if (f.flashId() != null) {
            Rect r = f.model().rectOf(f.flashId());
            if (r != null && r.intersects(visible)) {
                double grow = 6 + 10 * f.phase();
                g.setGlobalAlpha(1 - f.phase() * 0.7);
                g.setStroke(colors.accent());
                g.setLineWidth(Math.max(3, 3 / v.scale()));
                g.setLineDashes();
                double pad = grow / Math.max(0.35, v.scale());
                g.strokeRoundRect(
                        r.x() - pad,
                        r.y() - pad,
                        r.width() + 2 * pad,
                        r.height() + 2 * pad,
                        CARD_ARC + pad,
                        CARD_ARC + pad);
                g.setGlobalAlpha(1);
            }
        }
        g.setGlobalAlpha(1);
        g.setTransform(1, 0, 0, 1, 0, 0);
        List<Rect> placed = new ArrayList<>();
        drawSmallGroupCardLabels(g, f, visible, placed);
        drawEdgeWeights(g, f, visible, placed);
        if (v.scale() < TEXT_SCALE) {
            for (GroupBox box : f.model().groupBoxes()) {
                if (box.bounds().intersects(visible)) {
                    drawScreenGroupLabel(g, f, box);
                }
            }
        }
        if (f.rubberBand() != null) {
            Rect b = f.rubberBand();
            g.setFill(colors.accent().deriveColor(0, 1, 1, 0.10));
            g.fillRect(b.x(), b.y(), b.width(), b.height());
            g.setStroke(colors.accent());
            g.setLineWidth(1);
            g.setLineDashes();
            g.strokeRect(b.x() + 0.5, b.y() + 0.5, b.width(), b.height());
        }
        return new Stats(
                nodes, edges, groups, System.nanoTime() - start, frameMeasures, paths.added(), paths.offered());
    }

    // ------------------------------------------------------------------ background

    private void drawDots(GraphicsContext g, Frame f) {
        Viewport v = f.viewport();
        double step = 24 * v.scale();
        while (step < 14) {
            step *= 4; // coarser when zoomed out, so the grid never becomes noise
        }
        double ox = ((v.translateX() % step) + step) % step;
        double oy = ((v.translateY() % step) + step) % step;
        g.setFill(colors.isDark() ? colors.border().deriveColor(0, 1, 1, 0.55) : colors.border());
        for (double x = ox; x < f.width(); x += step) {
            for (double y = oy; y < f.height(); y += step) {
                g.fillRect(x, y, 1.2, 1.2);
            }
        }
    }

    // ------------------------------------------------------------------ groups

    private void drawGroup(GraphicsContext g, Frame f, GroupBox box) {
        Color color = colors.group(GroupColors.index(box.group()));
        Rect r = box.bounds();
        double scale = f.viewport().scale();
        g.setGlobalAlpha(1);
        g.setFill(color.deriveColor(0, 1, 1, colors.isDark() ? 0.07 : 0.045));
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 20, 20);
        g.setStroke(color.deriveColor(0, 1, 1, 0.38));
        g.setLineWidth(Math.max(1, 1 / scale));
        g.setLineDashes();
        g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 20, 20);
        if (scale < PLAIN_SCALE) {
            return;
        }
        Rect label = box.label();
        if (scale < TEXT_SCALE) {
            return; // zoomed out, the name is drawn at a fixed screen size on top of everything (drawScreenGroupLabel)
        }
        double cy = label.y() + label.height() / 2 + 1;
        // The chevron says the group can be collapsed (click it, or double-click the label).
        g.setFill(color);
        double cx = label.x() + 14;
        g.fillPolygon(new double[] {cx - 4.5, cx + 4.5, cx}, new double[] {cy - 2.5, cy - 2.5, cy + 3}, 3);
        g.setFont(groupFont);
        String name = box.group();
        g.fillText(name, label.x() + HitTester.CHEVRON_WIDTH, cy + 4.5);
        double nameWidth = width(name, groupFont);
        g.setFill(colors.textMuted());
        g.setFont(smallFont);
        g.fillText(
                String.valueOf(f.model().groupSize(box.group())),
                label.x() + HitTester.CHEVRON_WIDTH + nameWidth + 8,
                cy + 4.5);
    }

    /**
     * Zoomed out, a group's name is what orients you: drawn at a fixed screen size on a pill at the box's top-left
     * corner, cut in the middle only if the box is narrower than the name.
     */
    private void drawScreenGroupLabel(GraphicsContext g, Frame f, GroupBox box) {
        Viewport v = f.viewport();
        Rect r = box.bounds();
        double sx = Math.max(v.toScreenX(r.x()), 4);
        double sy = Math.max(v.toScreenY(r.y()), 4);
        double boxRoom = v.toScreenX(r.maxX()) - sx - 8;
        if (boxRoom < 24 || sy > f.height()) {
            return;
        }
        // The name orients: it may reach past a narrow box (far out, an opened group is a small block).
        double room = Math.min(Math.max(boxRoom, MIN_LABEL_ROOM), f.width() - 12);
        Color color = colors.group(GroupColors.index(box.group()));
        String text =
                KeyText.fit(box.group() + "  " + f.model().groupSize(box.group()), room - 12, t -> width(t, groupFont));
        double w = width(text, groupFont) + 12;
        sx = Math.max(4, Math.min(sx, f.width() - w - 4)); // a box at the right edge: its label moves into view
        g.setGlobalAlpha(0.92);
        g.setFill(colors.surface());
        g.fillRoundRect(sx, sy, w, 20, 10, 10);
        g.setGlobalAlpha(1);
        g.setStroke(color.deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(1);
        g.strokeRoundRect(sx + 0.5, sy + 0.5, w - 1, 19, 10, 10);
        g.setFill(color);
        g.setFont(groupFont);
        g.fillText(text, sx + 6, sy + 14.5);
    }

    // ------------------------------------------------------------------ edges

    /** The room a group box's name gets on screen at least, even when the box is narrower. */
    private static final double MIN_LABEL_ROOM = 220;

    /** Below this screen height a group card's name does not fit inside it: it is drawn on a label over the card. */
    static final double SMALL_CARD = 30;

    /**
     * Zoomed out (a big overview fitted to the window), group cards are too small or narrow for their names: each is
     * drawn at a fixed screen size on a label centred on its card, the biggest groups first, and a label that would
     * cover one already drawn is left out (the card's hover card names it).
     */
    private void drawSmallGroupCardLabels(GraphicsContext g, Frame f, Rect visible, List<Rect> placed) {
        GraphModel model = f.model();
        Viewport v = f.viewport();
        if (model.collapsed().isEmpty()) {
            return;
        }
        List<Integer> cards = new ArrayList<>();
        for (int i = 0; i < model.nodes().size(); i++) {
            NodeItem item = model.nodes().get(i);
            Rect r = model.nodeRect(i);
            if (item.isGroup()
                    && r.intersects(visible)
                    && !nameInside(item, r.width() * v.scale(), r.height() * v.scale())) {
                cards.add(i);
            }
        }
        cards.sort((a, b) -> Integer.compare(
                model.nodes().get(b).memberCount(), model.nodes().get(a).memberCount()));
        for (int i : cards) {
            NodeItem item = model.nodes().get(i);
            Rect r = model.nodeRect(i);
            Rect card = new Rect(v.toScreenX(r.x()), v.toScreenY(r.y()), r.width() * v.scale(), r.height() * v.scale());
            String count = String.valueOf(item.memberCount());
            double h = 19;
            // The whole name (up to a point) where there is room, else a shorter one cut in the middle.
            String text = null;
            Rect label = null;
            for (double room : LABEL_ROOMS) {
                text = KeyText.fit(item.name(), room, t -> width(t, groupFont));
                double w = width(text, groupFont) + width(count, smallFont) + 20;
                label = LabelPlacement.place(card, w, h, f.width(), f.height(), placed);
                if (label != null) {
                    break;
                }
            }
            if (label == null) {
                // No room for its label: a card big enough for some of its name shows that, cut in the middle.
                double sw = card.width();
                double sh = card.height();
                if (sh >= SMALL_CARD && sw >= 40) {
                    double pad = Math.min(12, Math.max(3, sh * 0.12));
                    g.setFill(colors.text());
                    g.setFont(nameFont);
                    g.fillText(
                            KeyText.fit(item.name(), sw - 2 * pad, t -> width(t, nameFont)),
                            card.x() + pad,
                            card.y() + pad + 13);
                }
                continue;
            }
            double w = label.width();
            placed.add(label);
            labelHits.put(label, item.id());
            Color color = colors.group(GroupColors.index(item.group()));
            g.setGlobalAlpha(0.94);
            g.setFill(colors.surface());
            g.fillRoundRect(label.x(), label.y(), w, h, h, h);
            g.setGlobalAlpha(1);
            g.setStroke(item.group().equals(f.focusedGroup()) ? colors.accent() : color);
            g.setLineWidth(1);
            g.strokeRoundRect(label.x() + 0.5, label.y() + 0.5, w - 1, h - 1, h, h);
            g.setFill(colors.text());
            g.setFont(groupFont);
            g.fillText(text, label.x() + 8, label.y() + 13.5);
            g.setFill(colors.textMuted());
            g.setFont(smallFont);
            g.fillText(count, label.x() + 12 + width(text, groupFont), label.y() + 13.5);
        }
    }

    private static boolean overlapsAny(Rect r, List<Rect> placed) {
        return LabelPlacement.overlapsAny(r, placed);
    }

    /** The room a small card's name label gives the name: as much as makes sense, then a shorter cut. */
    private static final double[] LABEL_ROOMS = {170, 120};

    /**
     * Edges to or from a collapsed group carry how many asset dependencies they stand for, at a fixed size; the
     * heaviest first, and none over a label already drawn.
     */
    private void drawEdgeWeights(GraphicsContext g, Frame f, Rect visible, List<Rect> placed) {
        GraphModel model = f.model();
        Viewport v = f.viewport();
        List<Integer> edges = new ArrayList<>();
        // Far out the edges of an opened group's assets are not drawn (drawEdges): nor are their numbers.
        boolean assetEdgesHidden = v.scale() < PLAIN_SCALE && !model.isOverview();
        for (int e = 0; e < model.edgeCount(); e++) {
            NodeItem from = model.edgeFrom(e);
            NodeItem to = model.edgeTo(e);
            if (from != null
                    && to != null
                    && (from.isGroup() || to.isGroup())
                    && (!assetEdgesHidden || linksGroupCards(model, e))
                    && model.edgeBounds(e).intersects(visible)) {
                edges.add(e);
            }
        }
        edges.sort((a, b) -> Integer.compare(model.edgeWeight(b), model.edgeWeight(a)));
        g.setFont(smallFont);
        // Far out over a big overview, only the heaviest links get a number; zoom in for the rest.
        boolean farOut = v.scale() * GraphInput.GROUP_CARD_HEIGHT < SMALL_CARD && model.edgeCount() > MANY_GROUP_EDGES;
        int pills = 0;
        for (int e : edges) {
            if (farOut && (pills >= MAX_FAR_PILLS || model.edgeWeight(e) < FAINT_BELOW)) {
                break;
            }
            List<Point> pts = model.edge(e).points();
            Point a = pts.get((pts.size() - 1) / 2);
            Point b = pts.get(pts.size() / 2);
            double sx = v.toScreenX((a.x() + b.x()) / 2);
            double sy = v.toScreenY((a.y() + b.y()) / 2);
            String text = String.valueOf(model.edgeWeight(e));
            double w = Math.max(18, width(text, smallFont) + 10);
            Rect pill = new Rect(sx - w / 2, sy - 8, w, 16);
            if (overlapsAny(pill, placed)) {
                continue;
            }
            placed.add(pill);
            pills++;
            g.setFill(colors.surface());
            g.fillRoundRect(pill.x(), pill.y(), w, 16, 16, 16);
            g.setStroke(colors.border());
            g.setLineWidth(1);
            g.strokeRoundRect(pill.x(), pill.y(), w, 16, 16, 16);
            g.setFill(colors.textMuted());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(text, sx, sy + 4);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private int drawEdges(GraphicsContext g, Frame f, Rect visible) {
        GraphModel model = f.model();
        double scale = f.viewport().scale();
        boolean curved = model.kind() == LayoutKind.LAYERED && scale >= PLAIN_SCALE;
        boolean arrows = scale >= PLAIN_SCALE;
        Color normal = colors.textMuted().deriveColor(0, 1, 1, colors.isDark() ? 0.55 : 0.5);
        Highlight h = f.highlight();
        paths.begin(visible, 4 / scale);
        // Far out, thousands of asset-to-asset edges are grey noise that costs whole frames: only the lit ones (the
        // selection's paths) and those of collapsed groups stay; zoom in and they come back.
        boolean hideUnlit = scale < PLAIN_SCALE && !model.isOverview();
        // Edges of one style go into one path, stroked once: thousands of stroke calls would cost far
        // more than the geometry. Dimmed edges first, lit ones on top.
        // In a big overview, hundreds of one-dependency links between groups would hide the few heavy ones: the
        // edges that stand for fewer than FAINT_BELOW dependencies are drawn first and faint.
        int faintBelow = model.isOverview() && model.edgeCount() > MANY_GROUP_EDGES ? FAINT_BELOW : 0;
        // A big overview fitted to the window: the routes folded around rows run side by side in bands; drawn thin and
        // light they read as the way between the rows, and the group cards and their names stay in front.
        boolean fine = faintBelow > 0 && scale * GraphInput.GROUP_CARD_HEIGHT < SMALL_CARD;
        int drawn = 0;
        for (int pass = faintBelow > 0 ? -1 : 0; pass < (h.active() ? 2 : 1); pass++) {
            boolean faintPass = pass == -1;
            boolean litPass = pass == 1;
            double alpha = (h.active() && !litPass ? DIMMED : 1) * (fine && !litPass ? FINE_ALPHA : 1);
            g.setGlobalAlpha(faintPass ? alpha * 0.35 : alpha);
            g.setStroke(litPass ? colors.accent() : normal);
            g.setFill(litPass ? colors.accent() : normal);
            g.setLineWidth(litPass ? Math.max(2.2, 1.5 / scale) : fine ? FINE_WIDTH / scale : Math.max(1.4, 1 / scale));
            g.setLineDashes();
            g.beginPath();
            paths.newPath();
            int inPass = 0;
            for (int e = 0; e < model.edgeCount(); e++) {
                if (!model.edgeBounds(e).intersects(visible)) {
                    continue;
                }
                boolean lit = h.active() && onPath(h, model.edgeFrom(e), model.edgeTo(e));
                if (h.active() && lit != litPass) {
                    continue;
                }
                if (!lit && hideUnlit && !linksGroupCards(model, e)) {
                    continue;
                }
                if (!litPass && (model.edgeWeight(e) < faintBelow) != faintPass) {
                    continue;
                }
                paths.add(g, model.edge(e).points(), curved, arrows);
                inPass++;
            }
            g.stroke();
            if (arrows && inPass > 0) {
                g.beginPath();
                for (int e = 0; e < model.edgeCount(); e++) {
                    if (model.edgeBounds(e).intersects(visible)
                            && (!h.active() || onPath(h, model.edgeFrom(e), model.edgeTo(e)) == litPass)
                            && (litPass || !hideUnlit || linksGroupCards(model, e))
                            && (litPass || (model.edgeWeight(e) < faintBelow) == faintPass)) {
                        paths.addArrow(g, model.edge(e).points(), curved);
                    }
                }
                g.fill();
            }
            drawn += inPass;
        }
        g.setGlobalAlpha(1);
        return drawn;
    }

    /**
     * Whether edge {@code e} links two collapsed groups' cards: how the groups connect, drawn however far out (the
     * edges of the opened group's assets are asset edges: hundreds of them, left out far out like the others).
     */
    private static boolean linksGroupCards(GraphModel model, int e) {
        NodeItem from = model.edgeFrom(e);
        NodeItem to = model.edgeTo(e);
        return from != null && to != null && from.isGroup() && to.isGroup();
    }

    private static boolean onPath(Highlight h, NodeItem from, NodeItem to) {
        return from != null && to != null && from.key() != null && to.key() != null && h.onPath(from.key(), to.key());
    }

    /** An overview with more group-to-group edges than this fades its light ones and numbers only its heavy ones. */
    static final int MANY_GROUP_EDGES = 150;
    /** Edges standing for fewer dependencies than this are the light ones. */
    static final int FAINT_BELOW = 3;
    /** Screen width and opacity of the unlit links of a big overview fitted to the window. */
    private static final double FINE_WIDTH = 0.7;

    private static final double FINE_ALPHA = 0.7;

    /** How many edge numbers a big overview shows far out. */
    static final int MAX_FAR_PILLS = 24;

    // ------------------------------------------------------------------ cards

    private void drawNode(GraphicsContext g, Frame f, NodeItem item, Rect r) {
        double scale = f.viewport().scale();
        Color groupColor = colors.group(GroupColors.index(item.group()));
        boolean lit = item.isGroup() || f.highlight().lit(item.key());
        boolean selected = item.key() != null && f.selection().contains(item.key());
        AssetStatus status = item.key() == null ? null : f.statuses().apply(item.key());
        AssetStatus.State state = status == null
                ? AssetStatus.State.MISSING
                : item.source() && status.state() != AssetStatus.State.RUNNING
                        ? AssetStatus.State.SOURCE
                        : status.state();
        g.setGlobalAlpha(lit ? 1 : DIMMED);

        if (item.isGroup()) {
            drawGroupCard(g, f, item, r, groupColor);
            return;
        }
        // A soft one-pixel shadow below the card lifts it from the dotted background.
        g.setFill(colors.isDark() ? Color.rgb(0, 0, 0, 0.35) : Color.rgb(31, 35, 40, 0.08));
        g.fillRoundRect(r.x(), r.y() + 1.5, r.width(), r.height(), CARD_ARC, CARD_ARC);
        g.setFill(groupColor);
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), CARD_ARC, CARD_ARC);
        g.setFill(
                selected ? blend(colors.surface(), colors.accent(), colors.isDark() ? 0.16 : 0.06) : colors.surface());
        g.fillRoundRect(r.x() + STRIP, r.y(), r.width() - STRIP, r.height(), CARD_ARC * 0.6, CARD_ARC * 0.6);
        g.fillRect(r.x() + STRIP, r.y(), CARD_ARC / 2, r.height());

        if (selected) {
            g.setStroke(colors.accent().deriveColor(0, 1, 1, 0.3));
            g.setLineWidth(4);
            g.setLineDashes();
            g.strokeRoundRect(r.x() - 2.5, r.y() - 2.5, r.width() + 5, r.height() + 5, CARD_ARC + 5, CARD_ARC + 5);
        }
        g.setStroke(
                selected
                        ? colors.accent()
                        : state == AssetStatus.State.RUNNING ? colors.status(state) : colors.border());
        g.setLineWidth(selected ? 1.6 : Math.max(1, 1 / scale));
        if (item.source()) {
            g.setLineDashes(5, 3);
        } else {
            g.setLineDashes();
        }
        g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), CARD_ARC, CARD_ARC);
        g.setLineDashes();

        if (scale < TEXT_SCALE) {
            // Zoomed out: the name alone, at a size still readable on screen, and a bigger status dot.
            double dot = Math.min(9, 4.5 / scale);
            drawStatusDot(g, state, r.maxX() - 8 - dot, r.centerY(), dot, f.phase());
            if (scale >= NAME_SCALE) {
                double size = Math.min(20, 10 / scale);
                Font font = Font.font(family, FontWeight.BOLD, size);
                g.setFill(colors.text());
                g.setFont(font);
                g.fillText(
                        shortName(item, font, r.width() - PAD - 2 * dot - 14),
                        r.x() + PAD - 4,
                        r.centerY() + size * 0.36);
            }
            return;
        }
        String[] label = label(item, r.width() - PAD - 30); // room for the check badge
        double x = r.x() + PAD;
        double baseline = r.y() + 23;
        if (!label[0].isEmpty()) {
            g.setFill(colors.textMuted());
            g.setFont(prefixFont);
            g.fillText(label[0], x, baseline);
            x += width(label[0], prefixFont);
        }
        g.setFill(colors.text());
        g.setFont(nameFont);
        g.fillText(label[1], x, baseline);

        double lineY = r.y() + 41;
        drawStatusDot(g, state, r.x() + PAD + 4, lineY - 4, 4, f.phase());
        g.setFill(colors.textMuted());
        g.setFont(smallFont);
        String line = statusLine(item, state, status, f.now());
        g.fillText(line, r.x() + PAD + 14, lineY);
        drawHealthEdge(g, f, item, r);
        drawCheckBadge(g, f, item, r);
        drawKinds(g, item, r, r.x() + PAD + 14 + width(line, smallFont) + 8, lineY);
        if (item.sharesStep()) {
            drawStepTab(g, item, r, groupColor);
        }

        if (item.partitioned()) {
            drawPartitionBar(g, f.partitions().get(item.key()), r);
        }
    }

    // ------------------------------------------------------------------ marks: health, checks, kinds, shared step

    /** The health of the asset as a bar inside the card's right edge; nothing while unknown. */
    private void drawHealthEdge(GraphicsContext g, Frame f, NodeItem item, Rect r) {
        AssetHealth health = f.marks().health().apply(item.key());
        Color color = health == null ? null : healthColor(health.state());
        if (color == null) {
            return;
        }
        g.setFill(color);
        g.fillRoundRect(r.maxX() - 5, r.y() + 6, 3, r.height() - 12, 3, 3);
    }

    /** The colour the engine's health word stands for; {@code null} for unknown. */
    Color healthColor(AssetHealth.State state) {
        return switch (state) {
            case HEALTHY -> colors.status(AssetStatus.State.FRESH);
            case WARNING -> colors.status(AssetStatus.State.STALE);
            case DEGRADED -> colors.status(AssetStatus.State.FAILED);
            case UNKNOWN -> null;
        };
    }

    /** A small round badge top right: a tick (passed), "!" (a WARN check failed), a cross (an ERROR check failed). */
    private void drawCheckBadge(GraphicsContext g, Frame f, NodeItem item, Rect r) {
        CheckSummary checks = f.marks().checks().apply(item.key());
        if (checks == null || checks.state() == CheckSummary.State.NONE) {
            return;
        }
        double radius = 6.5;
        double cx = r.maxX() - 11 - radius;
        double cy = r.y() + 17;
        Color color = checkColor(checks.state());
        g.setLineWidth(1.6);
        g.setLineDashes();
        if (checks.state() == CheckSummary.State.NOT_EVALUATED) {
            g.setStroke(colors.textMuted());
            g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            return;
        }
        g.setFill(color);
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.setStroke(Color.WHITE);
        switch (checks.state()) {
            case PASSED -> g.strokePolyline(
                    new double[] {cx - 3.2, cx - 0.8, cx + 3.4}, new double[] {cy + 0.2, cy + 2.6, cy - 2.6}, 3);
            case WARNING -> {
                g.strokeLine(cx, cy - 3.4, cx, cy + 0.8);
                g.strokeLine(cx, cy + 3, cx, cy + 3.1);
            }
            default -> {
                g.strokeLine(cx - 2.6, cy - 2.6, cx + 2.6, cy + 2.6);
                g.strokeLine(cx - 2.6, cy + 2.6, cx + 2.6, cy - 2.6);
            }
        }
    }

    /** The colour of a check badge: the status colours, so passed reads as fresh and failed as failed. */
    Color checkColor(CheckSummary.State state) {
        return switch (state) {
            case PASSED -> colors.status(AssetStatus.State.FRESH);
            case WARNING -> colors.status(AssetStatus.State.STALE);
            case FAILED -> colors.status(AssetStatus.State.FAILED);
            case NONE, NOT_EVALUATED -> colors.textMuted();
        };
    }

    /**
     * The asset's kinds as small labels at the right of the status line, as many as fit after {@code fromX}; a
     * "+n" says how many more there are.
     */
    private void drawKinds(GraphicsContext g, NodeItem item, Rect r, double fromX, double baseline) {
        List<String> kinds = item.kinds();
        if (kinds.isEmpty()) {
            return;
        }
        double right = r.maxX() - 10;
        double h = 13;
        double top = baseline - 10;
        g.setFont(kindFont);
        for (int i = kinds.size() - 1; i >= 0; i--) {
            String text = kinds.get(i);
            double w = kindWidth(text) + 8;
            String more = "+" + i;
            double reserve = i == 0 ? 0 : kindWidth(more) + 12;
            if (right - w < fromX + reserve) {
                if (i < kinds.size()) {
                    String rest = "+" + (i + 1);
                    double rw = kindWidth(rest) + 8;
                    if (right - rw >= fromX) {
                        drawKindPill(g, rest, right - rw, top, rw, h);
                    }
                }
                return;
            }
            drawKindPill(g, text, right - w, top, w, h);
            right -= w + 4;
        }
    }

    private void drawKindPill(GraphicsContext g, String text, double x, double y, double w, double h) {
        g.setFill(colors.surfaceAlt());
        g.fillRoundRect(x, y, w, h, 6, 6);
        g.setStroke(colors.borderMuted());
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, w, h, 6, 6);
        g.setFill(colors.textMuted());
        g.fillText(text, x + 4, y + h - 3.5);
    }

    private double kindWidth(String text) {
        return kindWidths.computeIfAbsent(text, t -> width(t, kindFont));
    }

    /**
     * An out of a multi-asset wears a tab on its top edge naming the step and how many outs it has: cards with the
     * same tab are made by one step, and materialize together.
     */
    private void drawStepTab(GraphicsContext g, NodeItem item, Rect r, Color groupColor) {
        String text = stepTabs.computeIfAbsent(
                item.step().name() + "\u0000" + item.step().outs().size(),
                k -> ellipsize(item.step().name(), kindFont, 110, false) + " ×"
                        + item.step().outs().size());
        double w = kindWidth(text) + 10;
        double h = 13;
        double x = r.x() + Math.max(PAD, r.width() - w - 40);
        double y = r.y() - h + 3;
        g.setFill(colors.surface());
        g.fillRoundRect(x, y, w, h, 6, 6);
        g.setStroke(groupColor);
        g.setLineWidth(1.2);
        g.setLineDashes(3, 2);
        g.strokeRoundRect(x, y, w, h, 6, 6);
        g.setLineDashes();
        g.setFill(colors.textMuted());
        g.setFont(kindFont);
        g.fillText(text, x + 5, y + h - 3.5);
    }

    private static final AssetStatus.State[] STATES = AssetStatus.State.values();
    /** Per card, the colour bucket of the last plain frame (reused: no allocation per frame). */
    private int[] buckets = new int[0];
    /** Per colour code, where its cards start in {@link #byBucket}; the cards of the last plain frame by colour. */
    private int[] bucketStart = new int[0];

    private int[] byBucket = new int[0];

    /** A colour bucket (plus 100 when dimmed) as an index from 0: dimmed codes follow the lit ones. */
    private static int dense(int code, int selectedBucket) {
        return code >= 100 ? code - 100 + selectedBucket + 1 : code;
    }

    /**
     * Far out, cards are blocks in their status colour (the group is the box around them); one path per colour,
     * filled once, instead of thousands of fills. Selected cards get the accent colour on top.
     */
    private int drawPlainNodes(GraphicsContext g, Frame f, Rect visible) {
        GraphModel model = f.model();
        List<NodeItem> items = model.nodes();
        int n = items.size();
        if (buckets.length < n) {
            buckets = new int[n];
        }
        int selectedBucket = STATES.length;
        Highlight h = f.highlight();
        int count = 0;
        for (int i = 0; i < n; i++) {
            NodeItem item = items.get(i);
            Rect r = model.nodeRect(i);
            if (item.isGroup() || !r.intersects(visible)) {
                buckets[i] = -1;
                continue;
            }
            int bucket = f.selection().contains(item.key())
                    ? selectedBucket
                    : stateOf(item, f).ordinal();
            boolean dim = h.active() && !h.lit(item.key());
            buckets[i] = bucket + (dim ? 100 : 0);
            count++;
        }
        // Cards by colour (a counting sort): one pass over the cards, not one per colour.
        int codes = 2 * (selectedBucket + 1);
        if (bucketStart.length < codes + 1) {
            bucketStart = new int[codes + 1];
        }
        java.util.Arrays.fill(bucketStart, 0);
        for (int i = 0; i < n; i++) {
            if (buckets[i] >= 0) {
                bucketStart[dense(buckets[i], selectedBucket) + 1]++;
            }
        }
        for (int c = 0; c < codes; c++) {
            bucketStart[c + 1] += bucketStart[c];
        }
        if (byBucket.length < count) {
            byBucket = new int[count];
        }
        int[] next = java.util.Arrays.copyOf(bucketStart, codes);
        for (int i = 0; i < n; i++) {
            if (buckets[i] >= 0) {
                byBucket[next[dense(buckets[i], selectedBucket)]++] = i;
            }
        }
        // A sliver of space between blocks keeps neighbours apart when they share a colour.
        double gap = Math.min(6, 1.5 / f.viewport().scale());
        for (int pass = 0; pass < 2; pass++) {
            boolean dimPass = pass == 0;
            g.setGlobalAlpha(dimPass ? DIMMED : 1);
            for (int bucket = 0; bucket <= selectedBucket; bucket++) {
                int code = dense(bucket + (dimPass ? 100 : 0), selectedBucket);
                if (bucketStart[code] == bucketStart[code + 1]) {
                    continue;
                }
                g.beginPath();
                for (int k = bucketStart[code]; k < bucketStart[code + 1]; k++) {
                    Rect r = model.nodeRect(byBucket[k]);
                    g.rect(r.x(), r.y() + gap, r.width(), Math.max(1, r.height() - 2 * gap));
                }
                g.setFill(bucket == selectedBucket ? colors.accent() : colors.status(STATES[bucket]));
                g.fill();
            }
        }
        g.setGlobalAlpha(1);
        return count;
    }

    private static AssetStatus.State stateOf(NodeItem item, Frame f) {
        AssetStatus status = f.statuses().apply(item.key());
        if (status == null) {
            return item.source() ? AssetStatus.State.SOURCE : AssetStatus.State.MISSING;
        }
        return item.source() && status.state() != AssetStatus.State.RUNNING ? AssetStatus.State.SOURCE : status.state();
    }

    /**
     * A collapsed group: a small stack of cards (the group folded up) with its name, how many assets it holds, a bar of
     * their states and, where it has partitioned assets, the health of their partitions. The text is laid out in
     * screen pixels, so the name stays legible in the zoomed-out overview.
     */
    private void drawGroupCard(GraphicsContext g, Frame f, NodeItem item, Rect r, Color groupColor) {
        Viewport v = f.viewport();
        boolean focused = item.group().equals(f.focusedGroup());
        for (int layer = 2; layer >= 1; layer--) {
            double o = layer * 4;
            g.setFill(colors.surface());
            g.fillRoundRect(r.x() + o, r.y() + o, r.width(), r.height(), CARD_ARC, CARD_ARC);
            g.setStroke(groupColor.deriveColor(0, 1, 1, 0.5));
            g.setLineWidth(Math.max(1, 1 / v.scale()));
            g.strokeRoundRect(r.x() + o, r.y() + o, r.width(), r.height(), CARD_ARC, CARD_ARC);
        }
        g.setFill(blend(colors.surface(), groupColor, colors.isDark() ? 0.18 : 0.10));
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), CARD_ARC, CARD_ARC);
        g.setStroke(focused ? colors.accent() : groupColor);
        g.setLineWidth(Math.max(focused ? 2.5 : 1.5, (focused ? 2.5 : 1.5) / v.scale()));
        g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), CARD_ARC, CARD_ARC);

        double sx = v.toScreenX(r.x());
        double sy = v.toScreenY(r.y());
        double sw = r.width() * v.scale();
        double sh = r.height() * v.scale();
        GroupSummary summary = f.summaries().get(item.group());
        g.save();
        g.setTransform(1, 0, 0, 1, 0, 0);
        double pad = Math.min(12, Math.max(3, sh * 0.12));
        double barH = Math.max(4, Math.min(10, sh * 0.11));
        double barY = sy + sh - pad - barH;
        if (summary != null && summary.partitioned() > 0 && sh >= 60) {
            barY -= 7;
            drawShares(g, summary.partitions(), sx + pad, barY + barH + 4, sw - 2 * pad, 3);
        }
        if (summary != null) {
            drawStateBar(g, summary, sx + pad, barY, sw - 2 * pad, barH);
        }
        if (nameInside(item, sw, sh)) {
            double x = sx + pad + (sw >= 120 ? 14 : 0);
            if (sw >= 120) {
                double cx = sx + pad + 4;
                double cy = sy + pad + 8;
                g.setFill(groupColor);
                g.fillPolygon(new double[] {cx - 2.5, cx - 2.5, cx + 3}, new double[] {cy - 4.5, cy + 4.5, cy}, 3);
            }
            g.setFill(colors.text());
            g.setFont(nameFont);
            g.fillText(KeyText.fit(item.name(), sx + sw - pad - x, t -> width(t, nameFont)), x, sy + pad + 13);
            if (sh >= 56) {
                g.setFill(colors.textMuted());
                g.setFont(smallFont);
                g.fillText(
                        KeyText.fit(groupLine(item, summary), sx + sw - pad - x, t -> width(t, smallFont)),
                        x,
                        sy + pad + 31);
            }
        }
        g.restore();
    }

    /**
     * Whether a group card of {@code sw × sh} screen pixels shows its name inside: it is tall enough and the name
     * keeps most of itself there. Otherwise the name goes on a label over the card ({@link #drawSmallGroupCardLabels}).
     */
    private boolean nameInside(NodeItem item, double sw, double sh) {
        if (sh < SMALL_CARD || sw < 40) {
            return false;
        }
        double pad = Math.min(12, Math.max(3, sh * 0.12));
        double room = sw - 2 * pad - (sw >= 120 ? 14 : 0);
        return width(item.name(), nameFont) <= room * MAX_NAME_SQUEEZE;
    }

    /** How much longer than its room a group card's name may be and still be drawn inside (cut in the middle). */
    private static final double MAX_NAME_SQUEEZE = 1.35;

    /** "523 assets · 3 failed · 12 stale": the count, then what needs attention. */
    private static String groupLine(NodeItem item, GroupSummary summary) {
        StringBuilder line =
                new StringBuilder().append(item.memberCount()).append(item.memberCount() == 1 ? " asset" : " assets");
        if (summary != null) {
            appendCount(line, summary.count(AssetStatus.State.RUNNING), "running");
            appendCount(line, summary.count(AssetStatus.State.FAILED), "failed");
            appendCount(line, summary.count(AssetStatus.State.STALE), "stale");
            appendCount(line, summary.count(AssetStatus.State.PARTIAL), "partial");
            appendCount(line, summary.count(AssetStatus.State.MISSING), "missing");
        }
        return line.toString();
    }

    private static void appendCount(StringBuilder line, int count, String what) {
        if (count > 0) {
            line.append(" · ").append(count).append(' ').append(what);
        }
    }

    /** Segments in state order: fresh, stale, partial, not materialized, failed, running, missing, source. */
    private void drawStateBar(GraphicsContext g, GroupSummary summary, double x, double y, double w, double h) {
        g.setFill(colors.borderMuted());
        g.fillRoundRect(x, y, w, h, h, h);
        double total = Math.max(1, summary.assets());
        double at = x;
        for (AssetStatus.State state : BAR_ORDER) {
            double part = w * summary.count(state) / total;
            if (part > 0) {
                g.setFill(colors.status(state));
                g.fillRect(at, y, part, h);
                at += part;
            }
        }
    }

    private static final AssetStatus.State[] BAR_ORDER = {
        AssetStatus.State.FRESH,
        AssetStatus.State.STALE,
        AssetStatus.State.PARTIAL,
        AssetStatus.State.NOT_MATERIALIZED,
        AssetStatus.State.FAILED,
        AssetStatus.State.RUNNING,
        AssetStatus.State.MISSING,
        AssetStatus.State.SOURCE
    };

    private void drawShares(GraphicsContext g, PartitionBar bar, double x, double y, double w, double h) {
        g.setFill(colors.borderMuted());
        g.fillRect(x, y, w, h);
        double total = Math.max(1e-9, bar.materialized() + bar.failed() + bar.missing());
        double ok = w * bar.materialized() / total;
        double failed = w * bar.failed() / total;
        g.setFill(colors.status(AssetStatus.State.FRESH));
        g.fillRect(x, y, ok, h);
        g.setFill(colors.status(AssetStatus.State.FAILED));
        g.fillRect(x + ok, y, failed, h);
    }

    private void drawStatusDot(
            GraphicsContext g, AssetStatus.State state, double cx, double cy, double radius, double phase) {
        Color color = colors.status(state);
        double alpha = g.getGlobalAlpha();
        switch (state) {
            case MISSING, SOURCE -> {
                // Hollow: nothing (yet) materialized here.
                g.setStroke(color);
                g.setLineWidth(Math.max(1.2, radius / 3));
                g.strokeOval(cx - radius + 0.6, cy - radius + 0.6, 2 * radius - 1.2, 2 * radius - 1.2);
            }
            case RUNNING -> {
                double ring = radius + radius * 1.6 * phase;
                g.setGlobalAlpha(alpha * (1 - phase) * 0.6);
                g.setFill(color);
                g.fillOval(cx - ring, cy - ring, 2 * ring, 2 * ring);
                g.setGlobalAlpha(alpha);
                g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            }
            default -> {
                g.setFill(color);
                g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            }
        }
    }

    private static String statusLine(NodeItem item, AssetStatus.State state, AssetStatus status, Instant now) {
        Instant last = status == null ? null : status.lastMaterialized();
        String when = RelativeTime.compact(last, now);
        if (state == AssetStatus.State.SOURCE) {
            return "Source asset";
        }
        if (state == AssetStatus.State.RUNNING) {
            return "Running…";
        }
        // The engine's words; a partitioned asset shows its partition count instead of a time.
        if (status != null && status.partitions() != null && state != AssetStatus.State.FRESH) {
            return state.title() + " · " + status.partitions().materialized() + "/"
                    + status.partitions().total();
        }
        return state.title() + " · " + (last == null ? "never" : when);
    }

    private void drawPartitionBar(GraphicsContext g, PartitionBar bar, Rect r) {
        double x = r.x() + PAD;
        double w = r.width() - PAD - 12;
        double y = r.maxY() - 8;
        g.setFill(colors.borderMuted());
        g.fillRoundRect(x, y, w, 3, 3, 3);
        if (bar == null) {
            return;
        }
        double total = Math.max(1e-9, bar.materialized() + bar.failed() + bar.missing());
        double ok = w * bar.materialized() / total;
        double failed = w * bar.failed() / total;
        g.setFill(colors.status(AssetStatus.State.FRESH));
        g.fillRect(x, y, ok, 3);
        g.setFill(colors.status(AssetStatus.State.FAILED));
        g.fillRect(x + ok, y, failed, 3);
    }

    // ------------------------------------------------------------------ text

    private void ensureFonts() {
        String current = colors.fontFamily();
        if (!current.equals(family)) {
            family = current;
            nameFont = Font.font(family, FontWeight.BOLD, 13);
            prefixFont = Font.font(family, FontWeight.NORMAL, 12.5);
            smallFont = Font.font(family, FontWeight.NORMAL, 11.5);
            groupFont = Font.font(family, FontWeight.BOLD, 12.5);
            kindFont = Font.font(family, FontWeight.NORMAL, 10);
            labels.clear();
            kindWidths.clear();
            stepTabs.clear();
            widths.clear();
            measured = 0;
        }
    }

    /** {prefix, name} fitted into {@code available}: the prefix gives way first, then the name gets "…". */
    private String[] label(NodeItem item, double available) {
        return labels.computeIfAbsent(item.id(), id -> {
            String name = item.name();
            String prefix = item.prefix();
            double nameWidth = width(name, nameFont);
            if (nameWidth + width(prefix, prefixFont) <= available) {
                return new String[] {prefix, name};
            }
            if (nameWidth <= available) {
                String shortPrefix = prefix.isEmpty() ? "" : ellipsize(prefix, prefixFont, available - nameWidth, true);
                return new String[] {shortPrefix.equals("…") ? "" : shortPrefix, name};
            }
            return new String[] {"", KeyText.fit(name, available, t -> width(t, nameFont))};
        });
    }

    /** The name alone, ellipsized for the zoomed-out cards; cached per font size. */
    private String shortName(NodeItem item, Font font, double available) {
        return shortNames.computeIfAbsent(
                item.id() + "@" + Math.round(font.getSize() * 4),
                id -> width(item.name(), font) <= available
                        ? item.name()
                        : KeyText.fit(item.name(), available, t -> width(t, font)));
    }

    private String ellipsize(String text, Font font, double available, boolean keepEnd) {
        for (int keep = text.length() - 1; keep > 0; keep--) {
            String candidate = keepEnd ? "…" + text.substring(text.length() - keep) : text.substring(0, keep) + "…";
            if (width(candidate, font) <= available) {
                return candidate;
            }
        }
        return "…";
    }

    /**
     * The width of {@code text} in {@code font}, measured once: a frame fits hundreds of names and counts (each fit a
     * binary search of measurements), and the same ones again on the next frame.
     */
    private double width(String text, Font font) {
        Map<String, Double> byText = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double known = byText.get(text);
        if (known != null) {
            return known;
        }
        if (++measured > MAX_MEASURED) {
            widths.clear(); // zoom levels make fonts of many sizes: start over rather than grow without bound
            measured = 1;
            byText = widths.computeIfAbsent(font, f -> new HashMap<>());
        }
        frameMeasures++;
        measure.setFont(font);
        measure.setText(text);
        double w = measure.getLayoutBounds().getWidth();
        byText.put(text, w);
        return w;
    }

    private static Color blend(Color base, Color tint, double amount) {
        return base.interpolate(tint, amount);
    }
}
