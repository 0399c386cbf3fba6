package dev.assetstudio.engine.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.RunPlanningException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a run request's config fields ({@code Map<String, Object>}) into an asset's {@code Config}
 * record, strictly: unknown, missing and {@code null} fields and values of the wrong type are
 * errors, all reported at once and before the run starts.
 *
 * <pre>{@code
 * ConfigBinder.fields(ApiConfig.class);                          // [apiEndpoint: String]
 * ConfigBinder.validate(ApiConfig.class, Map.of("apiEndpoint", 3)); // [] (scalars coerce to String)
 * ConfigBinder.validate(ApiConfig.class, Map.of());               // [missing field 'apiEndpoint' (String)]
 * }</pre>
 */
public final class ConfigBinder {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigBinder() {}

    /** The fields of a config record, in declaration order. */
    public static List<ConfigField> fields(Class<?> recordType) {
        return Arrays.stream(components(recordType))
                .map(c -> new ConfigField(c.getName(), typeName(c.getGenericType()), c.getType()))
                .toList();
    }

    /**
     * The defaults of a config record that has a public no-arg constructor (a record may declare one:
     * {@code public SugarThreshold() { this(6); }}), as field values; empty when it has none. A run
     * without config for the asset uses them, and given fields override them one by one.
     *
     * @throws IllegalArgumentException naming the record when its no-arg constructor throws
     */
    public static Optional<Map<String, Object>> defaults(Class<?> type) {
        Constructor<?> noArg;
        try {
            noArg = type.getConstructor();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        try {
            Object instance = noArg.newInstance();
            Map<String, Object> values = new LinkedHashMap<>();
            for (RecordComponent c : components(type)) {
                Method accessor = c.getAccessor();
                accessor.trySetAccessible();
                values.put(c.getName(), accessor.invoke(instance));
            }
            return Optional.of(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(
                    "the no-arg constructor of config " + type.getName() + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read the defaults of config " + type.getName() + ": " + e, e);
        }
    }

    /** Every problem of {@code values} as a {@code type}; empty when it binds. */
    public static List<String> validate(Class<?> type, Map<String, ?> values) {
        List<String> problems = new ArrayList<>();
        RecordComponent[] components = components(type);
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
            String expected = typeName(c.getGenericType());
            if (!values.containsKey(c.getName())) {
                problems.add("missing field '" + c.getName() + "' (" + expected + ")");
            } else if (values.get(c.getName()) == null) {
                problems.add("field '" + c.getName() + "' is null; expected " + expected);
            } else {
                Object value = values.get(c.getName());
                try {
                    MAPPER.convertValue(value, MAPPER.constructType(c.getGenericType()));
                } catch (IllegalArgumentException e) {
                    problems.add("field '" + c.getName() + "' expects " + expected + ", got "
                            + value.getClass().getSimpleName() + " " + quoted(value));
                }
            }
        }
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                problems.add("unknown field '" + name + "' (fields of " + type.getSimpleName() + ": "
                        + String.join(", ", known) + ")");
            }
        }
        if (problems.isEmpty()) {
            try {
                MAPPER.convertValue(values, type);
            } catch (IllegalArgumentException e) {
                // a per-field check passed but the whole did not (e.g. a constructor that validates)
                problems.add(firstLine(e.getMessage()));
            }
        }
        return problems;
    }

    /**
     * Binds {@code values} to {@code type} for the asset {@code key}.
     *
     * @throws RunPlanningException listing every problem, each naming the asset and the field
     */
    public static Object bind(AssetKey key, Class<?> type, Map<String, ?> values) {
        List<String> problems = validate(type, values);
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems.stream()
                    .map(p -> "config of asset " + key + ": " + p)
                    .toList());
        }
        try {
            return MAPPER.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            throw new RunPlanningException("config of asset " + key + ": " + firstLine(e.getMessage()));
        }
    }

    private static RecordComponent[] components(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("config type " + type.getName() + " is not a record");
        }
        return type.getRecordComponents();
    }

    private static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return typeName(p.getRawType())
                    + Arrays.stream(p.getActualTypeArguments())
                            .map(ConfigBinder::typeName)
                            .collect(Collectors.joining(", ", "<", ">"));
        }
        return type.getTypeName();
    }

    private static String quoted(Object value) {
        return value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid config";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
