package dev.assetstudio.app.ui;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An error the user must be able to read and paste elsewhere: a title, the full text in a selectable monospace
 * area, and a Copy button. The studio shows the engine's load errors here (one problem per line).
 *
 * <pre>{@code
 * var panel = new ErrorPanel();
 * panel.show("Could not load orders.jar", exception.getMessage());
 * }</pre>
 */
public final class ErrorPanel extends VBox {

    private final Label title = new Label();
    private final TextArea details = new TextArea();
    private final Button copy = new Button("Copy", Icons.create(Icon.COPY));

    public ErrorPanel() {
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(Styles.ERROR_PANEL);
        title.getStyleClass().add(Styles.SUBTITLE);
        title.setWrapText(true);
        details.setEditable(false);
        details.setWrapText(false);
        details.getStyleClass().add(Styles.MONOSPACE);
        VBox.setVgrow(details, Priority.ALWAYS);

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        var header = new HBox(8, Icons.create(Icon.ERROR, 18), title, spacer, copy);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(header, details);
    }

    private void initListeners() {
        copy.setOnAction(event -> copyToClipboard());
    }

    /** Shows {@code titleText} and {@code text} (e.g. every load problem, one per line). */
    public void show(String titleText, String text) {
        title.setText(titleText);
        details.setText(text);
        details.positionCaret(0);
    }

    /** Puts the title and the text on the system clipboard as plain text. */
    public void copyToClipboard() {
        var content = new ClipboardContent();
        content.putString(title.getText() + System.lineSeparator() + details.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    public String getTitle() {
        return title.getText();
    }

    public String getText() {
        return details.getText();
    }
}
