package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.model.StepKey;

/** An event about one step of a run. */
public interface StepEvent {
    StepKey step();
}
