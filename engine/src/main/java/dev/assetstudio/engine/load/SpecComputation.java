package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetFunctionWithInputs;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetComputation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs an {@code AssetSpec}'s function with the context and the loaded inputs. It does not set the
 * thread's context class loader: callers go through {@link
 * dev.assetstudio.engine.definitions.UserCode#call}, which sets the project's.
 */
final class SpecComputation implements AssetComputation {
    private final AssetFunctionWithInputs function;

    SpecComputation(AssetFunctionWithInputs function) {
        this.function = function;
    }

    @Override
    public Object compute(AssetContext context, Map<AssetKey, Object> inputs, Object config) throws Exception {
        return function.apply(context, Collections.unmodifiableMap(new LinkedHashMap<>(inputs)));
    }
}
