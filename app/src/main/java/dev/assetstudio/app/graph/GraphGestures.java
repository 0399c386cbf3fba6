package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.session.StudioSession;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse and keyboard on the graph:
 *
 * <ul>
 *   <li>wheel or pinch: zoom around the pointer; {@code +} / {@code -}: zoom; {@code F}: fit;
 *   <li>drag on empty space, middle-drag anywhere, or drag while holding Space: pan;
 *   <li>click a card: select it; Ctrl/Cmd- or Shift-click: add or remove it; click empty space or Esc:
 *       clear the selection;
 *   <li>Shift-drag on empty space: rubber band (replaces the selection); Ctrl/Cmd-drag: rubber band
 *       that adds to it;
 *   <li>drag a card: place it by hand (kept until "Re-layout");
 *   <li>click a group's chevron or double-click its label: collapse; double-click a collapsed group, or click it
 *       and press Enter: expand;
 *   <li>Alt+Left: back to where the view was before a jump (find, a pick in the catalog);
 *   <li>right-click a card: its menu ({@link GraphContextMenu}).
 * </ul>
 */
final class GraphGestures {

    /** Pixels a press may move and still count as a click. */
    private static final double DRAG_THRESHOLD = 3;

    private enum Mode {
        NONE,
        PAN,
        NODE,
        RUBBER_BAND
    }

    private final GraphView view;
    private final GraphViewModel viewModel;
    private final StudioSession session;
    private final GraphContextMenu menu;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private boolean additive;
    private NodeItem pressedNode;
    private double grabX;
    private double grabY;
    private boolean spaceDown;

    GraphGestures(GraphView view, GraphViewModel viewModel, GraphContextMenu menu) {
        this.view = view;
        this.viewModel = viewModel;
        this.session = viewModel.session();
        this.menu = menu;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            view.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                view.setCursor(Cursor.DEFAULT);
            }
        });
    }

    // ------------------------------------------------------------------ mouse

    /** Whether the event is on the graph itself, not on a control drawn over it (find field, Back, minimap). */
    private boolean onGraph(MouseEvent e) {
        return e.getTarget() == view || e.getTarget() == view.canvas();
    }

    private void pressed(MouseEvent e) {
        if (!onGraph(e)) {
            mode = Mode.NONE;
            return;
        }
        view.requestFocus();
        GraphModel model = viewModel.model();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        pressedNode = null;
        mode = Mode.NONE;
        if (model == null) {
            return;
        }
        double wx = view.viewport().toWorldX(e.getX());
        double wy = view.viewport().toWorldY(e.getY());
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PAN;
            return;
        }
        NodeItem node = view.nodeAt(e.getX(), e.getY());
        if (e.getButton() == MouseButton.SECONDARY) {
            // Right-clicking a card outside the selection makes it the selection, so menu and details agree.
            if (node != null && node.key() != null && !session.selection().contains(node.key())) {
                view.selectHere(() -> session.select(node.key()));
            }
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (node != null) {
            pressedNode = node;
            mode = Mode.NODE;
            Rect r = model.rectOf(node.id());
            grabX = wx - r.x();
            grabY = wy - r.y();
            view.setFocusedGroup(node.isGroup() ? node.group() : null);
            if (node.key() != null) {
                if (e.isShortcutDown() || e.isShiftDown()) {
                    view.selectHere(() -> session.toggle(node.key()));
                } else if (!session.selection().contains(node.key())) {
                    view.selectHere(() -> session.select(node.key()));
                }
            }
            return;
        }
        if (e.isShiftDown() || e.isShortcutDown()) {
            mode = Mode.RUBBER_BAND;
            additive = e.isShortcutDown();
        } else {
            mode = Mode.PAN;
        }
    }

    private void dragged(MouseEvent e) {
        if (!moved && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        switch (mode) {
            case PAN -> {
                view.setCursor(Cursor.CLOSED_HAND);
                view.panBy(e.getX() - lastX, e.getY() - lastY);
            }
            case NODE -> viewModel.moveNode(
                    pressedNode.id(),
                    view.viewport().toWorldX(e.getX()) - grabX,
                    view.viewport().toWorldY(e.getY()) - grabY);
            case RUBBER_BAND -> view.setRubberBand(band(e));
            default -> {}
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (mode == Mode.NONE && !onGraph(e)) {
            return;
        }
        view.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        if (mode == Mode.NODE && moved) {
            viewModel.savePlacements();
        } else if (mode == Mode.NODE
                && pressedNode.key() != null
                && !e.isShortcutDown()
                && !e.isShiftDown()
                && session.selection().size() > 1) {
            // A plain click on a card of a multi-selection narrows the selection to it.
            view.selectHere(() -> session.select(pressedNode.key()));
        } else if (mode == Mode.RUBBER_BAND) {
            selectInBand(e);
        } else if (mode == Mode.PAN && !moved && e.getButton() == MouseButton.PRIMARY && !onGroupLabel(e)) {
            session.clearSelection();
            view.setFocusedGroup(null);
        }
        mode = Mode.NONE;
    }

    private void clicked(MouseEvent e) {
        GraphModel model = viewModel.model();
        if (model == null || !onGraph(e)) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            // Monocle (and some platforms) never send CONTEXT_MENU_REQUESTED: open the menu here too.
            showMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        double wx = view.viewport().toWorldX(e.getX());
        double wy = view.viewport().toWorldY(e.getY());
        NodeItem node = view.nodeAt(e.getX(), e.getY());
        if (node != null) {
            if (node.isGroup() && e.getClickCount() == 2) {
                viewModel.toggleCollapsed(node.group());
            }
            return;
        }
        GroupBox box = HitTester.groupLabelAt(model, wx, wy);
        if (box != null && (e.getClickCount() == 2 || HitTester.onChevron(box, wx, wy))) {
            viewModel.toggleCollapsed(box.group());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        view.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        e.consume();
    }

    private boolean onGroupLabel(MouseEvent e) {
        GraphModel model = viewModel.model();
        return model != null
                && HitTester.groupLabelAt(
                                model,
                                view.viewport().toWorldX(e.getX()),
                                view.viewport().toWorldY(e.getY()))
                        != null;
    }

    private Rect band(MouseEvent e) {
        return new Rect(
                Math.min(pressX, e.getX()),
                Math.min(pressY, e.getY()),
                Math.abs(e.getX() - pressX),
                Math.abs(e.getY() - pressY));
    }

    private void selectInBand(MouseEvent e) {
        view.setRubberBand(null);
        Rect screen = band(e);
        Viewport v = view.viewport();
        Rect world = new Rect(
                v.toWorldX(screen.x()),
                v.toWorldY(screen.y()),
                screen.width() / v.scale(),
                screen.height() / v.scale());
        List<AssetKey> hits = HitTester.nodesIn(viewModel.model(), world).stream()
                .map(NodeItem::key)
                .filter(Objects::nonNull)
                .toList();
        Set<AssetKey> next = new LinkedHashSet<>(additive ? session.selection() : Set.of());
        next.addAll(hits);
        AssetKey focus = hits.isEmpty() ? session.focused() : hits.get(0);
        view.selectHere(() -> session.select(next, next.contains(focus) ? focus : null));
    }

    private void showMenu(double x, double y, double screenX, double screenY) {
        GraphModel model = viewModel.model();
        if (model == null) {
            return;
        }
        NodeItem node = view.nodeAt(x, y);
        menu.show(node, screenX, screenY);
    }

    // ------------------------------------------------------------------ keys

    private void keyPressed(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.LEFT && !e.isShortcutDown()) {
            if (view.goBack()) {
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // Ctrl+= and friends are the window's accelerators
        }
        switch (e.getCode()) {
            case ENTER -> {
                if (view.focusedGroup() == null) {
                    return;
                }
                viewModel.expand(view.focusedGroup());
            }
            case F -> view.fitToView();
            case PLUS, EQUALS, ADD -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case ESCAPE -> session.clearSelection();
            case SPACE -> {
                spaceDown = true;
                view.setCursor(Cursor.OPEN_HAND);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
