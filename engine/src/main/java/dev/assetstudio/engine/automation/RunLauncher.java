package dev.assetstudio.engine.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import dev.assetstudio.engine.history.AutomationRecords.Outcome;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationStore;
import dev.assetstudio.engine.model.RunPlanningException;
import dev.assetstudio.engine.model.RunStatus;
import dev.assetstudio.engine.run.RunHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Launches the runs a tick asks for through {@link Project#submit}, never twice for one request: a
 * request whose key its instigator already requested is skipped, naming the earlier run. Remembers the
 * runs it launched while they are going, so conditions see their assets as in progress.
 */
final class RunLauncher {
    private final AutomationStore store;
    private final Map<RunHandle, Set<AssetKey>> going = new ConcurrentHashMap<>();

    RunLauncher(AutomationStore store) {
        this.store = store;
    }

    /**
     * Launches {@code selection} (for {@code partition}, if not null) for instigator {@code name}
     * unless {@code requestKey} was requested before.
     *
     * <p>A launched run's handle and assets are added to {@code ctx}.
     */
    Request launch(TickContext ctx, String name, String requestKey, String selection, String partition, String why) {
        Project project = ctx.project;
        Optional<Request> earlier = store.requested(name, requestKey);
        if (earlier.isPresent()) {
            return new Request(
                    requestKey,
                    selection,
                    partition,
                    Outcome.SKIPPED,
                    null,
                    "already requested as run " + earlier.get().runId()
                            + runState(project, earlier.get().runId()));
        }
        try {
            AssetSelection parsed = AssetSelection.parse(selection);
            Set<AssetKey> keys = project.select(parsed);
            RunRequest request = partition == null
                    ? RunRequest.empty()
                    : RunRequest.builder().partitionKey(partition).build();
            RunHandle handle = project.submit(parsed, request);
            going.put(handle, keys);
            handle.result().whenComplete((r, e) -> going.remove(handle));
            ctx.launched.add(handle);
            ctx.launchedAssets.addAll(keys);
            return new Request(requestKey, selection, partition, Outcome.REQUESTED, handle.runId(), why);
        } catch (RunPlanningException e) {
            return new Request(
                    requestKey,
                    selection,
                    partition,
                    Outcome.FAILED,
                    null,
                    "cannot run: " + String.join("; ", e.problems()));
        } catch (RuntimeException e) {
            return new Request(requestKey, selection, partition, Outcome.FAILED, null, "cannot run: " + e.getMessage());
        }
    }

    /** Assets of runs launched here that have not ended. */
    Set<AssetKey> assetsInProgress() {
        Set<AssetKey> keys = ConcurrentHashMap.newKeySet();
        going.forEach((h, k) -> {
            if (!h.isDone()) {
                keys.addAll(k);
            }
        });
        return keys;
    }

    /** Every run launched here that has not ended. */
    List<RunHandle> runsGoing() {
        return new ArrayList<>(going.keySet());
    }

    private String runState(Project project, String runId) {
        if (runId == null) {
            return "";
        }
        for (RunHandle h : going.keySet()) {
            if (h.runId().equals(runId) && !h.isDone()) {
                return ", still in flight";
            }
        }
        return project.history()
                .run(runId)
                .map(r -> r.status() == RunStatus.STARTED
                        ? ", still in flight"
                        : ", " + r.status().name().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
    }
}
