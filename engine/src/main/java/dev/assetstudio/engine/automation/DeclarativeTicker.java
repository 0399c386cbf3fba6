package dev.assetstudio.engine.automation;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AutomationCondition;
import dev.assetstudio.engine.Materialization;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.history.AutomationRecords.Evaluation;
import dev.assetstudio.engine.history.AutomationRecords.Outcome;
import dev.assetstudio.engine.history.AutomationRecords.Request;
import dev.assetstudio.engine.history.AutomationRecords.State;
import dev.assetstudio.engine.history.AutomationRecords.Tick;
import dev.assetstudio.engine.history.AutomationRecords.TickStatus;
import dev.assetstudio.engine.history.HistoryReader;
import dev.assetstudio.engine.history.RunRecord;
import dev.assetstudio.engine.model.RunStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Declarative automation at one instant: evaluates the condition of every asset that has one, and
 * requests a run of each asset whose condition holds, unless the same reason (the same upstream
 * update, cron tick or missing state, see {@link ConditionResult#handledKey()}) was acted on before.
 * An evaluation is written to history when its outcome differs from the asset's previous one, and a
 * tick only when something was requested or failed, so an idle project does not fill history.
 */
final class DeclarativeTicker {
    private final ConditionEvaluator evaluator = new ConditionEvaluator();

    Optional<Tick> tick(AutomationDefinitions automation, TickContext ctx) {
        if (automation.conditions().isEmpty()) {
            return Optional.empty();
        }
        State state = ctx.store.state(AutomationDefinitions.DECLARATIVE);
        if (!state.enabled()) {
            return Optional.empty();
        }
        Set<AssetKey> inProgress = inProgress(ctx, automation);
        List<Request> requests = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        int holding = 0;
        for (Map.Entry<AssetKey, AutomationCondition> e :
                automation.conditions().entrySet()) {
            AssetKey key = e.getKey();
            AssetFacts facts = facts(ctx.project, key, ctx, inProgress);
            ConditionResult result = evaluator.evaluate(e.getValue(), facts);
            String explanation = result.describe();
            boolean requested = false;
            if (result.value()) {
                holding++;
                String requestKey = facts.name() + "|" + result.handledKey();
                Request r = ctx.launcher.launch(
                        ctx,
                        AutomationDefinitions.DECLARATIVE,
                        requestKey,
                        key.toString(),
                        facts.partition(),
                        e.getValue() + ": " + result.reason());
                if (r.outcome() == Outcome.SKIPPED) {
                    explanation += "\n→ not requested: the same reason was " + r.reason();
                } else {
                    requests.add(r);
                    requested = r.outcome() == Outcome.REQUESTED;
                    explanation += requested ? "\n→ requested run " + r.runId() : "\n→ " + r.reason();
                }
            } else {
                explanation += "\n→ not requested";
            }
            List<Evaluation> previous = ctx.store.evaluations(key, 1);
            if (previous.isEmpty() || !previous.get(0).explanation().equals(explanation) || requested) {
                evaluations.add(new Evaluation(0, key, ctx.now, requested, explanation));
            }
        }
        ctx.store.saveProgress(AutomationDefinitions.DECLARATIVE, null, ctx.now, null);
        if (requests.isEmpty() && evaluations.isEmpty()) {
            return Optional.empty();
        }
        String summary = "evaluated " + automation.conditions().size() + " asset condition"
                + (automation.conditions().size() == 1 ? "" : "s") + ", " + holding + " holding, " + requests.size()
                + " requested";
        TickStatus status = requests.isEmpty() ? TickStatus.SKIPPED : ScheduleTicker.status(requests);
        Tick tick =
                new Tick(0, AutomationDefinitions.DECLARATIVE, "declarative", ctx.now, status, summary, null, requests);
        long id = ctx.store.recordTick(tick, evaluations);
        return Optional.of(new Tick(id, tick.name(), tick.kind(), ctx.now, status, summary, null, requests));
    }

    private static AssetFacts facts(Project project, AssetKey key, TickContext ctx, Set<AssetKey> inProgress) {
        AssetDefinition def = project.asset(key);
        HistoryReader history = project.history();
        String partition = LatestPartitions.of(def, ctx.now).orElse(null);
        Optional<Materialization> latest =
                partition == null ? history.latestMaterialization(key) : history.latestMaterialization(key, partition);
        Map<AssetKey, Optional<Materialization>> upstream = new LinkedHashMap<>();
        Set<AssetKey> sources = new HashSet<>();
        for (AssetKey up : def.upstreamKeys()) {
            AssetDefinition upDef = project.asset(up);
            if (upDef.source()) {
                sources.add(up);
            }
            boolean samePartitions = partition != null
                    && upDef.partitions().isPresent()
                    && upDef.partitions().get().equals(def.partitions().get());
            upstream.put(
                    up,
                    samePartitions ? history.latestMaterialization(up, partition) : history.latestMaterialization(up));
        }
        return new AssetFacts(key, partition, ctx.now, latest, upstream, sources, inProgress);
    }

    /**
     * Assets being materialized: by runs this daemon launched, or by any run history shows as going.
     * Runs launched earlier in this tick count even if they have already ended, so what a tick asks for
     * does not depend on how fast its own runs are.
     */
    private static Set<AssetKey> inProgress(TickContext ctx, AutomationDefinitions automation) {
        Set<AssetKey> keys = new HashSet<>(ctx.launcher.assetsInProgress());
        keys.addAll(ctx.launchedAssets);
        Set<AssetKey> relevant = new HashSet<>();
        for (AssetKey key : automation.conditions().keySet()) {
            relevant.add(key);
            relevant.addAll(ctx.project.asset(key).upstreamKeys());
        }
        for (AssetKey key : relevant) {
            if (keys.contains(key)) {
                continue;
            }
            List<RunRecord> runs = ctx.project.history().runsForAsset(key, 1);
            if (!runs.isEmpty() && runs.get(0).status() == RunStatus.STARTED) {
                keys.add(key);
            }
        }
        return keys;
    }
}
