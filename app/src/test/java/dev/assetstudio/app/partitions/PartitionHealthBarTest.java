package dev.assetstudio.app.partitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PartitionHealthBarTest {
    private final Preferences preferences = TestPreferences.fresh();
    private PartitionHealthBar bar;

    @Start
    void start(Stage stage) {
        bar = new PartitionHealthBar();
        bar.setHealth(PartitionHealthTest.twoWeeks());
        var root = new StackPane(bar);
        root.setStyle("-fx-padding: 20;");
        var scene = new Scene(root, 740, 80);
        new Theme(preferences).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    private Point2D at(int index) {
        return bar.localToScreen(bar.xOf(index), bar.getHeight() / 2);
    }

    @Test
    void hoveringAPartitionNamesItWithItsLatestOutcome(FxRobot robot) {
        robot.moveTo(at(10));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("2024-01-11", bar.hoveredKeyProperty().get());
        assertTrue(bar.tooltipText().startsWith("2024-01-11 — failed"), bar.tooltipText());
        assertTrue(bar.tooltipText().contains("run run-2024-01-11"), bar.tooltipText());

        robot.moveTo(at(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.tooltipText().startsWith("2024-01-03 — materialized\nmaterialized "), bar.tooltipText());
    }

    @Test
    void clickSelectsOnePartitionAndShiftClickARange(FxRobot robot) {
        robot.moveTo(at(3)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2024-01-04"), bar.selectedKeys());

        robot.press(KeyCode.SHIFT);
        try {
            robot.moveTo(at(6)).clickOn(MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2024-01-04", "2024-01-05", "2024-01-06", "2024-01-07"), bar.selectedKeys());

        // shift-click to the left of the anchor selects back from it
        robot.press(KeyCode.SHIFT);
        try {
            robot.moveTo(at(1)).clickOn(MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2024-01-02", "2024-01-03", "2024-01-04"), bar.selectedKeys());

        robot.moveTo(at(12)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("2024-01-13"), bar.selectedKeys());
    }

    @Test
    void aRefreshKeepsTheSelectionAndTheBarScalesToThousands(FxRobot robot) throws Exception {
        robot.interact(() -> bar.select(List.of("2024-01-12", "2024-01-13")));
        robot.interact(() -> bar.setHealth(PartitionHealthTest.twoWeeks()));
        assertEquals(List.of("2024-01-12", "2024-01-13"), bar.selectedKeys());

        List<String> hours = java.util.stream.IntStream.range(0, 12_000)
                .mapToObj(i -> "h" + (100_000 + i))
                .toList();
        long start = System.nanoTime();
        robot.interact(() -> bar.setHealth(PartitionHealth.of(hours, java.util.Map.of(), true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 2000);
        assertEquals(List.of(), bar.selectedKeys());
        robot.moveTo(at(11_999));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                bar.hoveredKeyProperty().get().startsWith("h11"),
                bar.hoveredKeyProperty().get());
        robot.moveTo(bar.localToScreen(-10, -10));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(bar.hoveredKeyProperty().get());
    }
}
