package dev.assetstudio.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class IconsTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyIconIsAValidShapeOnTheGridAtTheAskedSize() {
        for (Icon icon : Icon.values()) {
            var region = Icons.create(icon, 20, Styles.STATUS_FAILED);
            var bounds = ((SVGPath) region.getShape()).getLayoutBounds();
            assertEquals(0, bounds.getMinX(), 0.01, icon + " starts at the grid's corner");
            assertEquals(24, bounds.getMaxX(), 0.01, icon + " ends at the grid's corner");
            assertEquals(20, region.getPrefWidth());
            assertTrue(region.getStyleClass().contains(icon.styleClass()));
            assertTrue(region.getStyleClass().contains(Styles.STATUS_FAILED));
        }
    }

    @Test
    void groupColoursWrapAround() {
        assertEquals("as-group-0", Styles.groupColor(12));
        assertEquals("as-group-11", Styles.groupColor(-1));
    }
}
