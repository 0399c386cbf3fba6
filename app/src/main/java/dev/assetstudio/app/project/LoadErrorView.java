package dev.assetstudio.app.project;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.ErrorPanel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card over the graph area that shows why a jar could not be opened, in an {@link ErrorPanel} the user can read,
 * select and copy, with a Dismiss button. Hidden while there is no error; the project behind it stays usable.
 */
public final class LoadErrorView extends StackPane {

    private final ProjectViewModel viewModel;
    private final ErrorPanel panel = new ErrorPanel();
    private final Button dismiss = new Button("Dismiss");
    private final VBox card = new VBox(8);

    public LoadErrorView(ProjectViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    private void createView() {
        setId("load-error");
        panel.setId("load-error-panel");
        dismiss.setId("load-error-dismiss");
        var buttons = new HBox(dismiss);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(0, 14, 14, 14));
        VBox.setVgrow(panel, Priority.ALWAYS);
        card.getChildren().addAll(panel, buttons);
        card.setMaxSize(760, 380);
        // Looked-up palette colours, so the card follows the theme.
        card.getStyleClass().add(Styles.LOAD_ERROR_CARD);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(24));
        setPickOnBounds(false); // Clicks around the card reach the graph.
        getChildren().add(card);
    }

    private void initListeners() {
        dismiss.setOnAction(event -> viewModel.dismissError());
        viewModel.errorProperty().addListener((obs, old, error) -> show(error));
        show(viewModel.errorProperty().get());
    }

    private void show(LoadError error) {
        setVisible(error != null);
        setManaged(error != null);
        if (error != null) {
            panel.show(error.title(), error.text());
        }
    }

    /** The panel inside, for tests and copy. */
    public ErrorPanel panel() {
        return panel;
    }
}
