package dev.assetstudio.app;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.details.AssetDetails;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.launchpad.StudioLaunchpad;
import dev.assetstudio.app.screenshot.ScreenshotTaker;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.theme.AppIcon;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.Project;
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

    private final ScreenshotTaker screenshots = new ScreenshotTaker(Duration.ofSeconds(20));

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

        var theme = Theme.fromPreferences();
        options.dark().ifPresent(theme::overrideForSession);
        var viewModel = new MainViewModel();
        var window = new MainWindow(viewModel, theme);
        // Features are wired here, e.g. window.setCatalog(...); viewModel.setOpenProjectHandler(...);
        // screenshots.whenReady(graphView::isDrawn); once the project is loaded, select options.select().
        var session = new StudioSession(BackgroundTasks.onThreadPool()); // TEMP until studio-core merges
        var materializer = new Materializer(session); // TEMP until studio-core merges

        // Asset details tabs and the config launchpad.
        var assetDetails = AssetDetails.install(window.details(), session);
        StudioLaunchpad.register(session, materializer, () -> stage);
        // Ready once the jar (if any) is open and the tab in front shows the selected asset's data.
        screenshots.whenReady(() -> (options.jar().isEmpty() || session.project() != null)
                && (session.focused() == null || assetDetails.isSettled()));

        // TEMP until studio-core merges: show the focused key in the header, open the jar, select.
        session.focusedProperty()
                .addListener((obs, was, key) -> viewModel.setSelectedAsset(key == null ? null : key.toString()));
        options.jar().ifPresent(jar -> session.background()
                .run(() -> Project.open(jar))
                .onSuccess(project -> {
                    session.setProject(project);
                    viewModel.projectOpened(jar, project.assetKeys().size());
                    options.select().map(AssetKey::parse).ifPresent(session::select);
                })
                .onFailure(e -> System.err.println("Could not open " + jar + ": " + e.getMessage()))
                .start());

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
        stage.show();

        options.jar().ifPresent(viewModel::openProject);
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
