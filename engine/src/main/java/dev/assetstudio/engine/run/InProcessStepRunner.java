package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.IOManager;
import dev.assetstudio.api.OutputContext;
import dev.assetstudio.api.RunLog;
import dev.assetstudio.engine.definitions.AssetComputation;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AssetInput;
import dev.assetstudio.engine.definitions.MultiOutComputation;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.definitions.UserCode;
import dev.assetstudio.engine.definitions.UserCodeException;
import dev.assetstudio.engine.definitions.UserCodeException.Phase;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.io.StepContexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs steps in this JVM: loads a step's inputs through I/O managers, computes, interprets the
 * result and stores it. Every user call runs inside {@link UserCode} (project class loader, error
 * boundary). Never throws: every failure comes back as a {@link StepOutcome}. The worker process
 * runs its steps with this same class.
 */
public final class InProcessStepRunner implements StepRunner {
    private final ProjectDefinitions definitions;
    private final IoManagers ioManagers;
    private final SharedMultiAssetResults shared = new SharedMultiAssetResults();

    public InProcessStepRunner(ProjectDefinitions definitions, IoManagers ioManagers) {
        this.definitions = definitions;
        this.ioManagers = ioManagers;
    }

    @Override
    public StepOutcome run(String runId, PlannedStep step, StepReport log) {
        return run(runId, step, (RunLog) log);
    }

    /** Runs {@code step} here, its lines to {@code log} (a step in this JVM has one attempt: nothing retries it). */
    public StepOutcome run(String runId, PlannedStep step, RunLog log) {
        if (step.checksOnly()) {
            StepContexts contexts = new StepContexts(runId, ioManagers.resources(), log);
            CheckRunner checks = checks(runId);
            return StepOutcome.materialized(Map.of())
                    .withChecks(checks.run(step, contexts, checks.stored(step, contexts)));
        }
        try {
            return execute(runId, step, log);
        } catch (UserCodeException e) {
            return StepOutcome.failed(e.phase().name(), e.getMessage(), e);
        } catch (RuntimeException e) {
            String message =
                    UserCodeException.where(step.key().asset(), step.key().partition()) + " could not run: "
                            + UserCodeException.describe(e);
            return StepOutcome.failed(StepOutcome.SETUP, message, e);
        }
    }

    /** Runs whose shared multi-asset results are kept here until {@link #runEnded}. */
    public int keptRuns() {
        return shared.runs();
    }

    /** Drops the run's values from the in-memory I/O managers. */
    @Override
    public void runEnded(String runId) {
        ioManagers.inMemoryManagers().forEach(m -> m.clearRun(runId));
        shared.runEnded(runId);
    }

    private CheckRunner checks(String runId) {
        return new CheckRunner(definitions.classLoader(), ioManagers, runId);
    }

    private StepOutcome execute(String runId, PlannedStep step, RunLog log) {
        AssetDefinition asset = step.definition();
        String partition = step.key().partition();
        StepContexts contexts = new StepContexts(runId, ioManagers.resources(), log);
        AssetContext context = contexts.assetContext(asset, partition);
        AssetComputation computation = asset.computation().orElseThrow();
        Object raw;
        if (computation instanceof MultiOutComputation out) {
            // the first out of the step calls the method; its siblings share the result
            Object whole = shared.resultOf(runId, out, partition, () -> {
                Map<AssetKey, Object> inputs = loadInputs(step, contexts);
                StepPhases.markInputsLoaded();
                return userCall(
                        asset.key(),
                        partition,
                        Phase.COMPUTE,
                        () -> computation.compute(context, inputs, step.config()));
            });
            raw = SharedMultiAssetResults.partOf(asset, partition, out, whole);
        } else {
            Map<AssetKey, Object> inputs = loadInputs(step, contexts);
            StepPhases.markInputsLoaded();
            raw = userCall(
                    asset.key(), partition, Phase.COMPUTE, () -> computation.compute(context, inputs, step.config()));
        }
        StepPhases.markComputed();
        CheckRunner checks = checks(runId);

        ResultInterpreter.Interpreted result = ResultInterpreter.interpret(asset, partition, raw);
        switch (result.kind()) {
            case NOT_MATERIALIZED:
                return StepOutcome.notMaterialized();
            case SELF_STORED:
                return StepOutcome.materialized(context.outputMetadata())
                        .withChecks(checks.run(step, contexts, checks.stored(step, contexts)));
            default:
                break;
        }
        OutputContext output = contexts.outputContext(asset, partition == null ? List.of() : List.of(partition));
        IOManager manager = ioManagers.forOutput(asset);
        userCall(asset.key(), partition, Phase.HANDLE_OUTPUT, () -> {
            manager.handleOutput(output, result.value());
            return null;
        });
        StepPhases.markStored();
        // Output's metadata first, then what the asset added to its context, then the I/O
        // manager's (e.g. the path written): later sources win on a repeated key
        Map<String, Object> metadata = new LinkedHashMap<>(result.metadata());
        metadata.putAll(context.outputMetadata());
        metadata.putAll(output.outputMetadata());
        return StepOutcome.materialized(metadata).withChecks(checks.run(step, contexts, result::value));
    }

    /** Loads the data inputs (ordering-only deps load nothing), by upstream key. */
    private Map<AssetKey, Object> loadInputs(PlannedStep step, StepContexts contexts) {
        Map<AssetKey, Object> inputs = new LinkedHashMap<>();
        String partition = step.key().partition();
        for (AssetInput input : step.definition().inputs()) {
            AssetDefinition upstream = definitions.asset(input.key());
            IOManager manager = ioManagers.forInput(input, upstream);
            var context = contexts.inputContext(upstream, input, partition, step.partitionsOf(input.key()));
            Object value = userCall(step.key().asset(), partition, Phase.LOAD_INPUT, () -> manager.loadInput(context));
            inputs.put(input.key(), value);
        }
        return inputs;
    }

    private <T> T userCall(AssetKey key, String partition, Phase phase, java.util.concurrent.Callable<T> call) {
        return UserCode.call(definitions.classLoader(), key, partition, phase, call);
    }
}
