package dev.assetstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorPanelTest {

    private static final String PROBLEMS = "orders/raw: method Orders#raw takes an unknown input 'x'\n"
            + "orders/daily: cycle orders/daily -> orders/raw -> orders/daily";

    private ErrorPanel panel;

    @Start
    void start(Stage stage) {
        panel = new ErrorPanel();
        panel.show("Could not load orders.jar", PROBLEMS);
        var scene = new Scene(panel, 640, 240);
        scene.getStylesheets().add(Theme.STUDIO_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheTextReadOnlyAndSelectable(FxRobot robot) {
        TextArea area = robot.lookup(".text-area").queryAs(TextArea.class);
        assertEquals(PROBLEMS, area.getText());
        assertFalse(area.isEditable());
        robot.interact(area::selectAll);
        assertEquals(PROBLEMS, area.getSelectedText());
    }

    @Test
    void copyPutsTitleAndTextOnTheClipboard(FxRobot robot) throws Exception {
        robot.clickOn("Copy");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getString())
                .get();
        assertTrue(copied.startsWith("Could not load orders.jar"), copied);
        assertTrue(copied.contains("cycle orders/daily -> orders/raw -> orders/daily"), copied);
    }
}
