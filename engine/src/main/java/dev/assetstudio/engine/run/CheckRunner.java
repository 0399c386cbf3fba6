package dev.assetstudio.engine.run;

import dev.assetstudio.api.AssetCheckResult;
import dev.assetstudio.api.AssetCheckSeverity;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.IOManager;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.CheckDefinition;
import dev.assetstudio.engine.definitions.UserCode;
import dev.assetstudio.engine.definitions.UserCodeException;
import dev.assetstudio.engine.io.IoManagers;
import dev.assetstudio.engine.io.StepContexts;
import dev.assetstudio.engine.model.AssetCheckEvaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs a step's asset checks, one after the other, each inside the user-code boundary. A check that
 * throws, returns nothing usable, or cannot get its asset's value is a failed check of severity
 * ERROR whose description says why; it never fails the step itself.
 */
final class CheckRunner {
    private final ClassLoader loader;
    private final IoManagers ioManagers;
    private final String runId;

    CheckRunner(ClassLoader loader, IoManagers ioManagers, String runId) {
        this.loader = loader;
        this.ioManagers = ioManagers;
        this.runId = runId;
    }

    /**
     * Runs {@code step}'s checks.
     *
     * @param value gives the asset's value, called at most once and only if a check reads it
     */
    List<AssetCheckEvaluation> run(PlannedStep step, StepContexts contexts, Callable<Object> value) {
        AssetDefinition asset = step.definition();
        String partition = step.key().partition();
        List<AssetCheckEvaluation> results = new ArrayList<>();
        Object loaded = null;
        RuntimeException loadFailure = null;
        boolean tried = false;
        for (String name : step.checks()) {
            CheckDefinition check = asset.check(name).orElseThrow();
            if (check.readsValue() && !tried) {
                tried = true;
                try {
                    loaded = value.call();
                } catch (Exception e) {
                    loadFailure = e instanceof RuntimeException r ? r : new RuntimeException(e);
                }
            }
            if (check.readsValue() && loadFailure != null) {
                results.add(failed(
                        check,
                        partition,
                        "could not get the value of " + asset.key() + " to check: "
                                + UserCodeException.describe(loadFailure)));
                continue;
            }
            results.add(evaluate(check, contexts.assetContext(asset, partition), partition, loaded));
        }
        return results;
    }

    /** Loads the asset's stored value through its I/O manager, for checks run without materializing. */
    Callable<Object> stored(PlannedStep step, StepContexts contexts) {
        AssetDefinition asset = step.definition();
        String partition = step.key().partition();
        return () -> {
            IOManager manager = ioManagers.forOutput(asset);
            var context =
                    contexts.inputContext(asset, null, partition, partition == null ? List.of() : List.of(partition));
            return UserCode.call(
                    loader,
                    asset.key(),
                    partition,
                    UserCodeException.Phase.LOAD_INPUT,
                    () -> manager.loadInput(context));
        };
    }

    private AssetCheckEvaluation evaluate(CheckDefinition check, AssetContext context, String partition, Object value) {
        Object raw;
        try {
            raw = UserCode.call(
                    loader, check.key().asset(), partition, UserCodeException.Phase.CHECK, () -> check.computation()
                            .evaluate(context, value));
        } catch (UserCodeException e) {
            return failed(
                    check, partition, "check " + check.key() + " threw " + UserCodeException.describe(e.getCause()));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (raw instanceof AssetCheckResult r) {
            metadata.putAll(r.metadata());
            metadata.putAll(context.outputMetadata());
            return new AssetCheckEvaluation(
                    runId,
                    Instant.now(),
                    check.key(),
                    partition,
                    r.passed(),
                    r.severity(),
                    check.blocking(),
                    r.description(),
                    metadata);
        }
        if (raw instanceof Boolean b) {
            metadata.putAll(context.outputMetadata());
            return new AssetCheckEvaluation(
                    runId,
                    Instant.now(),
                    check.key(),
                    partition,
                    b,
                    AssetCheckSeverity.ERROR,
                    check.blocking(),
                    "",
                    metadata);
        }
        return failed(
                check,
                partition,
                "check " + check.key() + " returned "
                        + (raw == null ? "null" : raw.getClass().getName()) + "; a check returns an AssetCheckResult");
    }

    private AssetCheckEvaluation failed(CheckDefinition check, String partition, String why) {
        return new AssetCheckEvaluation(
                runId,
                Instant.now(),
                check.key(),
                partition,
                false,
                AssetCheckSeverity.ERROR,
                check.blocking(),
                why,
                Map.of());
    }
}
