package dev.assetstudio.app.catalog;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.actions.AssetAction;
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.actions.AssetMenus;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.theme.GroupColors;
import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.EmptyState;
import dev.assetstudio.app.ui.RelativeTime;
import dev.assetstudio.app.ui.StatusBadge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The catalog on the left of the window: a filter field, then the assets by group with a status badge and when each
 * was last materialized. Selection is shared with the rest of the studio through the session, both ways. Right-click
 * (or the menu key) on an asset offers the materialize commands; Enter materializes the selection, Ctrl+C copies keys.
 */
public final class CatalogView extends VBox {

    private static final KeyCombination COPY = KeyCombination.valueOf("Shortcut+C");

    private final CatalogViewModel viewModel;
    private final StudioSession session;
    private final AssetActions actions;
    private final TextField filter = new TextField();
    private final Label hint = new Label();
    private final javafx.scene.control.MenuButton filterMenu = new javafx.scene.control.MenuButton("Filter");
    private final javafx.scene.layout.FlowPane chipPane = new javafx.scene.layout.FlowPane();
    private final TreeView<Row> tree = new TreeView<>(new TreeItem<>());
    private final EmptyState noProject =
            new EmptyState(Icon.OPEN, "No project open", "Open an asset jar (File › Open…) or drop one on the window.");
    private final ContextMenu menu = new ContextMenu();
    private final Map<AssetKey, TreeItem<Row>> itemsByKey = new HashMap<>();
    private final Set<String> collapsedGroups = new HashSet<>();
    private boolean syncing;
    private boolean refreshPending;
    private dev.assetstudio.engine.Project shownProject;

    /** A tree row: a group, or an asset of one. */
    record Row(CatalogGroup group, AssetKey key) {
        boolean isAsset() {
            return key != null;
        }
    }

    public CatalogView(CatalogViewModel viewModel, StudioSession session) {
        this(viewModel, session, new AssetActions(session, viewModel.materializer()));
    }

    /**
     * A catalog whose row menu and keys run {@code actions}; the catalog adds its own commands to them (show only
     * upstream or downstream narrows the filter, show in catalog).
     */
    public CatalogView(CatalogViewModel viewModel, StudioSession session, AssetActions actions) {
        this.viewModel = viewModel;
        this.session = session;
        this.actions = actions;
        createView();
        initListeners();
        actions.on(AssetAction.SHOW_UPSTREAM, keys -> viewModel.showUpstream(keys.get(0)));
        actions.on(AssetAction.SHOW_DOWNSTREAM, keys -> viewModel.showDownstream(keys.get(0)));
        actions.on(AssetAction.SHOW_IN_CATALOG, keys -> showInCatalog(keys.get(0)));
    }

    /** Selects {@code key} in the tree, clearing a filter that hides it, and puts the focus there. */
    private void showInCatalog(AssetKey key) {
        if (!itemsByKey.containsKey(key)) {
            viewModel.filterTextProperty().set("");
        }
        session.select(key);
        tree.requestFocus();
    }

    // ------------------------------------------------------------------ view

    private void createView() {
        setId("catalog");
        filter.setId("catalog-filter");
        // Short enough for a narrow column; the syntax is a hover away.
        filter.setPromptText("Filter assets…");
        filter.setTooltip(new Tooltip("Text in a key, or a selection: key+ (and downstream), +key (and upstream),"
                + " kind:csv, owner:team:x, status:degraded…"));
        hint.setId("catalog-hint");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        tree.setId("catalog-tree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new CatalogCell());
        menu.setId("catalog-menu");

        filterMenu.setId("catalog-filter-menu");
        filterMenu.setTooltip(new Tooltip("Filter by health, kind, owner or tag"));
        filterMenu.setOnShowing(event -> fillFilterMenu());
        filterMenu.getItems().add(new MenuItem("…")); // a MenuButton with no items never shows
        filterMenu.setMinWidth(Region.USE_PREF_SIZE);
        chipPane.setId("catalog-chips");
        chipPane.setHgap(4);
        chipPane.setVgap(4);
        HBox.setHgrow(filter, Priority.ALWAYS);
        var filterRow = new HBox(4, filter, filterMenu);
        filterRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var top = new VBox(6, filterRow, chipPane, hint);
        top.setPadding(new Insets(8));
        var body = new StackPane(tree, noProject);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(top, body);
        setMinSize(0, 0);
    }

    private void initListeners() {
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (event.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
            }
        });
        viewModel.chips().addListener((SetChangeListener<FilterChip>) change -> showChips());
        chipPane.managedProperty().bind(chipPane.visibleProperty());
        showChips();
        hint.textProperty().bind(viewModel.hintProperty());
        hint.visibleProperty().bind(viewModel.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        noProject.visibleProperty().bind(session.projectProperty().isNull());
        tree.visibleProperty().bind(session.projectProperty().isNotNull());

        viewModel.groupsProperty().addListener((obs, old, groups) -> rebuild(groups));
        rebuild(viewModel.groupsProperty().get());

        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<Row>>)
                c -> treeSelected());
        session.selection().addListener((SetChangeListener<AssetKey>) c -> showSessionSelection());
        session.focusedProperty().addListener((obs, old, focused) -> showSessionSelection());
        session.statuses().addListener((MapChangeListener<AssetKey, Object>) c -> refreshSoon());
        session.health().addListener((MapChangeListener<AssetKey, Object>) c -> refreshSoon());
        viewModel.partitionCounts().addListener((MapChangeListener<AssetKey, String>) c -> refreshSoon());
        // A taller tree shows rows through cells it kept aside while they were out of sight, as they were
        // drawn then (their item is the same row, so they are not filled again): a status that changed
        // meanwhile would stay old. Fill them anew once the tree grew.
        tree.heightProperty().addListener((obs, was, now) -> {
            if (now.doubleValue() > was.doubleValue()) {
                refreshSoon();
            }
        });

        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // "3 min ago" ages by itself.
        var clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> tree.refresh()));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    private void rebuild(List<CatalogGroup> groups) {
        var project = session.project();
        if (project != shownProject) {
            // Another project (not a reload of the same jar): a big one starts with every group collapsed.
            if (project == null || shownProject == null || !shownProject.jar().equals(project.jar())) {
                collapsedGroups.clear();
                if (project != null && CatalogViewModel.isBig(project)) {
                    collapsedGroups.addAll(project.groups().keySet());
                }
            }
            shownProject = project;
        }
        // While filtering, the matches are what the user looks for: their groups open, unless there are very many.
        String filterText = viewModel.filterTextProperty().get();
        boolean filtering = filterText != null && !filterText.isBlank();
        int shownAssets = groups.stream().mapToInt(g -> g.keys().size()).sum();
        boolean openAll = filtering && shownAssets <= 500;
        syncing = true;
        try {
            itemsByKey.clear();
            List<TreeItem<Row>> groupItems = new ArrayList<>();
            for (CatalogGroup group : groups) {
                var groupItem = new TreeItem<>(new Row(group, null));
                for (AssetKey key : group.keys()) {
                    var item = new TreeItem<>(new Row(group, key));
                    itemsByKey.put(key, item);
                    groupItem.getChildren().add(item);
                }
                groupItem.setExpanded(openAll || !collapsedGroups.contains(group.name()));
                groupItem.expandedProperty().addListener((obs, was, expanded) -> {
                    if (expanded) {
                        collapsedGroups.remove(group.name());
                    } else {
                        collapsedGroups.add(group.name());
                    }
                });
                groupItems.add(groupItem);
            }
            tree.getSelectionModel().clearSelection();
            tree.getRoot().getChildren().setAll(groupItems);
        } finally {
            syncing = false;
        }
        showSessionSelection();
    }

    // ------------------------------------------------------------------ selection, both ways

    private void treeSelected() {
        if (syncing) {
            return;
        }
        List<AssetKey> keys = selectedKeys();
        if (keys.isEmpty() && !tree.getSelectionModel().getSelectedItems().isEmpty()) {
            return; // Only group rows: they are not assets, the shared selection stays.
        }
        TreeItem<Row> lead = tree.getSelectionModel().getSelectedItem();
        AssetKey focus =
                lead != null && lead.getValue() != null ? lead.getValue().key() : null;
        syncing = true;
        try {
            viewModel.select(keys, focus);
        } finally {
            syncing = false;
        }
    }

    private void showSessionSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            var model = tree.getSelectionModel();
            model.clearSelection();
            for (AssetKey key : session.selection()) {
                TreeItem<Row> item = itemsByKey.get(key);
                if (item != null && key != null && !key.equals(session.focused())) {
                    model.select(item);
                }
            }
            // The focused one last, so it is the lead and scrolled to.
            TreeItem<Row> focused = itemsByKey.get(session.focused());
            if (focused != null) {
                if (focused.getParent() != null && !focused.getParent().isExpanded()) {
                    focused.getParent().setExpanded(true);
                }
                model.select(focused);
                int row = tree.getRow(focused);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private List<AssetKey> selectedKeys() {
        return tree.getSelectionModel().getSelectedItems().stream()
                .filter(item -> item != null
                        && item.getValue() != null
                        && item.getValue().isAsset())
                .map(item -> item.getValue().key())
                .distinct()
                .toList();
    }

    private void refreshSoon() {
        // Status updates come in bursts during a run; one refresh per pulse is enough.
        if (!refreshPending) {
            refreshPending = true;
            Platform.runLater(() -> {
                refreshPending = false;
                tree.refresh();
            });
        }
    }

    /** The filter menu: per facet, a check item for each value the project has. */
    private void fillFilterMenu() {
        List<MenuItem> items = new ArrayList<>();
        viewModel.availableChips().forEach((facet, chips) -> {
            if (chips.isEmpty()) {
                return;
            }
            var sub = new javafx.scene.control.Menu(facet.title());
            sub.setId("catalog-filter-" + facet.name().toLowerCase(java.util.Locale.ROOT));
            for (FilterChip chip : chips) {
                var item = new javafx.scene.control.CheckMenuItem(chip.value());
                item.setId(chipId(chip));
                item.setSelected(viewModel.chips().contains(chip));
                item.setOnAction(event -> {
                    if (item.isSelected()) {
                        viewModel.chips().add(chip);
                    } else {
                        viewModel.chips().remove(chip);
                    }
                });
                sub.getItems().add(item);
            }
            items.add(sub);
        });
        if (!viewModel.chips().isEmpty()) {
            var clear = new MenuItem("Clear filters");
            clear.setId("catalog-filter-clear");
            clear.setOnAction(event -> viewModel.chips().clear());
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        if (items.isEmpty()) {
            var none = new MenuItem("No project open");
            none.setDisable(true);
            items.add(none);
        }
        filterMenu.getItems().setAll(items);
    }

    /** The chips that are on, each a small button that takes it off. */
    private void showChips() {
        List<javafx.scene.Node> shown = new ArrayList<>();
        viewModel.chips().stream()
                .sorted(java.util.Comparator.comparing(FilterChip::facet).thenComparing(FilterChip::value))
                .forEach(chip -> {
                    var button = new javafx.scene.control.Button(chip.label() + "  ×");
                    button.setId(chipId(chip) + "-on");
                    button.getStyleClass().add(Styles.FILTER_CHIP);
                    button.setTooltip(new Tooltip("Remove this filter"));
                    button.setOnAction(event -> viewModel.chips().remove(chip));
                    shown.add(button);
                });
        chipPane.getChildren().setAll(shown);
        chipPane.setVisible(!shown.isEmpty());
        filterMenu.setText(shown.isEmpty() ? "Filter" : "Filter (" + shown.size() + ")");
    }

    /** The node id of a chip's menu item, e.g. {@code catalog-chip-kind-csv}; its button adds {@code -on}. */
    static String chipId(FilterChip chip) {
        return "catalog-chip-" + chip.facet().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + chip.value().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Puts the caret in the filter field with its text selected (View › Find asset…, Ctrl+F or /). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    // ------------------------------------------------------------------ commands

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && !selectedKeys().isEmpty()) {
            actions.execute(AssetAction.MATERIALIZE, selectedKeys());
            event.consume();
        } else if (COPY.match(event) && !selectedKeys().isEmpty()) {
            actions.execute(AssetAction.COPY_KEY, selectedKeys());
            event.consume();
        }
    }

    private void showMenu(TreeCell<Row> cell, double screenX, double screenY) {
        Row row = cell.getItem();
        if (row == null || !row.isAsset()) {
            return;
        }
        if (!cell.isSelected()) {
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(cell.getTreeItem());
        }
        menu.getItems()
                .setAll(AssetMenus.contextItems(actions, "catalog", AssetActions.targetOf(row.key(), selectedKeys())));
        if (menu.isShowing()) {
            menu.hide();
        }
        menu.show(cell, screenX, screenY);
    }

    /** The context menu (tests look into it). */
    ContextMenu menu() {
        return menu;
    }

    // ------------------------------------------------------------------ cells

    /** A group row ("nutrition (6)" with its colour) or an asset row (badge, name, "3 min ago"). */
    /** The style class of the health dot of an asset row; {@code …-healthy}, {@code …-degraded}… add the colour. */
    static final String HEALTH_DOT = Styles.HEALTH_DOT;

    /** A group's health summary, worst first: {@code 1 degraded · 2 warning}, or {@code ""} when all is well. */
    private String groupHealth(CatalogGroup group) {
        long degraded = group.keys().stream()
                .map(viewModel::health)
                .filter(h -> h != null && h.state() == dev.assetstudio.engine.AssetHealth.State.DEGRADED)
                .count();
        long warning = group.keys().stream()
                .map(viewModel::health)
                .filter(h -> h != null && h.state() == dev.assetstudio.engine.AssetHealth.State.WARNING)
                .count();
        List<String> parts = new java.util.ArrayList<>();
        if (degraded > 0) {
            parts.add(degraded + " degraded");
        }
        if (warning > 0) {
            parts.add(warning + " warning");
        }
        return String.join(" · ", parts);
    }

    private final class CatalogCell extends TreeCell<Row> {
        private final Region groupDot = new Region();
        private final Label name = new Label();
        private final Label time = new Label();
        private final Region healthDot = new Region();
        private final Label groupHealth = new Label();
        private final Label partitions = new Label();
        private final Label count = new Label();
        private final Region spacer = new Region();
        private final HBox box = new HBox(6);
        private final Tooltip tooltip = new Tooltip();
        private String groupColorClass;

        CatalogCell() {
            // As wide as the tree, never wider: long keys are cut with an ellipsis, and the time stays visible.
            setPrefWidth(0);
            HBox.setHgrow(spacer, Priority.ALWAYS);
            time.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            time.setMinWidth(Region.USE_PREF_SIZE);
            // A long key or group name loses its middle, not its distinctive end; the tooltip has it whole.
            dev.assetstudio.app.ui.KeyLabels.middle(name);
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            count.setMinWidth(Region.USE_PREF_SIZE);
            partitions.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            partitions.setMinWidth(Region.USE_PREF_SIZE);
            partitions.setId("catalog-partitions");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            groupDot.setMinSize(8, 8);
            groupDot.setMaxSize(8, 8);
            groupDot.getStyleClass().add(Styles.CATALOG_GROUP_DOT);
            healthDot.getStyleClass().add(HEALTH_DOT);
            healthDot.setMinSize(8, 8);
            healthDot.setMaxSize(8, 8);
            groupHealth.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            groupHealth.setMinWidth(Region.USE_PREF_SIZE);
            tooltip.setShowDelay(Duration.millis(400));
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.SECONDARY) {
                    // Monocle (and some platforms) never send a ContextMenuEvent for a right-click.
                    showMenu(this, event.getScreenX(), event.getScreenY());
                    event.consume();
                }
            });
            addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
                showMenu(this, event.getScreenX(), event.getScreenY());
                event.consume();
            });
            addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
                if (event.getButton() == MouseButton.PRIMARY && menu.isShowing()) {
                    menu.hide();
                }
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (groupColorClass != null) {
                groupDot.getStyleClass().remove(groupColorClass);
                groupColorClass = null;
            }
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                getStyleClass().removeAll(Styles.CATALOG_GROUP, Styles.CATALOG_ASSET);
                return;
            }
            setText(null);
            if (!row.isAsset()) {
                groupColorClass = GroupColors.styleClass(row.group().name());
                groupDot.getStyleClass().add(groupColorClass);
                // The name may be cut in the middle; the count never is.
                String label = row.group().label();
                name.setText(row.group().name());
                count.setText(label.substring(row.group().name().length()).strip());
                if (!name.getStyleClass().contains(Styles.CATALOG_GROUP_NAME)) {
                    name.getStyleClass().add(Styles.CATALOG_GROUP_NAME);
                }
                String health = groupHealth(row.group());
                groupHealth.setText(health);
                if (health.isEmpty()) {
                    box.getChildren().setAll(groupDot, name, count); // the name gets all the room there is
                } else {
                    box.getChildren().setAll(groupDot, name, count, spacer, groupHealth);
                }
                tooltip.setText(label);
                setTooltip(tooltip);
                getStyleClass().remove(Styles.CATALOG_ASSET);
                getStyleClass().add(Styles.CATALOG_GROUP);
            } else {
                var status = viewModel.status(row.key());
                var badge = StatusBadge.create(status.state(), 14);
                name.setText(row.key().toString());
                name.getStyleClass().remove(Styles.CATALOG_GROUP_NAME);
                time.setText(
                        status.lastMaterialized() == null
                                ? ""
                                : RelativeTime.format(status.lastMaterialized(), Instant.now()));
                var health = viewModel.health(row.key());
                healthDot.getStyleClass().removeIf(c -> c.startsWith(HEALTH_DOT + "-"));
                healthDot
                        .getStyleClass()
                        .add(HEALTH_DOT + "-"
                                + (health == null ? "unknown" : health.state().word()));
                String counts = viewModel.partitionCounts().get(row.key());
                partitions.setText(counts == null ? "" : counts);
                if (counts == null) {
                    box.getChildren().setAll(badge, name, spacer, time, healthDot);
                } else {
                    box.getChildren().setAll(badge, name, spacer, partitions, time, healthDot);
                }
                String reason = status.reason().isBlank() ? "" : "\n" + status.reason();
                String partitionLine = counts == null ? "" : "\n" + counts + " partitions materialized";
                String healthText = health == null
                        ? ""
                        : "\nHealth: " + health.state().word()
                                + (health.reasons().isEmpty() ? "" : " — " + String.join("; ", health.reasons()));
                tooltip.setText(
                        row.key() + "\n" + StatusBadge.describe(status.state()) + reason + partitionLine + healthText);
                setTooltip(tooltip);
                getStyleClass().remove(Styles.CATALOG_GROUP);
                getStyleClass().add(Styles.CATALOG_ASSET);
                setAccessibleText(row.key() + ", " + StatusBadge.describe(status.state()));
            }
            setGraphic(box);
        }
    }
}
