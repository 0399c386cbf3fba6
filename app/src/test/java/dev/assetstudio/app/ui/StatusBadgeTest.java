package dev.assetstudio.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.status.AssetStatus;
import org.junit.jupiter.api.Test;

class StatusBadgeTest {

    @Test
    void anInterruptedRunLooksTheSameEverywhere() {
        assertEquals(Icon.ERROR, StatusBadge.icon(RunStatus.INTERRUPTED));
        assertEquals(Styles.STATUS_FAILED, StatusBadge.styleClass(RunStatus.INTERRUPTED));
        assertEquals(Icon.FAILED, StatusBadge.icon(RunStatus.FAILED));
    }

    @Test
    void words() {
        assertEquals("Running", StatusBadge.words(RunStatus.STARTED));
        assertEquals("Interrupted", StatusBadge.words(RunStatus.INTERRUPTED));
        assertEquals("", StatusBadge.words((RunStatus) null));
        assertEquals("Missing", StatusBadge.words(AssetStatus.State.MISSING));
        assertEquals("Never materialized", StatusBadge.describe(AssetStatus.State.MISSING));
    }
}
