package dev.assetstudio.engine.load;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AssetSpec;
import dev.assetstudio.api.AutomationCondition;
import dev.assetstudio.api.Definitions;
import dev.assetstudio.api.ScheduleDefinition;
import dev.assetstudio.api.Sensor;
import dev.assetstudio.api.SensorContext;
import dev.assetstudio.api.SensorDefinition;
import dev.assetstudio.api.SensorFunction;
import dev.assetstudio.api.SensorResult;
import dev.assetstudio.engine.AssetSelection;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.CronSchedule;
import dev.assetstudio.engine.definitions.ScheduleSpec;
import dev.assetstudio.engine.definitions.SensorSpec;
import dev.assetstudio.engine.graph.AssetGraph;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers a project's automation while it loads (API.md section 6): static {@link ScheduleDefinition}
 * fields and {@link Sensor @Sensor} methods of the classes read, the schedules and sensors of each
 * provider's {@link Definitions}, and the automation conditions of assets; then validates all of it
 * against the graph. Every mistake goes to {@link Problems}, naming the schedule, sensor or asset and
 * where it was defined.
 */
final class AutomationCollector {
    private final Problems problems;
    private final List<Found<ScheduleDefinition>> schedules = new ArrayList<>();
    private final List<Found<SensorDefinition>> sensors = new ArrayList<>();
    private final Map<AssetKey, Found<String>> conditionTexts = new TreeMap<>();
    private final Map<AssetKey, Found<AutomationCondition>> conditions = new TreeMap<>();

    /** Something found, with where. */
    private record Found<T>(T value, String definedIn) {}

    AutomationCollector(Problems problems) {
        this.problems = problems;
    }

    /** Reads the static schedule fields and sensor methods of an initialized class. */
    void readClass(Class<?> type) {
        Field[] fields;
        Method[] methods;
        try {
            fields = type.getDeclaredFields();
            methods = type.getDeclaredMethods();
        } catch (LinkageError e) {
            return; // the asset reader reports the class
        }
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field field : fields) {
            if (field.getType() == ScheduleDefinition.class && Modifier.isStatic(field.getModifiers())) {
                readSchedule(type, field);
            }
        }
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            Sensor sensor = method.getAnnotation(Sensor.class);
            if (sensor != null) {
                readSensor(type, method, sensor);
            }
        }
    }

    /** Takes the schedules and sensors a provider gave. */
    void addProvided(Definitions definitions, String origin) {
        definitions.schedules().forEach(s -> schedules.add(new Found<>(s, "ScheduleDefinition from " + origin)));
        definitions.sensors().forEach(s -> sensors.add(new Found<>(s, "SensorDefinition from " + origin)));
    }

    /** Takes the condition of an {@code @Asset} method, if it has one. */
    void addMethodCondition(MethodAsset method) {
        Asset asset = method.method().getAnnotation(Asset.class);
        if (asset == null) {
            return; // an out of a @MultiAsset: @Out has no automation condition
        }
        String text = asset.automation();
        if (!text.isBlank()) {
            conditionTexts.put(method.key(), new Found<>(text, method.definedIn()));
        }
    }

    /** Takes the condition of a programmatic asset, if it has one. */
    void addSpecCondition(AssetSpec spec, String origin) {
        spec.automation().ifPresent(c -> conditions.put(spec.key(), new Found<>(c, "AssetSpec from " + origin)));
    }

    private void readSchedule(Class<?> type, Field field) {
        String where = type.getName() + "#" + field.getName();
        try {
            field.trySetAccessible();
            Object value = field.get(null);
            if (value == null) {
                problems.add("schedule field " + where + " is null");
            } else {
                schedules.add(new Found<>((ScheduleDefinition) value, where));
            }
        } catch (IllegalAccessException e) {
            problems.add("schedule field " + where + " is not accessible; make it public static final");
        }
    }

    private void readSensor(Class<?> type, Method method, Sensor sensor) {
        String where = type.getName() + "#" + method.getName();
        String name = sensor.name().isBlank() ? method.getName() : sensor.name().strip();
        int modifiers = method.getModifiers();
        List<String> wrong = new ArrayList<>();
        if (!Modifier.isPublic(modifiers) || !Modifier.isStatic(modifiers)) {
            wrong.add("it must be public static");
        }
        boolean takesContext = method.getParameterCount() == 1 && method.getParameterTypes()[0] == SensorContext.class;
        if (method.getParameterCount() != 0 && !takesContext) {
            wrong.add("it must take one SensorContext or nothing, but takes "
                    + Arrays.toString(method.getParameterTypes()));
        }
        if (method.getReturnType() != SensorResult.class) {
            wrong.add("it must return SensorResult, but returns "
                    + method.getReturnType().getName());
        }
        if (sensor.intervalSeconds() < 1) {
            wrong.add("intervalSeconds is " + sensor.intervalSeconds() + "; it must be at least 1");
        }
        if (!wrong.isEmpty()) {
            problems.add("@Sensor method " + where + " (sensor " + name + "): " + String.join("; ", wrong));
            return;
        }
        SensorFunction function = context -> {
            try {
                return (SensorResult) (takesContext ? method.invoke(null, context) : method.invoke(null));
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception ex) {
                    throw ex;
                }
                throw (Error) cause;
            }
        };
        SensorDefinition definition = SensorDefinition.of(name, Duration.ofSeconds(sensor.intervalSeconds()), function);
        if (!sensor.description().isBlank()) {
            definition = definition.withDescription(sensor.description());
        }
        sensors.add(new Found<>(definition, where));
    }

    /** Validates everything against {@code graph} (null when the assets themselves had problems). */
    AutomationDefinitions validate(AssetGraph graph) {
        Map<String, String> names = new LinkedHashMap<>();
        List<ScheduleSpec> scheduleSpecs = new ArrayList<>();
        for (Found<ScheduleDefinition> found : schedules) {
            ScheduleDefinition s = found.value();
            String who = "schedule " + s.name() + " (" + found.definedIn() + ")";
            if (!uniqueName(names, s.name(), who)) {
                continue;
            }
            CronSchedule cron;
            try {
                cron = CronSchedule.parse(s.cron(), s.timezone());
            } catch (IllegalArgumentException e) {
                problems.add(who + ": " + e.getMessage());
                continue;
            }
            if (graph != null && !selectionResolves(who, s.selection(), graph)) {
                continue;
            }
            scheduleSpecs.add(new ScheduleSpec(
                    s.name(),
                    cron,
                    s.selection(),
                    s.partitionKey().orElse(null),
                    s.description().orElse(null),
                    found.definedIn()));
        }
        List<SensorSpec> sensorSpecs = new ArrayList<>();
        for (Found<SensorDefinition> found : sensors) {
            SensorDefinition s = found.value();
            String who = "sensor " + s.name() + " (" + found.definedIn() + ")";
            if (uniqueName(names, s.name(), who)) {
                sensorSpecs.add(new SensorSpec(
                        s.name(), s.interval(), s.function(), s.description().orElse(null), found.definedIn()));
            }
        }
        conditionTexts.forEach((key, found) -> {
            try {
                conditions.put(key, new Found<>(AutomationCondition.parse(found.value()), found.definedIn()));
            } catch (IllegalArgumentException e) {
                problems.add("asset " + key + " (" + found.definedIn() + "): invalid automation: " + e.getMessage());
            }
        });
        Map<AssetKey, AutomationCondition> valid = new TreeMap<>();
        conditions.forEach((key, found) -> {
            String who = "asset " + key + " (" + found.definedIn() + ")";
            if (cronsValid(who, found.value())) {
                valid.put(key, found.value());
            }
        });
        return new AutomationDefinitions(scheduleSpecs, sensorSpecs, valid);
    }

    private boolean uniqueName(Map<String, String> names, String name, String who) {
        String previous = names.putIfAbsent(name, who);
        if (previous != null) {
            problems.add("automation name " + name + " is used twice: by " + previous + " and by " + who
                    + "; schedules and sensors need distinct names");
            return false;
        }
        return true;
    }

    private boolean selectionResolves(String who, String selection, AssetGraph graph) {
        try {
            AssetSelection.parse(selection).resolve(graph);
            return true;
        } catch (RuntimeException e) {
            problems.add(who + ": invalid selection \"" + selection + "\": " + e.getMessage());
            return false;
        }
    }

    private boolean cronsValid(String who, AutomationCondition condition) {
        if (condition instanceof AutomationCondition.OnCron c) {
            try {
                CronSchedule.parse(c.cron(), c.timezone());
                return true;
            } catch (IllegalArgumentException e) {
                problems.add(who + ": automation " + condition + ": " + e.getMessage());
                return false;
            }
        }
        if (condition instanceof AutomationCondition.And a) {
            return cronsValid(who, a.left()) & cronsValid(who, a.right());
        }
        if (condition instanceof AutomationCondition.Or o) {
            return cronsValid(who, o.left()) & cronsValid(who, o.right());
        }
        if (condition instanceof AutomationCondition.Not n) {
            return cronsValid(who, n.operand());
        }
        return true;
    }
}
