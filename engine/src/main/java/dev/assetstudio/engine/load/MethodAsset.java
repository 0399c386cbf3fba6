package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetDefinition;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * An {@code @Asset} method as read from its annotations, before parameters named after upstream
 * assets are matched to keys (which needs every key of the project) and before resources are known.
 *
 * @param key the asset's key
 * @param method the method
 * @param definition the definition so far: everything but inputs and computation
 * @param parameters one per method parameter, in order
 * @param valid false if a problem about the method was recorded: its key still counts as defined (so
 *     that its downstream assets are not reported as well), but no definition is built
 * @param outName for an out of a {@code @MultiAsset}, its name; {@code null} for an {@code @Asset}
 */
record MethodAsset(
        AssetKey key,
        Method method,
        AssetDefinition.Builder definition,
        List<Param> parameters,
        boolean valid,
        String outName) {

    MethodAsset(
            AssetKey key, Method method, AssetDefinition.Builder definition, List<Param> parameters, boolean valid) {
        this(key, method, definition, parameters, valid, null);
    }

    String definedIn() {
        String where = method.getDeclaringClass().getName() + "#" + method.getName();
        return outName == null ? where : "@MultiAsset " + where + " out " + outName;
    }

    /** The method, as {@code class#method}, whatever the out. */
    String methodName() {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    /**
     * One parameter: either already bound ({@code binding} set), or an upstream named by its
     * parameter name ({@code binding} null, {@code name} is the name to match).
     *
     * @param inputManager the {@code @In(inputManager)}, or null
     * @param metadata the {@code @In(metadata)}
     */
    record Param(
            ParameterBinding binding, String name, Class<?> type, String inputManager, Map<String, String> metadata) {
        boolean byName() {
            return binding == null;
        }
    }
}
