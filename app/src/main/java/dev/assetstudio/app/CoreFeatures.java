package dev.assetstudio.app;

import static dev.assetstudio.app.shell.StudioAction.CANCEL_RUN;
import static dev.assetstudio.app.shell.StudioAction.FIND;
import static dev.assetstudio.app.shell.StudioAction.MATERIALIZE_ALL;
import static dev.assetstudio.app.shell.StudioAction.MATERIALIZE_SELECTED;
import static dev.assetstudio.app.shell.StudioAction.PROJECT_SETTINGS;
import static dev.assetstudio.app.shell.StudioAction.RELOAD;
import static dev.assetstudio.app.shell.StudioAction.SHOW_RUNS;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.actions.AssetAction;
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.actions.AssetMenus;
import dev.assetstudio.app.catalog.CatalogView;
import dev.assetstudio.app.catalog.CatalogViewModel;
import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;
import dev.assetstudio.app.project.JarDropTarget;
import dev.assetstudio.app.project.LoadErrorView;
import dev.assetstudio.app.project.ProjectSettingsDialog;
import dev.assetstudio.app.project.ProjectViewModel;
import dev.assetstudio.app.project.RecentProjects;
import dev.assetstudio.app.run.NotificationToasts;
import dev.assetstudio.app.run.RunPanelView;
import dev.assetstudio.app.run.RunPanelViewModel;
import dev.assetstudio.app.runs.RunsPageView;
import dev.assetstudio.app.runs.RunsPageViewModel;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.stage.Stage;

/**
 * The studio's core features wired into the window: opening projects (File › Open, recent, drop, reload, watching
 * the jar, the window title), the catalog, the materialize commands, the Runs page and the run panel with its
 * notifications. {@link StudioApp} installs it first, like every {@link StudioFeature}; UI tests do the same with a
 * temporary home. Closing the window closes the open project.
 */
public final class CoreFeatures implements StudioFeature {
    private final ProjectOptions options;
    private final RecentProjects recent;
    private ProjectViewModel projects;
    private CatalogViewModel catalog;
    private RunPanelViewModel runs;

    /**
     * @param options how projects are opened (in a worker process, in the studio)
     * @param recent the recently opened jars
     */
    public CoreFeatures(ProjectOptions options, RecentProjects recent) {
        this.options = Objects.requireNonNull(options, "options");
        this.recent = Objects.requireNonNull(recent, "recent");
    }

    /** Opening and reloading projects (after {@link #install}). */
    public ProjectViewModel projects() {
        return projects;
    }

    /** The asset tree (after {@link #install}). */
    public CatalogViewModel catalog() {
        return catalog;
    }

    /** The run panel (after {@link #install}). */
    public RunPanelViewModel runs() {
        return runs;
    }

    /** Creates the features and puts their views and commands into the context's window and shell. */
    @Override
    public void install(StudioContext context) {
        MainWindow window = context.window();
        MainViewModel main = context.main();
        StudioSession session = context.session();
        Materializer materializer = context.materializer();
        projects = new ProjectViewModel(session, main, options, recent, Platform::runLater);
        main.setOpenProjectHandler(projects::open);
        main.setHandler(RELOAD, projects::reload);
        main.setHandler(PROJECT_SETTINGS, () -> projects.settings().ifPresent(model -> new ProjectSettingsDialog(
                        model,
                        window.getScene() == null ? null : window.getScene().getWindow())
                .show()));
        window.setGraphOverlay(new LoadErrorView(projects));

        AssetActions actions = context.actions();
        catalog = new CatalogViewModel(session, materializer);
        var catalogView = new CatalogView(catalog, session, actions);
        window.setCatalog(catalogView);
        main.setHandler(FIND, catalogView::focusFilter);
        // The toolbar's Materialize and the Asset menu follow the same rule as the context menus.
        Supplier<List<AssetKey>> selected = () -> AssetActions.targetOf(session.focused(), session.selection());
        Observable[] selectionChanges = {
            session.selection(), session.focusedProperty(), session.projectProperty(), session.configLaunchpadProperty()
        };
        main.setHandler(
                MATERIALIZE_SELECTED,
                () -> actions.execute(AssetAction.MATERIALIZE, selected.get()),
                AssetMenus.enabled(actions, AssetAction.MATERIALIZE, selected, selectionChanges));
        window.addMenu(AssetMenus.liveMenu(actions, "Asset", "asset", selected, selectionChanges));
        main.setLabel(
                MATERIALIZE_SELECTED,
                Bindings.createStringBinding(
                        () -> session.selection().isEmpty()
                                ? "Materialize selected"
                                : "Materialize selected (" + session.selection().size() + ")",
                        session.selection()));
        main.setHandler(MATERIALIZE_ALL, materializer::materializeAll);
        main.setHandler(CANCEL_RUN, materializer::cancelAll);
        // The shell's "needs a selection" commands follow the asset whose details are shown.
        session.focusedProperty()
                .addListener((obs, old, key) -> main.setSelectedAsset(key == null ? null : key.toString()));

        var runsPage = new RunsPageViewModel(session);
        runsPage.setActive(false); // until the page is shown
        var runDetail = new RunPanelViewModel(session, main, materializer, false);
        window.setRunsPage(new RunsPageView(runsPage, runDetail));
        window.runsPageShownProperty().addListener((o, was, shown) -> runsPage.setActive(shown));
        main.setHandler(SHOW_RUNS, window::showRunsPage);

        runs = new RunPanelViewModel(session, main, materializer);
        var runPanel = new RunPanelView(runs);
        runPanel.setOpenAction("Details", id -> {
            runsPage.openRun(id);
            window.showRunsPage();
        });
        window.setRunPanel(runPanel);

        Stage stage = context.stage();
        stage.titleProperty().bind(projects.titleProperty());
        JarDropTarget.install(window, projects);
        NotificationToasts.install(session, stage);
        context.onClose(() -> {
            projects.close();
            Project open = session.project();
            if (open != null) {
                open.close(); // Flushes history before the JVM goes.
            }
        });
        context.whenReady(() -> session.project() != null && !session.statuses().isEmpty());
    }
}
