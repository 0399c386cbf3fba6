package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetFunctionWithInputs;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetComputation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs an {@code AssetSpec}'s function with the context and the loaded inputs. */
final class SpecComputation implements AssetComputation {
    private final AssetFunctionWithInputs function;
    private final ClassLoader projectLoader;

    SpecComputation(AssetFunctionWithInputs function, ClassLoader projectLoader) {
        this.function = function;
        this.projectLoader = projectLoader;
    }

    @Override
    public Object compute(AssetContext context, Map<AssetKey, Object> inputs, Object config) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(projectLoader);
        try {
            return function.apply(context, Collections.unmodifiableMap(new LinkedHashMap<>(inputs)));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
