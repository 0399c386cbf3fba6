package dev.assetstudio.app.ui;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What an area shows when it has nothing to show: an icon, a title and one line saying what to do.
 *
 * <pre>{@code
 * new EmptyState(Icon.INFO, "No asset selected", "Select an asset to see its details.")
 * }</pre>
 */
public final class EmptyState extends VBox {

    private final Label title = new Label();
    private final Label hint = new Label();

    public EmptyState(Icon icon, String title, String hint, Node... actions) {
        this.title.setText(title);
        this.hint.setText(hint);
        createView(icon, actions);
    }

    private void createView(Icon icon, Node... actions) {
        getStyleClass().add(Styles.EMPTY_STATE);
        title.getStyleClass().add(Styles.TITLE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(Icons.create(icon, 40), title, hint);
        getChildren().addAll(actions);
        setMinSize(0, 0);
    }

    public String getTitle() {
        return title.getText();
    }

    public String getHint() {
        return hint.getText();
    }
}
