package dev.assetstudio.app.shell;

import static dev.assetstudio.app.shell.StudioAction.*;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.app.ui.EmptyState;
import java.io.File;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The studio's window content: menu bar and toolbar on top; catalog, graph and details side by side; a collapsible
 * run panel below them; a status bar at the bottom.
 *
 * <p>Each area starts with an empty state and is filled by its feature:
 *
 * <pre>{@code
 * window.setCatalog(new CatalogView(catalogViewModel));
 * window.setGraph(new GraphView(graphViewModel));
 * window.details().setContent(DetailsTab.DEFINITION, new DefinitionView(definitionViewModel));
 * window.setRunPanel(new RunView(runViewModel));
 * }</pre>
 *
 * Commands come from {@link StudioAction}s on the {@link MainViewModel}; the window itself handles only what is
 * purely about the window (open dialog, theme, run panel, help, quit).
 */
public final class MainWindow extends BorderPane {

    private static final double RUN_PANEL_DIVIDER = 0.74;
    /** The side columns' widths at most: the graph in the middle gets the rest. */
    private static final double CATALOG_WIDTH = 300;

    private static final double DETAILS_WIDTH = 440; // all six tab headers fit without the overflow menu
    /** The side columns' widths at least, by default (group names and key rows stay readable). */
    private static final double CATALOG_MIN_DEFAULT = 260;

    private static final double DETAILS_MIN_DEFAULT = 250;
    /** The least a side column shrinks to while shown. */
    private static final double MIN_SIDE_WIDTH = 170;
    /**
     * Below this window width the details column starts hidden (it is empty until an asset is picked): the graph,
     * which a big project opens on, keeps most of a 1024 px window. It comes back when the window grows past it, or
     * with its button or shortcut.
     */
    static final double NARROW_WIDTH = 1100;
    /**
     * Below this height of the window's middle the run panel hides itself while no run is going: an empty run panel
     * would take a quarter of a 700 px window from the graph. (In any window it starts hidden until a run starts.)
     */
    static final double LOW_HEIGHT = 600;
    /** The run panel's start height: at most this share of the window's middle, at most {@link #RUN_PANEL_HEIGHT}. */
    private static final double RUN_PANEL_HEIGHT = 190;

    private final MainViewModel viewModel;
    private final Theme theme;
    private final ActionControls controls;

    private final MenuBar menuBar = new MenuBar();
    private final Menu openRecent = new Menu("Open Recent");
    private Menu runMenu;
    private final ToolBar toolBar = new ToolBar();
    private final HBox toolBarTrailing = new HBox(2);
    private final StackPane catalogArea = new StackPane();
    private final StackPane graphArea = new StackPane();
    private final StackPane graphOverlay = new StackPane();
    private final DetailsArea detailsArea;
    private final StackPane runPanelBody = new StackPane();
    private final VBox runPanel = new VBox();
    private final SplitPane columns = new SplitPane();
    private final SplitPane rows = new SplitPane();
    private final TabPane pages = new TabPane();
    private final Tab assetsPage = new Tab("Assets");
    private final Tab runsPage = new Tab("Runs");
    /** Put into the Runs tab the first time it is shown, so a window that never shows it builds nothing. */
    private Node runsPageView;

    private final StatusBar statusBar;
    /** Hidden until a run starts: before that it would only say "No runs yet" in a sixth of the window. */
    private final BooleanProperty runPanelVisible = new SimpleBooleanProperty(this, "runPanelVisible", false);

    private final BooleanProperty catalogVisible = new SimpleBooleanProperty(this, "catalogVisible", true);
    private final BooleanProperty detailsVisible = new SimpleBooleanProperty(this, "detailsVisible", true);
    private VBox catalogColumn;
    /** The side columns' widths in pixels, kept while they are hidden; set once the window has a width. */
    private double catalogWidth = -1;

    private double detailsWidth = -1;
    /** Whether the user dragged a side column to its width: then a resize of the window keeps it. */
    private boolean catalogSized;

    private boolean detailsSized;
    /** The run panel's height once the user dragged it (kept while it is hidden); negative: the default. */
    private double runPanelHeight = -1;
    /** Whether the window hid the details or the run panel for lack of room (not the user). */
    private boolean detailsAutoHidden;

    private boolean runPanelAutoHidden = true;
    /** Whether a run has started in this window: from then on a window that grows tall again shows the run panel. */
    private boolean runSeen;
    /** Whether the window was narrow (low) at the last resize: the automatic hiding happens when that changes. */
    private Boolean narrow;

    private Boolean low;
    /** True while the window itself shows or hides a panel (not a user's toggle). */
    private boolean adjusting;

    public MainWindow(MainViewModel viewModel, Theme theme) {
        this.viewModel = viewModel;
        this.theme = theme;
        this.controls = new ActionControls(viewModel);
        this.detailsArea = new DetailsArea(viewModel.selectedAssetProperty());
        this.statusBar = new StatusBar(viewModel);
        createView();
        initListeners();
    }

    // ------------------------------------------------------------------ plug-in points

    /** Replaces the catalog area (left) with the catalog feature's view. */
    public void setCatalog(Node view) {
        catalogArea.getChildren().setAll(view);
    }

    /** Replaces the graph area (centre) with the graph feature's view. */
    public void setGraph(Node view) {
        graphArea.getChildren().setAll(view);
    }

    /**
     * Shows {@code overlay} on top of the graph area (e.g. a load error over the still-usable graph); null removes it.
     * Only what the overlay itself covers takes the mouse.
     */
    public void setGraphOverlay(Node overlay) {
        if (overlay == null) {
            graphOverlay.getChildren().clear();
        } else {
            graphOverlay.getChildren().setAll(overlay);
        }
    }

    /** Replaces the body of the run panel (bottom) with the run feature's view. */
    public void setRunPanel(Node view) {
        runPanelBody.getChildren().setAll(view);
    }

    /**
     * Puts the Runs page (runs and backfills, a run's detail) in the window's "Runs" tab, beside the
     * "Assets" tab that holds the catalog, graph, details and run panel.
     */
    public void setRunsPage(Node view) {
        runsPageView = view;
        if (runsPage.isSelected()) {
            runsPage.setContent(view);
        }
    }

    /** Switches to the Runs tab ({@link StudioAction#SHOW_RUNS}). */
    public void showRunsPage() {
        pages.getSelectionModel().select(runsPage);
    }

    /** Switches to the Assets tab. */
    public void showAssetsPage() {
        pages.getSelectionModel().select(assetsPage);
    }

    /** True while the Runs tab is the one shown. */
    public javafx.beans.binding.BooleanExpression runsPageShownProperty() {
        return runsPage.selectedProperty();
    }

    /** The details area (right): put views in its tabs with {@link DetailsArea#setContent}. */
    /**
     * Adds a feature's menu to the menu bar, before Help (the asset menu: its items and shortcuts act on the
     * selection).
     */
    public void addMenu(Menu menu) {
        var menus = menuBar.getMenus();
        menus.add(Math.max(0, menus.size() - 1), menu);
    }

    public DetailsArea details() {
        return detailsArea;
    }

    /** The Run menu, for features that add to it (e.g. where runs go: Run › Run on). */
    public Menu runMenu() {
        return runMenu;
    }

    /** Adds a node at the right end of the toolbar (e.g. a search field). */
    public void addToolBarItem(Node node) {
        toolBarTrailing.getChildren().add(0, node);
    }

    /** Adds a node at the right end of the status bar (e.g. who runs the automation daemon). */
    public void addStatusBarItem(Node node) {
        statusBar.addItem(node);
    }

    /** Whether the run panel is shown; toggled by {@link StudioAction#TOGGLE_RUN_PANEL}. */
    public BooleanProperty runPanelVisibleProperty() {
        return runPanelVisible;
    }

    // ------------------------------------------------------------------ view

    private void createView() {
        getStyleClass().add(Styles.STUDIO);
        setTop(createTopBar());
        setCenter(createCenter());
        setBottom(statusBar);
    }

    private Node createTopBar() {
        menuBar.getMenus().addAll(createFileMenu(), createViewMenu(), createRunMenu(), createHelpMenu());
        menuBar.setUseSystemMenuBar(true);

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolBarTrailing
                .getChildren()
                .addAll(
                        controls.iconButton(TOGGLE_CATALOG),
                        controls.iconButton(TOGGLE_RUN_PANEL),
                        controls.iconButton(TOGGLE_DETAILS),
                        controls.iconButton(TOGGLE_THEME));
        toolBar.getStyleClass().add(Styles.TOOLBAR);
        toolBar.getItems()
                .addAll(
                        controls.iconButton(OPEN),
                        controls.iconButton(RELOAD),
                        new Separator(Orientation.VERTICAL),
                        controls.textButton(MATERIALIZE_SELECTED, "Materialize"),
                        controls.textButton(MATERIALIZE_ALL, "Materialize all"),
                        controls.iconButton(CANCEL_RUN),
                        new Separator(Orientation.VERTICAL),
                        controls.iconButton(FIT_TO_VIEW),
                        controls.iconButton(ZOOM_IN),
                        controls.iconButton(ZOOM_OUT),
                        controls.iconButton(RELAYOUT),
                        spacer,
                        toolBarTrailing);

        var top = new VBox(menuBar, toolBar);
        top.getStyleClass().add(Styles.TOP_BAR);
        return top;
    }

    private Menu createFileMenu() {
        openRecent.setId("menu-open-recent");
        return menu(
                "File",
                controls.menuItem(OPEN),
                openRecent,
                controls.menuItem(RELOAD),
                controls.menuItem(PROJECT_SETTINGS),
                new SeparatorMenuItem(),
                controls.menuItem(QUIT));
    }

    private Menu createViewMenu() {
        var layout = menu(
                "Layout",
                controls.menuItem(LAYOUT_LAYERED),
                controls.menuItem(LAYOUT_FORCE_DIRECTED),
                controls.menuItem(LAYOUT_CIRCULAR),
                new SeparatorMenuItem(),
                controls.menuItem(RELAYOUT));
        return menu(
                "View",
                controls.menuItem(UNDO),
                controls.menuItem(FIND),
                controls.menuItem(FIND_IN_GRAPH),
                controls.menuItem(BACK),
                new SeparatorMenuItem(),
                controls.menuItem(FIT_TO_VIEW),
                controls.menuItem(ZOOM_IN),
                controls.menuItem(ZOOM_OUT),
                controls.menuItem(EXPAND_ALL),
                controls.menuItem(COLLAPSE_ALL),
                layout,
                new SeparatorMenuItem(),
                controls.menuItem(TOGGLE_CATALOG),
                controls.menuItem(TOGGLE_DETAILS),
                controls.menuItem(TOGGLE_RUN_PANEL),
                controls.menuItem(TOGGLE_THEME),
                new SeparatorMenuItem(),
                controls.menuItem(AUTOMATION));
    }

    private Menu createRunMenu() {
        runMenu = menu(
                "Run",
                controls.menuItem(MATERIALIZE_SELECTED),
                controls.menuItem(MATERIALIZE_ALL),
                new SeparatorMenuItem(),
                controls.menuItem(CANCEL_RUN),
                new SeparatorMenuItem(),
                controls.menuItem(SHOW_RUNS),
                controls.menuItem(CLUSTER_PANEL));
        return runMenu;
    }

    private Menu createHelpMenu() {
        return menu("Help", controls.menuItem(KEYBOARD_SHORTCUTS), controls.menuItem(ABOUT));
    }

    private static Menu menu(String text, MenuItem... items) {
        var menu = new Menu(text);
        menu.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT));
        menu.getItems().addAll(items);
        return menu;
    }

    private Node createCenter() {
        var openButton = new Button("Open…");
        openButton.getStyleClass().add(Styles.ACCENT);
        openButton.disableProperty().bind(viewModel.executableProperty(OPEN).not());
        openButton.setOnAction(event -> viewModel.execute(OPEN));

        catalogArea
                .getChildren()
                .setAll(new EmptyState(
                        Icon.OPEN, "No project open", "Open an asset jar to browse its assets.", openButton));
        graphArea
                .getChildren()
                .setAll(new EmptyState(
                        Icon.RELAYOUT,
                        "No asset graph yet",
                        "Open an asset jar (File › Open…) to see its assets and how they depend on each other."));
        runPanelBody
                .getChildren()
                .setAll(new EmptyState(Icon.MATERIALIZE, "No runs yet", "Materialize assets to watch the run here."));

        var catalog = area("ASSETS", catalogArea, Styles.CATALOG_AREA);
        catalogColumn = catalog;
        graphOverlay.setPickOnBounds(false);
        var graph = area(null, new StackPane(graphArea, graphOverlay), Styles.GRAPH_AREA);
        columns.getItems().addAll(catalog, graph, detailsArea);
        columns.setDividerPositions(0.2, 0.64);
        SplitPane.setResizableWithParent(catalog, false);
        SplitPane.setResizableWithParent(detailsArea, false);
        catalog.setMinWidth(MIN_SIDE_WIDTH);
        detailsArea.setMinWidth(MIN_SIDE_WIDTH);
        // Divider positions are fractions; the side columns' widths are pixels, turned into positions whenever the
        // window's width changes. Until the user drags a column, its width follows the window's (less in a small
        // window, so the graph keeps most of it); once dragged, it keeps the width the user gave it.
        columns.widthProperty().addListener((obs, old, width) -> columnsResized(width.doubleValue()));
        trackDividerDrags();

        runPanel.getChildren().setAll(areaHeader("RUNS"), runPanelBody);
        runPanel.getStyleClass().addAll(Styles.AREA, Styles.RUN_PANEL);
        runPanel.setMinHeight(90);
        VBox.setVgrow(runPanelBody, Priority.ALWAYS);
        SplitPane.setResizableWithParent(runPanel, false);

        rows.setOrientation(Orientation.VERTICAL);
        rows.getItems().add(columns); // the run panel joins when a run starts (or the user shows it)
        assetsPage.setContent(rows);
        assetsPage.setId("page-assets");
        runsPage.setId("page-runs");
        runsPage.setContent(new EmptyState(Icon.RUN_PANEL, "No project open", "Open an asset jar to see its runs."));
        pages.getTabs().setAll(assetsPage, runsPage);
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.setId("pages");
        runsPage.selectedProperty().addListener((o, was, selected) -> {
            if (selected && runsPageView != null && runsPage.getContent() != runsPageView) {
                runsPage.setContent(runsPageView);
            }
        });
        pages.getStyleClass().add(Styles.PAGES);
        return pages;
    }

    private static VBox area(String title, Pane body, String styleClass) {
        var area = new VBox();
        area.getStyleClass().addAll(Styles.AREA, styleClass);
        if (title != null) {
            area.getChildren().add(areaHeader(title));
        }
        area.getChildren().add(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return area;
    }

    private static HBox areaHeader(String title) {
        var header = new HBox(new Label(title));
        header.getStyleClass().add(Styles.AREA_HEADER);
        return header;
    }

    // ------------------------------------------------------------------ behaviour owned by the window

    private void initListeners() {
        viewModel.setHandler(OPEN, this::chooseAndOpenProject, viewModel.canOpenProjectsProperty());
        viewModel.setHandler(QUIT, Platform::exit);
        viewModel.setHandler(TOGGLE_THEME, theme::toggle);
        viewModel.setHandler(TOGGLE_RUN_PANEL, () -> runPanelVisible.set(!runPanelVisible.get()));
        viewModel.setHandler(TOGGLE_CATALOG, () -> catalogVisible.set(!catalogVisible.get()));
        viewModel.setHandler(TOGGLE_DETAILS, () -> detailsVisible.set(!detailsVisible.get()));
        catalogVisible.addListener((obs, was, visible) -> showSideColumn(catalogColumn, visible, true));
        detailsVisible.addListener((obs, was, visible) -> {
            detailsAutoHidden &= adjusting; // shown or hidden by the user: the window no longer decides
            showSideColumn(detailsArea, visible, false);
        });
        rows.heightProperty().addListener((obs, old, height) -> rowsResized(height.doubleValue()));
        viewModel.runActiveProperty().addListener((obs, was, active) -> {
            runSeen |= active;
            if (active && runPanelAutoHidden) {
                adjust(() -> runPanelVisible.set(true)); // a run started: show it, the window hid it only for room
                runPanelAutoHidden = false;
            }
        });
        viewModel.setHandler(KEYBOARD_SHORTCUTS, () -> HelpDialogs.showShortcuts(getScene()));
        viewModel.setHandler(ABOUT, () -> HelpDialogs.showAbout(getScene()));

        runPanelVisible.addListener((obs, was, visible) -> {
            runPanelAutoHidden &= adjusting;
            showRunPanel(visible);
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                installKeys(scene);
            }
        });
        viewModel.recentProjects().addListener((ListChangeListener<Path>) change -> rebuildOpenRecent());
        openRecent
                .disableProperty()
                .bind(viewModel
                        .canOpenProjectsProperty()
                        .not()
                        .or(javafx.beans.binding.Bindings.isEmpty(viewModel.recentProjects())));
        rebuildOpenRecent();
    }

    /**
     * The keys that are not menu accelerators ({@link Shortcuts}): Ctrl+1…6 pick a details tab; "/" finds, but only
     * as a handler (not a filter), so a focused text field takes the character first.
     */
    private void installKeys(javafx.scene.Scene scene) {
        for (DetailsTab tab : DetailsTab.values()) {
            scene.getAccelerators().put(Shortcuts.tabKey(tab), () -> detailsArea.select(tab));
        }
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, event -> {
            if (Shortcuts.FIND_KEY.equals(event.getCharacter())
                    && !(event.getTarget() instanceof javafx.scene.control.TextInputControl)
                    && viewModel.execute(FIND)) {
                event.consume();
            }
        });
    }

    /** Whether the catalog column is shown; toggled by {@link StudioAction#TOGGLE_CATALOG}. */
    public BooleanProperty catalogVisibleProperty() {
        return catalogVisible;
    }

    /** Whether the details column is shown; toggled by {@link StudioAction#TOGGLE_DETAILS}. */
    public BooleanProperty detailsVisibleProperty() {
        return detailsVisible;
    }

    /**
     * Hides a side column or shows it again at its width (the one the user dragged it to, else the window's default).
     * The graph takes or gives back the difference.
     */
    private void showSideColumn(Node column, boolean visible, boolean left) {
        if (!visible) {
            columns.getItems().remove(column);
        } else if (!columns.getItems().contains(column)) {
            if (left) {
                columns.getItems().add(0, column);
            } else {
                columns.getItems().add(column);
            }
        }
        applyColumnWidths();
    }

    /** Turns the remembered pixel widths of the shown side columns into divider positions. */
    private void applyColumnWidths() {
        double w = columns.getWidth();
        if (w <= 0 || catalogWidth < 0) {
            return;
        }
        boolean catalogShown = columns.getItems().contains(catalogColumn);
        boolean detailsShown = columns.getItems().contains(detailsArea);
        if (catalogShown && detailsShown) {
            columns.setDividerPositions(catalogWidth / w, 1 - detailsWidth / w);
        } else if (catalogShown) {
            columns.setDividerPositions(catalogWidth / w);
        } else if (detailsShown) {
            columns.setDividerPositions(1 - detailsWidth / w);
        }
    }

    /**
     * The window's width changed: side columns the user has not sized follow it, and the details column hides itself
     * when the window becomes narrow (and comes back when it is wide again, unless the user decided meanwhile).
     */
    private void columnsResized(double w) {
        if (w <= 2 * MIN_SIDE_WIDTH + 200) {
            return; // not laid out yet
        }
        if (!catalogSized) {
            catalogWidth = Math.max(CATALOG_MIN_DEFAULT, Math.min(CATALOG_WIDTH, w * 0.2));
        }
        if (!detailsSized) {
            detailsWidth = Math.max(DETAILS_MIN_DEFAULT, Math.min(DETAILS_WIDTH, w * 0.22));
        }
        boolean nowNarrow = w < NARROW_WIDTH;
        if (narrow == null || narrow != nowNarrow) {
            narrow = nowNarrow;
            if (nowNarrow && detailsVisible.get()) {
                adjust(() -> detailsVisible.set(false));
                detailsAutoHidden = true;
            } else if (!nowNarrow && detailsAutoHidden) {
                adjust(() -> detailsVisible.set(true));
                detailsAutoHidden = false;
            }
        }
        applyColumnWidths();
        // The split pane's own layout of this resize keeps the side columns' old pixel widths: set them again after.
        Platform.runLater(() -> {
            if (columns.getWidth() == w) {
                applyColumnWidths();
            }
        });
    }

    /** The window's height changed: the run panel hides itself in a low window until a run starts. */
    private void rowsResized(double h) {
        if (h <= 200) {
            return; // not laid out yet
        }
        boolean nowLow = h < LOW_HEIGHT;
        if (low == null || low != nowLow) {
            boolean first = low == null;
            low = nowLow;
            if (nowLow
                    && runPanelVisible.get()
                    && !viewModel.runActiveProperty().get()) {
                adjust(() -> runPanelVisible.set(false));
                runPanelAutoHidden = true;
            } else if (!nowLow && runPanelAutoHidden && runSeen) {
                adjust(() -> runPanelVisible.set(true));
                runPanelAutoHidden = false;
            } else if (first && rows.getItems().contains(runPanel)) {
                rows.setDividerPositions(runPanelDivider());
            }
        }
    }

    /** Runs a show or hide the window decides on (not the user's toggle). */
    private void adjust(Runnable change) {
        adjusting = true;
        try {
            change.run();
        } finally {
            adjusting = false;
        }
    }

    /**
     * A column or the run panel dragged to a new size by the user keeps it: through resizes of the window and while
     * it is hidden.
     */
    private void trackDividerDrags() {
        double[] before = new double[3];
        boolean[] dragging = {false};
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> {
            dragging[0] = event.getTarget() instanceof Node target && isDivider(target);
            before[0] = catalogColumn.getWidth();
            before[1] = detailsArea.getWidth();
            before[2] = runPanel.getHeight();
        });
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> {
            if (!dragging[0]) {
                return;
            }
            dragging[0] = false;
            if (columns.getItems().contains(catalogColumn) && Math.abs(catalogColumn.getWidth() - before[0]) >= 1) {
                catalogWidth = catalogColumn.getWidth();
                catalogSized = true;
            }
            if (columns.getItems().contains(detailsArea) && Math.abs(detailsArea.getWidth() - before[1]) >= 1) {
                detailsWidth = detailsArea.getWidth();
                detailsSized = true;
            }
            if (rows.getItems().contains(runPanel) && Math.abs(runPanel.getHeight() - before[2]) >= 1) {
                runPanelHeight = runPanel.getHeight();
            }
        });
    }

    private static boolean isDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private double runPanelDivider() {
        double h = rows.getHeight();
        if (h > 0 && runPanelHeight > 0) {
            return Math.max(0.3, 1 - runPanelHeight / h);
        }
        // A low window gives the run panel less (it grows when dragged), so the graph keeps most of the height.
        double panel = Math.min(RUN_PANEL_HEIGHT, Math.max(120, h * 0.18));
        return h <= 0 ? RUN_PANEL_DIVIDER : Math.max(RUN_PANEL_DIVIDER, 1 - panel / h);
    }

    private void showRunPanel(boolean visible) {
        if (visible && !rows.getItems().contains(runPanel)) {
            rows.getItems().add(runPanel);
            rows.setDividerPositions(runPanelDivider());
        } else if (!visible) {
            if (runPanel.getHeight() > 0 && runPanelHeight > 0) {
                runPanelHeight = runPanel.getHeight();
            }
            rows.getItems().remove(runPanel);
        }
    }

    private void rebuildOpenRecent() {
        openRecent.getItems().clear();
        for (Path jar : viewModel.recentProjects()) {
            var item = new MenuItem(
                    jar.getFileName() + "  —  " + jar.toAbsolutePath().getParent());
            item.setOnAction(event -> viewModel.openProject(jar));
            openRecent.getItems().add(item);
        }
    }

    private void chooseAndOpenProject() {
        var chooser = new FileChooser();
        chooser.setTitle("Open asset jar");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Asset jars", "*.jar"));
        File file =
                chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            viewModel.openProject(file.toPath());
        }
    }
}
