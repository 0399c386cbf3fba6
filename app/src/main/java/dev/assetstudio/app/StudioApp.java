package dev.assetstudio.app;

import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.automation.AutomationFeature;
import dev.assetstudio.app.cluster.ClusterFeature;
import dev.assetstudio.app.details.DetailsFeature;
import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.graph.GraphFeature;
import dev.assetstudio.app.launchpad.LaunchpadFeature;
import dev.assetstudio.app.partitions.PartitionsFeature;
import dev.assetstudio.app.project.RecentProjects;
import dev.assetstudio.app.screenshot.ScreenshotTaker;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.theme.AppIcon;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.Execution;
import dev.assetstudio.engine.ProjectOptions;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: reads the {@link StartupOptions}, builds the {@link MainWindow}, installs every
 * {@link StudioFeature} into it through one {@link StudioContext} (this is the place they are plugged in), shows it,
 * and takes a screenshot if asked.
 */
public final class StudioApp extends Application {

    private static final double PREFERRED_WIDTH = 1440;
    private static final double PREFERRED_HEIGHT = 900;

    private static volatile int exitCode;

    /** How long {@code --screenshot} waits for the window to be drawn; longer on a busy machine. */
    private final ScreenshotTaker screenshots =
            new ScreenshotTaker(Duration.ofSeconds(Long.getLong("asset-studio.screenshot.timeout", 20)));

    /** The process exit code the launcher should use once the toolkit has stopped. */
    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options;
        try {
            options = StartupOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StartupOptions.USAGE);
            exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StartupOptions.USAGE);
            exit(0);
            return;
        }

        // Metadata URLs open in the browser, paths are revealed in the file manager.
        dev.assetstudio.app.metadata.Links.setOpener(getHostServices()::showDocument);
        var theme = Theme.fromPreferences();
        options.dark().ifPresent(theme::overrideForSession);
        var viewModel = new MainViewModel();
        var window = new MainWindow(viewModel, theme);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        var scene = new Scene(
                window, Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        theme.install(scene);
        stage.setTitle("Asset Studio");
        stage.getIcons().addAll(AppIcon.images());
        stage.setScene(scene);

        // The shared state every feature works on, and the one way each feature is plugged in.
        var session = new StudioSession(BackgroundTasks.onThreadPool());
        var materializer = new Materializer(session);
        var context = new StudioContext(
                stage,
                window,
                viewModel,
                session,
                materializer,
                new AssetActions(session, materializer),
                screenshots::whenReady);
        // Studio core: projects, catalog, materialize commands, run panel; the project's code runs in a worker
        // process, so no asset can close the studio.
        var projectOptions =
                ProjectOptions.builder().execution(Execution.WORKER).build();
        var core = new CoreFeatures(projectOptions, RecentProjects.forUser());
        List<StudioFeature> features = List.of(
                core,
                new PartitionsFeature(),
                new GraphFeature(
                        (key, bar) -> core.catalog().setPartitionCounts(key, bar == null ? null : bar.counts())),
                new DetailsFeature(),
                new LaunchpadFeature(),
                new AutomationFeature(),
                new ClusterFeature(core::projects, projectOptions.home()));
        features.forEach(feature -> feature.install(context));

        options.select().ifPresent(core.projects()::selectOnLoad);
        if (options.tab().isPresent()) {
            var tab = DetailsTab.fromName(options.tab().get());
            if (tab.isEmpty()) {
                System.err.println("Unknown tab '" + options.tab().get() + "'");
                System.err.print(StartupOptions.USAGE);
                exit(2);
                return;
            }
            window.details().select(tab.get());
        }
        stage.show();

        // Without a jar, the bundled example (extracted to <home>/examples) opens.
        options.jar().ifPresentOrElse(viewModel::openProject, core.projects()::openExample);
        options.screenshot()
                .ifPresent(target -> screenshots.capture(scene, target, failure -> {
                    if (failure == null) {
                        System.out.println("Screenshot saved to " + target.toAbsolutePath());
                        exit(0);
                    } else {
                        System.err.println("Screenshot failed: " + failure);
                        exit(1);
                    }
                }));
    }

    private static void exit(int code) {
        exitCode = code;
        Platform.exit();
    }
}
