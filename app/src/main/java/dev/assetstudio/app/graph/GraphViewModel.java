package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.LatestRequests;
import dev.assetstudio.app.graph.GraphModel.Anchor;
import dev.assetstudio.app.graph.GraphModel.ViewportHint;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.Orientation;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.Notification;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.engine.Project;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;

/**
 * The graph feature's logic, without a window: which cards to show (filters, collapsed groups), where
 * they go (a layout computed off the FX thread, plus the cards placed by hand, persisted per project),
 * what is highlighted (the engine's upstream/downstream closures of the shared selection), and the
 * commands of the graph (materialize, show only upstream/downstream, collapse). The view draws {@link
 * #modelProperty()} and forwards gestures here.
 */
public final class GraphViewModel {

    /** Which side of an asset "show only" keeps. */
    public enum Direction {
        UPSTREAM,
        DOWNSTREAM
    }

    /** The view shows only {@code key} and what lies in {@code direction} of it. */
    public record Filter(AssetKey key, Direction direction) {}

    private static final int MAX_UNDO = 50;

    /**
     * Above this many assets a project opens as its group overview: at a zoom where every card of 150 assets is
     * readable (about 0.8 on a 1280 px graph area) the whole graph no longer fits, so the first view would be a slice
     * of it. The overview shows every group at once instead; a group opens where it is.
     */
    public static final int OVERVIEW_THRESHOLD = 150;

    /** Spacing tuned for 56 px cards and labelled group boxes. */
    static final LayoutOptions OPTIONS =
            new LayoutOptions(Orientation.LEFT_TO_RIGHT, 22, 12, 84, 14, 30, 32, 6, 4, 100, 42L);

    private final StudioSession session;
    private final Materializer materializer;
    private final ReadOnlyObjectWrapper<GraphModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final ReadOnlyObjectWrapper<LayoutKind> layoutKind =
            new ReadOnlyObjectWrapper<>(this, "layoutKind", LayoutKind.LAYERED);
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(this, "filter");
    private final ReadOnlyObjectWrapper<Highlight> highlight =
            new ReadOnlyObjectWrapper<>(this, "highlight", Highlight.NONE);

    private final Set<String> collapsed = new HashSet<>();
    private Map<String, Point> placements = new HashMap<>();
    /** Placements before each hand edit (a drag, a re-layout), newest first; Ctrl+Z goes back one. */
    private final Deque<Map<String, Point>> undoable = new ArrayDeque<>();

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private Map<String, Point> beforeDrag;
    private PlacementStore store;
    /** Whether the placements of the project and kind shown are still to be read (with the next layout). */
    private boolean placementsUnread;
    /** Hand placements not written yet, per file and kind (only the latest of each is written). */
    private final Map<PlacementFile, Map<String, Point>> unsaved = new LinkedHashMap<>();
    /** Writes of hand placements: one at a time, off the FX thread. */
    private final LatestRequests placementWrites;

    private LaidOut laidOut;
    /** Layout computations: only the latest one is shown. */
    private final LatestRequests layouts;

    /** A layout computed off the FX thread, and the hand placements read with it ({@code null}: not read). */
    private record Computed(LaidOut laidOut, Map<String, Point> placements) {}

    /** Where hand placements go: a project's store, for one layout kind. */
    private record PlacementFile(PlacementStore store, LayoutKind kind) {}

    /** A computed layout with what is needed to re-apply placements to it. */
    private record LaidOut(GraphLayout layout, GraphInput input, LayoutKind kind, Set<String> collapsed) {}

    public GraphViewModel(StudioSession session, Materializer materializer) {
        this.session = session;
        this.layouts = session.latestRequests();
        this.placementWrites = new LatestRequests(session.background());
        this.materializer = materializer;
        session.projectProperty().addListener((obs, old, next) -> projectChanged(old, next));
        session.selection().addListener((SetChangeListener<AssetKey>) change -> updateHighlight());
        if (session.project() != null) {
            projectChanged(null, session.project());
        }
    }

    // ------------------------------------------------------------------ state

    /** The picture to draw; null until the first layout is done (or with no project). */
    public ReadOnlyObjectProperty<GraphModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public GraphModel model() {
        return model.get();
    }

    /** True while a layout is being computed (the view shows a progress indicator). */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LayoutKind> layoutKindProperty() {
        return layoutKind.getReadOnlyProperty();
    }

    /** The "show only" filter, or null when every asset is shown. */
    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    public Highlight highlight() {
        return highlight.get();
    }

    /** The cards placed by hand in the current layout kind (top-left corners by node id). */
    public Map<String, Point> placements() {
        return Map.copyOf(placements);
    }

    public Set<String> collapsedGroups() {
        return Set.copyOf(collapsed);
    }

    public StudioSession session() {
        return session;
    }

    /** The materializer the graph's commands run through. */
    public Materializer materializer() {
        return materializer;
    }

    // ------------------------------------------------------------------ layout commands

    /** Lays the graph out with {@code kind} (its own hand placements restored) and fits it. */
    public void setLayoutKind(LayoutKind kind) {
        layoutKind.set(kind);
        forgetUndo();
        placements = new HashMap<>(); // the kind's own, read with its layout
        placementsUnread = store != null;
        runLayout(ViewportHint.FIT, null);
    }

    /** Forgets the hand placements of the current layout kind and lays out again. */
    public void relayout() {
        remember(placements);
        placements.clear();
        placementsUnread = false; // forgotten on purpose: nothing left to read
        savePlacements();
        runLayout(ViewportHint.FIT, null);
    }

    /** Puts the cards back where they were before the last drag or re-layout. */
    public void undo() {
        Map<String, Point> previous = undoable.pollFirst();
        canUndo.set(!undoable.isEmpty());
        if (previous == null) {
            return;
        }
        placements = new HashMap<>(previous);
        savePlacements();
        publish(ViewportHint.KEEP, null);
    }

    /** Whether there is a hand edit to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    private void remember(Map<String, Point> before) {
        undoable.addFirst(Map.copyOf(before));
        while (undoable.size() > MAX_UNDO) {
            undoable.removeLast();
        }
        canUndo.set(true);
    }

    private void forgetUndo() {
        undoable.clear();
        beforeDrag = null;
        canUndo.set(false);
    }

    /** Collapses an expanded group into one card, or expands a collapsed one. */
    public void toggleCollapsed(String group) {
        String card = NodeItem.groupNodeId(group);
        Anchor anchor;
        if (collapsed.remove(group)) {
            anchor = new Anchor(card, "box:" + group);
        } else {
            collapsed.add(group);
            anchor = new Anchor("box:" + group, card);
        }
        runLayout(ViewportHint.ANCHOR, anchor);
    }

    /** Opens a collapsed group where its card was (double-click or Enter on the card). */
    public void expand(String group) {
        if (collapsed.contains(group)) {
            toggleCollapsed(group);
        }
    }

    /** Shows exactly {@code groups} collapsed, keeping the viewport (Back to a view before a jump). */
    public void setCollapsed(Set<String> groups) {
        if (!collapsed.equals(groups)) {
            collapsed.clear();
            collapsed.addAll(groups);
            runLayout(ViewportHint.KEEP, null);
        }
    }

    /** Expands every group (View › Expand all groups) and fits the graph. */
    public void expandAll() {
        if (!collapsed.isEmpty()) {
            collapsed.clear();
            runLayout(ViewportHint.FIT, null);
        }
    }

    /** Collapses every group into one card: the group overview (View › Collapse all groups). */
    public void collapseAll() {
        Project project = session.project();
        if (project != null && !collapsed.containsAll(project.groups().keySet())) {
            collapsed.addAll(project.groups().keySet());
            runLayout(ViewportHint.FIT, null);
        }
    }

    /** Whether {@code project} opens as its group overview ({@link #OVERVIEW_THRESHOLD}). */
    public static boolean opensAsOverview(Project project) {
        return project.assetKeys().size() > OVERVIEW_THRESHOLD
                && project.groups().size() > 1;
    }

    /**
     * Makes {@code key}'s card shown: opens its group if it is collapsed (an asset chosen in the catalog, found, or
     * followed from a link). Returns whether a layout was started for it.
     */
    public boolean expandGroupOf(AssetKey key) {
        Project project = session.project();
        if (key == null || project == null || !project.graph().contains(key)) {
            return false;
        }
        String group = project.asset(key).group();
        if (collapsed.contains(group)) {
            toggleCollapsed(group);
            return true;
        }
        return false;
    }

    /** Moves card {@code id} to have its top-left corner at (x, y), live while dragging. */
    public void moveNode(String id, double x, double y) {
        if (laidOut == null || model.get() == null || model.get().item(id) == null) {
            return;
        }
        if (beforeDrag == null) {
            beforeDrag = Map.copyOf(placements);
        }
        placements.put(id, new Point(x, y));
        publish(ViewportHint.KEEP, null);
    }

    /** Stores the hand placements (call when a drag ends); the drag becomes one undoable edit. */
    public void savePlacements() {
        if (beforeDrag != null) {
            remember(beforeDrag);
            beforeDrag = null;
        }
        if (store == null) {
            return;
        }
        unsaved.put(new PlacementFile(store, layoutKind.get()), Map.copyOf(placements));
        placementWrites.whenIdle(this::writePlacements);
    }

    /** Writes what is unsaved off the FX thread, one write at a time, in the order the edits were made. */
    private void writePlacements() {
        if (unsaved.isEmpty()) {
            return;
        }
        Map<PlacementFile, Map<String, Point>> writing = new LinkedHashMap<>(unsaved);
        unsaved.clear();
        placementWrites
                .run(() -> {
                    writing.forEach((target, snapshot) -> target.store().save(target.kind(), snapshot));
                    return writing.size();
                })
                .onFailure(e -> session.notify(
                        new Notification(Notification.Level.WARNING, "Could not save the layout", e.getMessage())))
                .always(() -> placementWrites.whenIdle(this::writePlacements))
                .start();
    }

    /** Shows only {@code key} and its upstream or downstream assets. */
    public void showOnly(AssetKey key, Direction direction) {
        filter.set(new Filter(key, direction));
        runLayout(ViewportHint.FIT, null);
    }

    /** Drops the "show only" filter. */
    public void showAll() {
        if (filter.get() != null) {
            filter.set(null);
            runLayout(ViewportHint.FIT, null);
        }
    }

    // ------------------------------------------------------------------ run commands

    public void materialize(Collection<AssetKey> keys, Materializer.Scope scope) {
        materializer.materialize(keys, scope);
    }

    /** Whether "Materialize with config…" can open for {@code key}. */
    public boolean canLaunchWithConfig(NodeItem item) {
        return item != null && item.configurable() && session.configLaunchpad().isPresent();
    }

    public void launchWithConfig(AssetKey key) {
        session.configLaunchpad().ifPresent(pad -> pad.open(key));
    }

    // ------------------------------------------------------------------ internals

    private void projectChanged(Project old, Project next) {
        layouts.dropUnderWay(); // results of a layout for the old project are dropped
        if (next == null) {
            laidOut = null;
            store = null;
            placementsUnread = false;
            model.set(null);
            layingOut.set(false);
            updateHighlight();
            return;
        }
        boolean reload = old != null && old.jar().equals(next.jar());
        if (!reload) {
            collapsed.clear();
            filter.set(null);
            if (opensAsOverview(next)) {
                collapsed.addAll(next.groups().keySet());
                AssetKey focused = session.focused();
                if (focused != null && next.graph().contains(focused)) {
                    collapsed.remove(next.asset(focused).group());
                }
            }
        } else if (filter.get() != null && !next.graph().contains(filter.get().key())) {
            filter.set(null);
        }
        store = PlacementStore.of(next);
        if (!reload) {
            forgetUndo();
            placements = new HashMap<>(); // the project's own, read with its layout
            placementsUnread = true;
        }
        updateHighlight();
        // A reload keeps what the user was looking at (and placed); another project is shown whole.
        runLayout(reload ? ViewportHint.KEEP : ViewportHint.FIT, null);
    }

    /** Lays out off the FX thread; the first layout after a switch of project or kind also reads its placements. */
    private void runLayout(ViewportHint hint, Anchor anchor) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        Set<String> collapsedNow = Set.copyOf(collapsed);
        Filter filterNow = filter.get();
        LayoutKind kind = layoutKind.get();
        PlacementStore from = placementsUnread ? store : null;
        layingOut.set(true);
        layouts.run(() -> new Computed(
                        compute(project, collapsedNow, filterNow, kind), from == null ? null : from.load(kind)))
                .onSuccess(result -> {
                    laidOut = result.laidOut();
                    if (result.placements() != null) {
                        // Hand edits made while the file was read win over what it says.
                        Map<String, Point> merged = new HashMap<>(result.placements());
                        merged.putAll(placements);
                        placements = merged;
                        placementsUnread = false;
                    }
                    publish(hint, anchor);
                })
                .onFailure(e -> session.notify(
                        new Notification(Notification.Level.ERROR, "Could not lay out the graph", String.valueOf(e))))
                .onFinally(() -> layingOut.set(false))
                .start();
    }

    /** The assets of the last project laid out, made ready for {@link GraphInput} once: an expand only re-reads them. */
    private volatile PreparedAssets prepared;

    private record PreparedAssets(Project project, GraphInput.Assets assets) {}

    private GraphInput.Assets assetsOf(Project project) {
        PreparedAssets current = prepared;
        if (current == null || current.project() != project) {
            current = new PreparedAssets(project, GraphInput.Assets.of(project.assets()));
            prepared = current;
        }
        return current.assets();
    }

    private LaidOut compute(Project project, Set<String> collapsed, Filter filter, LayoutKind kind) {
        Set<AssetKey> visible = null;
        if (filter != null) {
            Set<AssetKey> start = Set.of(filter.key());
            visible = filter.direction() == Direction.UPSTREAM
                    ? project.graph().allUpstream(start)
                    : project.graph().allDownstream(start);
        }
        GraphInput input = GraphInput.of(assetsOf(project), collapsed, visible);
        GraphLayout layout = kind.algorithm().layout(input.graph(), OPTIONS);
        return new LaidOut(layout, input, kind, collapsed);
    }

    private void publish(ViewportHint hint, Anchor anchor) {
        GraphLayout placed =
                Placements.apply(laidOut.layout(), placements, laidOut.input().extraEdges(), OPTIONS);
        GraphModel previous = model.get();
        List<NodeItem> items = laidOut.input().items();
        if (previous != null && hint == ViewportHint.KEEP && previous.nodes().equals(items)) {
            model.set(previous.withLayout(placed, hint, anchor));
        } else {
            model.set(new GraphModel(
                    placed,
                    laidOut.kind(),
                    items,
                    laidOut.collapsed(),
                    hint,
                    anchor,
                    laidOut.input().edgeWeights()));
        }
    }

    private void updateHighlight() {
        Project project = session.project();
        highlight.set(project == null ? Highlight.NONE : Highlight.of(project.graph(), session.selection()));
    }

    /** The asset shown by card {@code id}, if it is an asset card. */
    public Optional<AssetKey> keyOf(String id) {
        GraphModel current = model.get();
        NodeItem item = current == null ? null : current.item(id);
        return Optional.ofNullable(item == null ? null : item.key());
    }
}
