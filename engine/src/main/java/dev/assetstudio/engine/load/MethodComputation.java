package dev.assetstudio.engine.load;

import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.definitions.AssetComputation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@code @Asset} method: builds its arguments from the bindings decided at load time and
 * invokes it, throwing the user's own exception (not the reflection wrapper) when it fails. It does
 * not set the thread's context class loader: callers go through {@link
 * dev.assetstudio.engine.definitions.UserCode#call}, which sets the project's.
 */
final class MethodComputation implements AssetComputation {
    private final Method method;
    private final List<ParameterBinding> bindings;
    private final Map<String, Object> resources;

    /**
     * @param resources the definitions' resources, used when the context does not carry one (e.g. a
     *     context built in a test without resources)
     */
    MethodComputation(Method method, List<ParameterBinding> bindings, Map<String, Object> resources) {
        this.method = method;
        this.bindings = List.copyOf(bindings);
        this.resources = resources;
        // A public method of a package-private class is not invokable by reflection without this.
        method.trySetAccessible();
    }

    @Override
    public Object compute(AssetContext context, Map<AssetKey, Object> inputs, Object config) throws Exception {
        Object[] args = new Object[bindings.size()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(bindings.get(i), context, inputs, config);
            if (args[i] != null && !types[i].isPrimitive() && !types[i].isInstance(args[i])) {
                throw new IllegalArgumentException(where() + ": parameter " + (i + 1) + " ("
                        + describe(bindings.get(i)) + ") expects " + types[i].getName() + " but got "
                        + args[i].getClass().getName());
            }
        }
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw unwrap(e.getCause());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where() + " cannot take its arguments: " + e.getMessage(), e);
        }
    }

    private Object argument(
            ParameterBinding binding, AssetContext context, Map<AssetKey, Object> inputs, Object config) {
        if (binding instanceof ParameterBinding.Context) {
            return context;
        } else if (binding instanceof ParameterBinding.Config) {
            return config;
        } else if (binding instanceof ParameterBinding.Resource r) {
            Map<String, Object> fromContext = context == null ? Map.of() : context.resources();
            return fromContext.containsKey(r.key()) ? fromContext.get(r.key()) : resources.get(r.key());
        } else {
            return inputs.get(((ParameterBinding.Input) binding).key());
        }
    }

    private static String describe(ParameterBinding binding) {
        if (binding instanceof ParameterBinding.Resource r) {
            return "resource " + r.key();
        } else if (binding instanceof ParameterBinding.Input in) {
            return "input " + in.key();
        } else if (binding instanceof ParameterBinding.Config c) {
            return "config " + c.type().getSimpleName();
        }
        return "context";
    }

    private static Exception unwrap(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof Exception e ? e : new RuntimeException(cause);
    }

    private String where() {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    List<ParameterBinding> bindings() {
        return bindings;
    }

    @Override
    public String toString() {
        return "MethodComputation[" + where() + "]";
    }
}
