package dev.assetstudio.engine.run;

import dev.assetstudio.api.Output;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.UserCodeException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a computation returned: a plain value, an {@link Output} (value plus metadata), an
 * {@link Optional} (a conditional asset; may hold an {@code Output}), or nothing ({@code void}).
 */
final class ResultInterpreter {
    private ResultInterpreter() {}

    /** What to do with a computation's return value. */
    enum Kind {
        /** Hand the value to the I/O manager; a materialization. */
        STORE,
        /** A {@code void} asset stored its own data: a materialization without an I/O call. */
        SELF_STORED,
        /** A conditional asset returned empty: no I/O call, no materialization. */
        NOT_MATERIALIZED
    }

    /** The interpreted result: {@code value} and {@code metadata} matter for {@link Kind#STORE}. */
    record Interpreted(Kind kind, Object value, Map<String, Object> metadata) {}

    /**
     * @throws UserCodeException (compute) for {@code null} from a required, non-void asset, and for
     *     an empty {@code Optional} from a required one
     */
    static Interpreted interpret(AssetDefinition asset, String partition, Object raw) {
        if (asset.returnsVoid()) {
            return new Interpreted(Kind.SELF_STORED, null, Map.of());
        }
        Object result = raw;
        if (result instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                if (asset.outputRequired()) {
                    throw failure(
                            asset,
                            partition,
                            " returned an empty Optional but its output is required;"
                                    + " declare outputRequired = false to allow it");
                }
                return new Interpreted(Kind.NOT_MATERIALIZED, null, Map.of());
            }
            result = optional.get();
        }
        Map<String, Object> metadata = Map.of();
        if (result instanceof Output<?> output) {
            metadata = output.metadata();
            result = output.value();
        }
        if (result == null) {
            if (!asset.outputRequired()) {
                return new Interpreted(Kind.NOT_MATERIALIZED, null, Map.of());
            }
            throw failure(
                    asset,
                    partition,
                    " returned null; return a value, or declare outputRequired = false"
                            + " and return Optional.empty()");
        }
        return new Interpreted(Kind.STORE, result, metadata);
    }

    private static UserCodeException failure(AssetDefinition asset, String partition, String what) {
        return new UserCodeException(
                asset.key(),
                partition,
                UserCodeException.Phase.COMPUTE,
                UserCodeException.where(asset.key(), partition) + " failed in "
                        + UserCodeException.Phase.COMPUTE.words() + ": it" + what,
                null);
    }
}
