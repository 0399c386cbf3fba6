package dev.assetstudio.app.session;

import dev.assetstudio.app.fx.FxBatcher;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.run.RunListener;
import dev.assetstudio.engine.run.event.RunEvent;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The run events of the open project, moved from the engine's worker threads to the FX thread through one {@link
 * FxBatcher}, so a 10,000-step run does not flood it, and handed to the features' listeners
 * in batches.
 */
public final class RunEventBus {
    private final List<Consumer<List<RunEvent>>> listeners = new CopyOnWriteArrayList<>();
    private final FxBatcher<RunEvent> batcher;
    private final RunListener engineListener;
    /**
     * Runs of a project of another jar than the open one, still reporting after a switch: the run panel, the status
     * bar and the badges follow the open project only. (A reload of the same jar keeps its runs: they are the same
     * project's.)
     */
    private final Set<String> foreignRuns = ConcurrentHashMap.newKeySet();

    /**
     * @param fxThread where batches are delivered ({@code null}: the FX thread; {@code Runnable::run} in tests
     *     without a toolkit)
     * @param deliver takes each batch, on the FX thread, before or after handing it to the listeners ({@link
     *     #publish})
     */
    RunEventBus(Executor fxThread, Consumer<List<RunEvent>> deliver) {
        Objects.requireNonNull(deliver, "deliver");
        Consumer<List<RunEvent>> filtered = batch -> {
            // Batched before a switch to another jar, delivered after it: the open project does not hear them.
            List<RunEvent> events = foreignRuns.isEmpty()
                    ? batch
                    : batch.stream()
                            .filter(e -> !foreignRuns.contains(e.runId()))
                            .toList();
            if (!events.isEmpty()) {
                deliver.accept(events);
            }
        };
        this.batcher = fxThread == null
                ? new FxBatcher<>(filtered, FxBatcher.DEFAULT_INTERVAL)
                : new FxBatcher<>(filtered, FxBatcher.DEFAULT_INTERVAL, fxThread);
        this.engineListener = event -> {
            if (!foreignRuns.contains(event.runId())) {
                batcher.offer(event);
            }
        };
    }

    /** Receives every run event of the open project, in batches, on the FX thread. */
    public void addListener(Consumer<List<RunEvent>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<List<RunEvent>> listener) {
        listeners.remove(listener);
    }

    /** The engine listener that feeds this bus; extra runs submitted elsewhere can use it too. */
    public RunListener engineListener() {
        return engineListener;
    }

    /** Delivers whatever is batched now (tests). */
    public void flush() {
        batcher.flushNow();
    }

    /** Hands {@code events} to every listener (FX thread). */
    void publish(List<RunEvent> events) {
        listeners.forEach(listener -> listener.accept(events));
    }

    /** From now on, the runs {@code previous} still has going are another project's: their events are dropped. */
    void ignoreActiveRunsOf(Project previous) {
        previous.activeRuns().forEach(run -> foreignRuns.add(run.runId()));
    }
}
