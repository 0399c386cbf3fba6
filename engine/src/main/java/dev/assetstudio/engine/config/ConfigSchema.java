package dev.assetstudio.engine.config;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.engine.model.RunPlanningException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Config} record an asset takes, as planning and the launchpad need it: its name, its
 * fields, its defaults, and how values are checked and bound. Made from the record class in the
 * process that loaded it ({@link #of(Class)}), or from a description sent by a worker process
 * ({@link #described}), where the class itself never exists: values are then checked against the
 * field types the JDK knows and bound in the worker ({@link UnboundConfig}).
 *
 * <pre>{@code
 * ConfigSchema schema = ConfigSchema.of(ApiConfig.class);
 * schema.fields();                                  // [apiEndpoint: String]
 * schema.validate(Map.of());                         // [missing field 'apiEndpoint' (String)]
 * }</pre>
 */
public final class ConfigSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String typeName;
    private final List<ConfigField> fields;
    private final Map<String, String> genericTypes;
    private final Map<String, Object> defaults;
    private final String defaultsProblem;
    private final Class<?> type;

    private ConfigSchema(
            String typeName,
            List<ConfigField> fields,
            Map<String, String> genericTypes,
            Map<String, Object> defaults,
            String defaultsProblem,
            Class<?> type) {
        this.typeName = typeName;
        this.fields = List.copyOf(fields);
        this.genericTypes = Map.copyOf(genericTypes);
        this.defaults = defaults;
        this.defaultsProblem = defaultsProblem;
        this.type = type;
    }

    /**
     * The schema of a loaded record class; binding makes instances of it, and its defaults are read
     * (by calling its no-arg constructor) each time they are asked for.
     */
    public static ConfigSchema of(Class<?> type) {
        Map<String, String> generic = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                generic.put(c.getName(), c.getGenericType().getTypeName());
            }
        }
        return new ConfigSchema(type.getSimpleName(), List.of(), generic, null, null, type);
    }

    /**
     * A schema described by another process.
     *
     * @param genericTypes each field's full generic type name ({@code java.util.List<java.lang.Integer>})
     * @param defaults the record's defaults, or {@code null} when it has none
     * @param defaultsProblem why its defaults could not be read, or {@code null}
     */
    public static ConfigSchema described(
            String typeName,
            List<ConfigField> fields,
            Map<String, String> genericTypes,
            Map<String, Object> defaults,
            String defaultsProblem) {
        return new ConfigSchema(typeName, fields, genericTypes, defaults, defaultsProblem, null);
    }

    /** The record's simple name, e.g. {@code ApiConfig}. */
    public String typeName() {
        return typeName;
    }

    /**
     * The fields, in declaration order.
     *
     * @throws IllegalArgumentException when a loaded config type is not a record
     */
    public List<ConfigField> fields() {
        return type != null ? ConfigBinder.fields(type) : fields;
    }

    /** Each field's full generic type name, by field name. */
    public Map<String, String> genericTypes() {
        return genericTypes;
    }

    /** The record class, when it is loaded in this process. */
    public Optional<Class<?>> type() {
        return Optional.ofNullable(type);
    }

    /**
     * The record's defaults (from a public no-arg constructor), empty when it has none.
     *
     * @throws IllegalArgumentException naming the record when its no-arg constructor throws
     */
    public Optional<Map<String, Object>> defaults() {
        if (type != null) {
            return ConfigBinder.defaults(type);
        }
        if (defaultsProblem != null) {
            throw new IllegalArgumentException(defaultsProblem);
        }
        return Optional.ofNullable(defaults);
    }

    /** Every problem of {@code values} as this record; empty when they bind. */
    public List<String> validate(Map<String, ?> values) {
        if (type != null) {
            return ConfigBinder.validate(type, values);
        }
        List<String> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (ConfigField field : fields) {
            known.add(field.name());
            Object value = values.get(field.name());
            if (!values.containsKey(field.name())) {
                problems.add("missing field '" + field.name() + "' (" + field.typeName() + ")");
            } else if (value == null) {
                problems.add("field '" + field.name() + "' is null; expected " + field.typeName());
            } else {
                javaType(field.name()).ifPresent(t -> {
                    try {
                        MAPPER.convertValue(value, t);
                    } catch (IllegalArgumentException e) {
                        problems.add("field '" + field.name() + "' expects " + field.typeName() + ", got "
                                + value.getClass().getSimpleName() + " "
                                + (value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value)));
                    }
                });
            }
        }
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                problems.add(
                        "unknown field '" + name + "' (fields of " + typeName + ": " + String.join(", ", known) + ")");
            }
        }
        return problems;
    }

    /**
     * Binds {@code values} for asset {@code key}: the record itself when its class is here, else an
     * {@link UnboundConfig} that the worker binds.
     *
     * @throws RunPlanningException listing every problem
     */
    public Object bind(AssetKey key, Map<String, ?> values) {
        if (type != null) {
            return ConfigBinder.bind(key, type, values);
        }
        List<String> problems = validate(values);
        if (!problems.isEmpty()) {
            throw new RunPlanningException(problems.stream()
                    .map(p -> "config of asset " + key + ": " + p)
                    .toList());
        }
        return new UnboundConfig(new LinkedHashMap<>(values));
    }

    /** The field's type if the JDK alone can build it; empty for the project's own types. */
    private Optional<JavaType> javaType(String field) {
        String name = genericTypes.get(field);
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TypeFactory.defaultInstance().constructFromCanonical(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ConfigSchema[" + typeName + ", " + fields + "]";
    }
}
