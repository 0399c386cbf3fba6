package dev.assetstudio.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StepPhasesTest {

    @Test
    void aRecordingThreadGetsItsMarksInOrder() {
        try (StepPhases phases = StepPhases.record()) {
            StepPhases.markInputsLoaded();
            StepPhases.markComputed();
            StepPhases.markStored();
            assertTrue(phases.inputsLoaded() > 0, "inputs loaded marked");
            assertTrue(phases.inputsLoaded() <= phases.computed() && phases.computed() <= phases.stored(), "in order");
        }
    }

    @Test
    void aPhaseNotReachedStaysZeroAndMarksAfterCloseGoNowhere() {
        StepPhases phases = StepPhases.record();
        StepPhases.markInputsLoaded();
        phases.close();
        StepPhases.markComputed();
        StepPhases.markStored();
        assertTrue(phases.inputsLoaded() > 0);
        assertEquals(0, phases.computed(), "marked after close");
        assertEquals(0, phases.stored(), "marked after close");
    }

    @Test
    void anotherThreadsMarksAreNotThisOnes() throws Exception {
        try (StepPhases phases = StepPhases.record()) {
            Thread other = new Thread(() -> {
                StepPhases.markInputsLoaded();
                StepPhases.markComputed();
            });
            other.start();
            other.join();
            assertEquals(0, phases.inputsLoaded());
            assertEquals(0, phases.computed());
        }
    }
}
