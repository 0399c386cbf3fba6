package dev.assetstudio.app.launchpad;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The launchpad window: {@link LaunchpadView} with Materialize (enabled only while the config is
 * valid) and Cancel. Materialize starts the run and closes; the run's outcome arrives as a
 * notification like any other run's.
 */
public final class LaunchpadDialog extends Dialog<Boolean> {
    /** The Materialize button's type. */
    public static final ButtonType MATERIALIZE = new ButtonType("Materialize", ButtonBar.ButtonData.OK_DONE);

    private final LaunchpadViewModel model;

    public LaunchpadDialog(LaunchpadViewModel model, Window owner) {
        this.model = model;
        setTitle("Materialize " + model.key() + " with config");
        setHeaderText(null);
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
                if (owner.getScene().getRoot() != null) {
                    getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
                }
            }
        }
        getDialogPane().setContent(new LaunchpadView(model));
        getDialogPane().getButtonTypes().addAll(MATERIALIZE, ButtonType.CANCEL);
        var materialize = (Button) getDialogPane().lookupButton(MATERIALIZE);
        materialize.setId("launchpad-materialize");
        materialize.setDefaultButton(true); // Enter materializes once the config is valid
        materialize.disableProperty().bind(model.validProperty().not());
        setResultConverter(type -> type == MATERIALIZE && model.materialize());
        setResizable(true);
        model.validate();
    }

    public LaunchpadViewModel model() {
        return model;
    }
}
