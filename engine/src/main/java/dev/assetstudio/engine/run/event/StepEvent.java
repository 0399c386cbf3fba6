package dev.assetstudio.engine.run.event;

import dev.assetstudio.engine.run.StepKey;

/** An event about one step of a run. */
public interface StepEvent {
    StepKey step();
}
