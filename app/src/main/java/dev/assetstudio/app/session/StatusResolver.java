package dev.assetstudio.app.session;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.graph.AssetStaleness;
import dev.assetstudio.engine.run.StepEventTypes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Combines what the engine reports (staleness, latest step outcome, latest materialization) into
 * one {@link AssetStatus} per asset. A failed latest step wins over staleness: it is what the user
 * has to act on.
 */
public final class StatusResolver {
    private StatusResolver() {}

    public static Map<AssetKey, AssetStatus> resolve(
            Map<AssetKey, AssetStaleness> staleness,
            Map<AssetKey, String> latestStepOutcomes,
            Map<AssetKey, Materialization> latestMaterializations) {
        Map<AssetKey, AssetStatus> statuses = new LinkedHashMap<>();
        staleness.forEach((key, stale) -> {
            Materialization last = latestMaterializations.get(key);
            var time = last == null ? null : last.timestamp();
            if (StepEventTypes.STEP_FAILED.equals(latestStepOutcomes.get(key))) {
                statuses.put(key, new AssetStatus(AssetStatus.State.FAILED, "the latest run of it failed", time));
            } else {
                statuses.put(key, new AssetStatus(stateOf(stale.state()), stale.reason(), time));
            }
        });
        return statuses;
    }

    private static AssetStatus.State stateOf(AssetStaleness.State state) {
        return switch (state) {
            case MISSING -> AssetStatus.State.MISSING;
            case FRESH -> AssetStatus.State.FRESH;
            case STALE -> AssetStatus.State.STALE;
            case SOURCE -> AssetStatus.State.SOURCE;
        };
    }
}
