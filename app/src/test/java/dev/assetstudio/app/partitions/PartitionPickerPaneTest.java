package dev.assetstudio.app.partitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.app.theme.TestPreferences;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.history.PartitionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dragging a range on the picker's bar, and the chosen range drawn on the bar. */
@ExtendWith(ApplicationExtension.class)
class PartitionPickerPaneTest {
    private static final List<String> KEYS = PartitionsDefinition.daily(
                    LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-15"))
            .keys();

    private final Preferences preferences = TestPreferences.fresh();
    private PartitionPickerPane pane;

    @Start
    void start(Stage stage) {
        pane = new PartitionPickerPane("dailySales");
        var scene = new Scene(pane, 640, 300);
        new Theme(preferences).install(scene);
        stage.setScene(scene);
        stage.show();
        // the first three days materialized, the rest missing
        Map<String, PartitionStatus> statuses = new java.util.HashMap<>();
        for (String key : KEYS.subList(0, 3)) {
            statuses.put(
                    key,
                    new PartitionStatus(
                            key, PartitionStatus.State.MATERIALIZED, Instant.EPOCH, "r", Duration.ofMillis(1)));
        }
        pane.setHealth(PartitionHealth.of(KEYS, statuses, true));
    }

    @AfterEach
    void close() {
        TestPreferences.remove(preferences);
    }

    private Point2D centreOf(FxRobot robot, int index) {
        Bounds b = pane.bar().localToScreen(pane.bar().getBoundsInLocal());
        double cell = b.getWidth() / KEYS.size();
        return new Point2D(b.getMinX() + cell * (index + 0.5), b.getMinY() + b.getHeight() / 2);
    }

    @Test
    void draggingOnTheBarPicksTheRangeUnderTheDrag(FxRobot robot) {
        robot.moveTo(centreOf(robot, 4)).press(MouseButton.PRIMARY);
        robot.moveTo(centreOf(robot, 6)).moveTo(centreOf(robot, 8)).release(MouseButton.PRIMARY);

        assertEquals(KEYS.subList(4, 9), pane.bar().selectedKeys());
        assertEquals(PartitionPickerPane.Choice.RANGE, pane.choice());
        assertEquals(
                KEYS.get(4) + "..." + KEYS.get(8),
                pane.requests().get(0).partitionRange().orElseThrow().toString());
        assertEquals("5 partitions in one backfill", pane.summaryProperty().get());
    }

    @Test
    void aRangeChosenInTheBoxesOrAsAllMissingIsDrawnOnTheBar(FxRobot robot) {
        robot.interact(() -> pane.chooseRange(KEYS.get(1), KEYS.get(3)));
        assertEquals(KEYS.subList(1, 4), pane.bar().selectedKeys());

        robot.interact(() -> pane.choose(PartitionPickerPane.Choice.MISSING));
        assertEquals(KEYS.subList(3, KEYS.size()), pane.bar().selectedKeys());
        assertEquals(PartitionPickerPane.Choice.MISSING, pane.choice(), "drawing the choice does not change it");
    }
}
