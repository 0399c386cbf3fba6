package dev.assetstudio.app.automation;

import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.DetailsTab;
import dev.assetstudio.app.shell.StudioAction;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Automation in the studio: the daemon runs while a project is open ({@link StudioAutomation}), View ›
 * Automation… opens the {@link AutomationView} in its own window, the details get an Automation tab
 * ({@link AssetAutomationView}), and the status bar says who runs the daemon.
 *
 * The daemon stops when the window closes.
 */
public final class AutomationFeature implements StudioFeature {
    /** How often the studio's daemon evaluates. */
    public static final Duration PERIOD = Duration.ofSeconds(5);

    /** Starts the daemon for the context's session and plugs the view and the indicator into its window. */
    @Override
    public void install(StudioContext context) {
        StudioSession session = context.session();
        StudioAutomation automation = new StudioAutomation(session, Clock.systemUTC(), PERIOD);
        AutomationViewModel viewModel = new AutomationViewModel(automation, session.background());
        Label indicator = new Label();
        indicator.setId("status-automation");
        indicator.textProperty().bind(viewModel.leaseProperty());
        context.window().addStatusBarItem(indicator);
        var assetTab = new AssetAutomationViewModel(session, automation);
        context.window().details().setContent(DetailsTab.AUTOMATION, new AssetAutomationView(assetTab));
        assetTab.activeProperty()
                .bind(context.window().details().selectedTabProperty().isEqualTo(DetailsTab.AUTOMATION));
        Stage[] stage = new Stage[1];
        context.main().setHandler(StudioAction.AUTOMATION, () -> {
            if (stage[0] == null) {
                stage[0] = new Stage();
                stage[0].setTitle("Automation");
                stage[0].initOwner(context.stage());
                Scene scene = new Scene(new AutomationView(viewModel), 1100, 700);
                if (context.stage().getScene() != null) {
                    scene.getStylesheets().setAll(context.stage().getScene().getStylesheets());
                }
                stage[0].setScene(scene);
            }
            viewModel.refresh();
            stage[0].show();
            stage[0].toFront();
        });
        context.onClose(automation::close);
    }
}
