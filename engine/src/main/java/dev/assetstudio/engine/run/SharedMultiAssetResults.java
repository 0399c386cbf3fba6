package dev.assetstudio.engine.run;

import dev.assetstudio.api.MultiOutput;
import dev.assetstudio.api.Output;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.MultiOutComputation;
import dev.assetstudio.engine.definitions.UserCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs' results of their multi-asset methods, per run until it ends: the first out step of a multi-asset (per partition)
 * calls the method, the others wait for and share its {@link MultiOutput}, so the method runs once per
 * materialization of its outs. Each out then takes its own part.
 */
final class SharedMultiAssetResults {
    private final Map<String, CompletableFuture<Object>> results = new ConcurrentHashMap<>();

    /** The method's result for this step's partition, computing it if no sibling did yet. */
    Object resultOf(String runId, MultiOutComputation out, String partition, Callable<Object> compute) {
        String id = runId + "\u0000" + out.step().definedIn() + "\u0000" + (partition == null ? "" : partition);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> existing = results.putIfAbsent(id, mine);
        if (existing == null) {
            try {
                mine.complete(compute.call());
            } catch (Throwable t) {
                mine.completeExceptionally(t);
            }
            existing = mine;
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The runs it keeps results of. */
    int runs() {
        return (int) results.keySet().stream()
                .map(id -> id.substring(0, id.indexOf('\u0000')))
                .distinct()
                .count();
    }

    /** Forgets the results of a run that ended. */
    void runEnded(String runId) {
        results.keySet().removeIf(id -> id.startsWith(runId + "\u0000"));
    }

    /**
     * This out's part of the method's result, as an asset would return it: the value or {@link Output};
     * an empty {@link Optional} for an optional out left out.
     *
     * @throws UserCodeException (compute) for a result that is not a {@code MultiOutput}, a name that is
     *     no out, or a required out left out
     */
    static Object partOf(AssetDefinition asset, String partition, MultiOutComputation out, Object raw) {
        if (!(raw instanceof MultiOutput result)) {
            throw failure(
                    asset,
                    partition,
                    "@MultiAsset " + out.step().definedIn() + " returned "
                            + (raw == null ? "null" : raw.getClass().getName()) + "; it must return a MultiOutput");
        }
        List<String> names = out.step().outs().stream().map(k -> k.name()).toList();
        List<String> unknown = new ArrayList<>(result.values().keySet());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw failure(
                    asset,
                    partition,
                    "@MultiAsset " + out.step().definedIn() + " returned unknown out(s) " + unknown + "; its outs are "
                            + names);
        }
        Optional<Object> value = result.get(out.outName());
        if (value.isEmpty()) {
            if (asset.outputRequired()) {
                throw failure(
                        asset,
                        partition,
                        "@MultiAsset " + out.step().definedIn() + " did not return its required out '" + out.outName()
                                + "'; put it in the MultiOutput, or declare the @Out outputRequired = false");
            }
            return Optional.empty();
        }
        return value.get();
    }

    private static UserCodeException failure(AssetDefinition asset, String partition, String what) {
        return new UserCodeException(
                asset.key(),
                partition,
                UserCodeException.Phase.COMPUTE,
                UserCodeException.where(asset.key(), partition) + " failed in compute: " + what,
                null);
    }
}
