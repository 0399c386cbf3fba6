package dev.assetstudio.engine.run;

import dev.assetstudio.engine.run.event.RunEvent;

/**
 * Receives a run's events. Called on the thread that emits them (a worker), so it must be quick and
 * thread-safe: enqueue, do not block.
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
