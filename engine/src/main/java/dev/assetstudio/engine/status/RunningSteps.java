package dev.assetstudio.engine.status;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.StepKey;
import dev.assetstudio.engine.run.RunListener;
import dev.assetstudio.engine.run.event.RunEvent;
import dev.assetstudio.engine.run.event.RunFinished;
import dev.assetstudio.engine.run.event.StepCanceled;
import dev.assetstudio.engine.run.event.StepEvent;
import dev.assetstudio.engine.run.event.StepFailed;
import dev.assetstudio.engine.run.event.StepSkipped;
import dev.assetstudio.engine.run.event.StepStarted;
import dev.assetstudio.engine.run.event.StepSucceeded;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The steps of this process's runs that have started and not ended, kept from their events. */
public final class RunningSteps implements RunListener {
    private record Running(String runId, StepKey step) {}

    private final Set<Running> running = ConcurrentHashMap.newKeySet();

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof StepStarted e) {
            running.add(new Running(e.runId(), e.step()));
        } else if (event instanceof StepSucceeded
                || event instanceof StepFailed
                || event instanceof StepSkipped
                || event instanceof StepCanceled) {
            running.remove(new Running(event.runId(), ((StepEvent) event).step()));
        } else if (event instanceof RunFinished e) {
            running.removeIf(r -> r.runId().equals(e.runId()));
        }
    }

    /** The assets with a step running now. */
    public Set<AssetKey> assets() {
        return running.stream().map(r -> r.step().asset()).collect(Collectors.toUnmodifiableSet());
    }
}
