package dev.assetstudio.app.shell;

import dev.assetstudio.app.theme.Styles;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The Help menu's dialogs: keyboard shortcuts (made from {@link StudioAction}) and About. */
final class HelpDialogs {

    private HelpDialogs() {}

    static void showShortcuts(Scene owner) {
        var grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        grid.setId("shortcuts");
        for (Shortcuts.Shortcut shortcut : Shortcuts.all()) {
            var key = new Label(shortcut.keys());
            key.getStyleClass().add(Styles.SHORTCUT_KEY);
            grid.addRow(row++, key, new Label(shortcut.does()));
        }
        var alert = dialog(owner, "Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void showAbout(Scene owner) {
        var alert = dialog(owner, "About Asset Studio");
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        alert.setContentText("Asset Studio " + (version == null ? "(development build)" : version)
                + "\nA desktop studio for software-defined data assets.");
        alert.show();
    }

    private static Alert dialog(Scene owner, String title) {
        var alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner != null) {
            alert.initOwner(owner.getWindow());
            alert.getDialogPane().getStylesheets().setAll(owner.getStylesheets());
        }
        return alert;
    }
}
