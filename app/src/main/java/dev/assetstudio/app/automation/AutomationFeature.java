package dev.assetstudio.app.automation;

import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.shell.StudioAction;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Automation in the studio: the daemon runs while a project is open ({@link StudioAutomation}), View ›
 * Automation… opens the {@link AutomationView} in its own window, the details get an Automation tab
 * ({@link AssetAutomationView}), and the status bar says who runs the daemon.
 *
 * <pre>{@code
 * StudioAutomation automation = AutomationFeature.install(window, main, session, () -> stage);
 * stage.setOnHidden(e -> automation.close());
 * }</pre>
 */
public final class AutomationFeature {
    /** How often the studio's daemon evaluates. */
    public static final Duration PERIOD = Duration.ofSeconds(5);

    private AutomationFeature() {}

    /** Starts the daemon for {@code session} and plugs the view and the indicator into {@code window}. */
    public static StudioAutomation install(
            MainWindow window, MainViewModel main, StudioSession session, Supplier<Window> owner) {
        StudioAutomation automation = new StudioAutomation(session, Clock.systemUTC(), PERIOD);
        AutomationViewModel viewModel = new AutomationViewModel(automation, session.background());
        Label indicator = new Label();
        indicator.setId("status-automation");
        indicator.textProperty().bind(viewModel.leaseProperty());
        window.addStatusBarItem(indicator);
        var assetTab = new AssetAutomationViewModel(session, automation);
        window.details().setContent(DetailsTab.AUTOMATION, new AssetAutomationView(assetTab));
        assetTab.activeProperty().bind(window.details().selectedTabProperty().isEqualTo(DetailsTab.AUTOMATION));
        Stage[] stage = new Stage[1];
        main.setHandler(StudioAction.AUTOMATION, () -> {
            if (stage[0] == null) {
                stage[0] = new Stage();
                stage[0].setTitle("Automation");
                stage[0].initOwner(owner.get());
                Scene scene = new Scene(new AutomationView(viewModel), 1100, 700);
                if (owner.get() != null && owner.get().getScene() != null) {
                    scene.getStylesheets().setAll(owner.get().getScene().getStylesheets());
                }
                stage[0].setScene(scene);
            }
            viewModel.refresh();
            stage[0].show();
            stage[0].toFront();
        });
        return automation;
    }
}
