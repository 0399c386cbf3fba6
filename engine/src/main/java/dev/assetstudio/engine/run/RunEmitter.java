package dev.assetstudio.engine.run;

import dev.assetstudio.engine.run.event.RunEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a run's events to its listeners, synchronously on the emitting thread. A listener that
 * throws is logged and the others still get the event: a broken progress bar must not fail a run.
 */
final class RunEmitter {
    private static final Logger LOG = LoggerFactory.getLogger(RunEmitter.class);

    private final List<RunListener> listeners;

    RunEmitter(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    void emit(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                LOG.warn("run listener {} failed on {}; the run goes on", listener, event, e);
            }
        }
    }
}
