package dev.assetstudio.engine.definitions;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetKey;
import java.util.Map;
import java.util.Objects;

/**
 * The computation of one out of a {@code @MultiAsset}: the shared method, which returns a {@code
 * MultiOutput} for every out, and the name of the out this asset takes from it. The executor calls
 * the method once per step (see {@link MultiAssetStep}) and hands each out its part.
 */
public final class MultiOutComputation implements AssetComputation {
    private final MultiAssetStep step;
    private final String outName;
    private final AssetComputation method;

    public MultiOutComputation(MultiAssetStep step, String outName, AssetComputation method) {
        this.step = Objects.requireNonNull(step, "step");
        this.outName = Objects.requireNonNull(outName, "outName");
        this.method = Objects.requireNonNull(method, "method");
    }

    /** The shared step. */
    public MultiAssetStep step() {
        return step;
    }

    /** The name of this out in the {@code MultiOutput}. */
    public String outName() {
        return outName;
    }

    /** Runs the shared method: its result is the whole {@code MultiOutput}, not this out's value. */
    @Override
    public Object compute(AssetContext context, Map<AssetKey, Object> inputs, Object config) throws Exception {
        return method.compute(context, inputs, config);
    }

    @Override
    public String toString() {
        return "MultiOutComputation[" + step.definedIn() + " out " + outName + "]";
    }
}
