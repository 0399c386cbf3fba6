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
    /** Start widths of the side columns in pixels: the graph in the middle gets the rest. */
    private static final double CATALOG_WIDTH = 300;

    private static final double DETAILS_WIDTH = 440; // all six tab headers fit without the overflow menu
    /** The least a side column shrinks to while shown. */
    private static final double MIN_SIDE_WIDTH = 170;
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
    private final BooleanProperty runPanelVisible = new SimpleBooleanProperty(this, "runPanelVisible", true);
    private final BooleanProperty catalogVisible = new SimpleBooleanProperty(this, "catalogVisible", true);
    private final BooleanProperty detailsVisible = new SimpleBooleanProperty(this, "detailsVisible", true);
    private VBox catalogColumn;
    /** The side columns' widths in pixels, kept while they are hidden; set once the window has a width. */
    private double catalogWidth = -1;

    private double detailsWidth = -1;

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
        // Divider positions are fractions; once the window has a width, turn the side columns' pixel widths
        // into them (they then keep their width when the window is resized: not resizable with the parent).
        // A small window gives the side columns less, so the graph keeps most of it.
        columns.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                double w = width.doubleValue();
                if (w > 2 * MIN_SIDE_WIDTH + 200) {
                    catalogWidth = Math.max(MIN_SIDE_WIDTH, Math.min(CATALOG_WIDTH, w * 0.2));
                    detailsWidth = Math.max(MIN_SIDE_WIDTH, Math.min(DETAILS_WIDTH, w * 0.27));
                    applyColumnWidths();
                    columns.widthProperty().removeListener(this);
                }
            }
        });

        runPanel.getChildren().setAll(areaHeader("RUNS"), runPanelBody);
        runPanel.getStyleClass().addAll(Styles.AREA, Styles.RUN_PANEL);
        runPanel.setMinHeight(90);
        VBox.setVgrow(runPanelBody, Priority.ALWAYS);
        SplitPane.setResizableWithParent(runPanel, false);

        rows.setOrientation(Orientation.VERTICAL);
        rows.getItems().addAll(columns, runPanel);
        rows.setDividerPositions(RUN_PANEL_DIVIDER);
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
        detailsVisible.addListener((obs, was, visible) -> showSideColumn(detailsArea, visible, false));
        rows.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number height) {
                double h = height.doubleValue();
                if (h > 300) {
                    rows.setDividerPositions(runPanelDivider());
                    rows.heightProperty().removeListener(this);
                }
            }
        });
        viewModel.setHandler(KEYBOARD_SHORTCUTS, () -> HelpDialogs.showShortcuts(getScene()));
        viewModel.setHandler(ABOUT, () -> HelpDialogs.showAbout(getScene()));

        runPanelVisible.addListener((obs, was, visible) -> showRunPanel(visible));
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
     * Hides a side column, remembering its width, or shows it again at that width. The graph takes or gives back the
     * difference.
     */
    private void showSideColumn(Node column, boolean visible, boolean left) {
        if (!visible) {
            if (column instanceof Region region && region.getWidth() > 0) {
                if (left) {
                    catalogWidth = region.getWidth();
                } else {
                    detailsWidth = region.getWidth();
                }
            }
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

    private double runPanelDivider() {
        double h = rows.getHeight();
        // A low window gives the run panel less (it grows when dragged), so the graph keeps most of the height.
        double panel = Math.min(RUN_PANEL_HEIGHT, Math.max(150, h * 0.2));
        return h <= 0 ? RUN_PANEL_DIVIDER : Math.max(RUN_PANEL_DIVIDER, 1 - panel / h);
    }

    private void showRunPanel(boolean visible) {
        if (visible && !rows.getItems().contains(runPanel)) {
            rows.getItems().add(runPanel);
            rows.setDividerPositions(runPanelDivider());
        } else if (!visible) {
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
