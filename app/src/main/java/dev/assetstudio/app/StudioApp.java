package dev.assetstudio.app;

import dev.assetstudio.app.automation.AutomationFeature;
import dev.assetstudio.app.cluster.ClusterFeature;
import dev.assetstudio.app.details.AssetDetails;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.graph.GraphFeature;
import dev.assetstudio.app.launchpad.StudioLaunchpad;
import dev.assetstudio.app.partitions.PartitionPickerDialog;
import dev.assetstudio.app.partitions.PartitionsTabView;
import dev.assetstudio.app.partitions.PartitionsViewModel;
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
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: reads the {@link StartupOptions}, builds the {@link MainWindow}, wires the features to
 * it (this is the place they are plugged in), shows it, and takes a screenshot if asked.
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
        // The shared state every feature works on.
        var session = new StudioSession(BackgroundTasks.onThreadPool());
        var materializer = new Materializer(session);
        // the project's code runs in a worker process: no asset can close the studio
        var projectOptions =
                ProjectOptions.builder().execution(Execution.WORKER).build();
        // Studio core: projects, catalog, materialize commands, run panel.
        var core = CoreFeatures.install(
                window, viewModel, session, materializer, projectOptions, RecentProjects.forUser());
        options.select().ifPresent(core.projects()::selectOnLoad);
        screenshots.whenReady(
                () -> session.project() != null && !session.statuses().isEmpty());
        // Partitions: the Partitions tab, and the picker Materialize asks for partitioned assets.
        var partitionsView = new PartitionsTabView(new PartitionsViewModel(session, materializer));
        window.details().setContent(DetailsTab.PARTITIONS, partitionsView);
        materializer.setPartitionPicker(new PartitionPickerDialog(session.background(), () -> stage));
        screenshots.whenReady(() -> options.select().isEmpty() || partitionsView.isReady());
        // The graph.
        var graphView = GraphFeature.install(window, viewModel, session, core.actions(), (key, bar) -> core.catalog()
                .setPartitionCounts(key, bar == null ? null : bar.counts()));
        screenshots.whenReady(graphView::isDrawn);
        // Asset details tabs and the config launchpad.
        var assetDetails = AssetDetails.install(window.details(), session, core.actions());
        StudioLaunchpad.register(session, materializer, () -> stage);
        screenshots.whenReady(() -> session.focused() == null || assetDetails.isSettled());

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

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        var scene = new Scene(
                window, Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        theme.install(scene);
        stage.setTitle("Asset Studio");
        stage.getIcons().addAll(AppIcon.images());
        stage.setScene(scene);
        core.attach(stage, session);
        // Cluster: Run › Run on offers a cluster that answers; Run › Cluster… shows its workers.
        var cluster = ClusterFeature.install(window, viewModel, session, core.projects(), projectOptions.home());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> cluster.close());
        // Automation: the daemon runs while a project is open; View › Automation… shows it.
        var automation = AutomationFeature.install(window, viewModel, session, () -> stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> automation.close());
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
