package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetKey;
import java.lang.reflect.Method;
import java.util.List;

/**
 * An {@code @AssetCheck} method as read from its annotation, before its asset is known to exist and
 * its parameters are bound.
 *
 * @param asset the checked asset's key
 * @param name the check's name
 * @param parameters one per method parameter, in order
 */
record MethodCheck(
        AssetKey asset,
        String name,
        Method method,
        List<MethodAsset.Param> parameters,
        String description,
        boolean blocking) {

    String definedIn() {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }
}
