package dev.assetstudio.engine.worker;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.AutomationCondition;
import dev.assetstudio.api.FreshnessPolicy;
import dev.assetstudio.api.InMemoryIOManager;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.api.SensorFunction;
import dev.assetstudio.api.StaticPartitionsDefinition;
import dev.assetstudio.api.TimeWindowPartitionsDefinition;
import dev.assetstudio.engine.config.ConfigBinder;
import dev.assetstudio.engine.config.ConfigField;
import dev.assetstudio.engine.config.ConfigSchema;
import dev.assetstudio.engine.definitions.AssetComputation;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AssetInput;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.CheckDefinition;
import dev.assetstudio.engine.definitions.CronSchedule;
import dev.assetstudio.engine.definitions.FreshnessRule;
import dev.assetstudio.engine.definitions.MultiAssetStep;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import dev.assetstudio.engine.definitions.ScheduleSpec;
import dev.assetstudio.engine.definitions.SensorSpec;
import dev.assetstudio.engine.model.CheckKey;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The definitions of a project as plain data: what a worker sends so that the engine, which never
 * loads the project's classes, can show and plan them (keys, groups, metadata, inputs, partitions,
 * code versions, config fields, source locations, schedules, sensors and automation conditions).
 * {@link #of} describes loaded definitions;
 * {@link #toDefinitions} builds definitions whose computations cannot be called here.
 */
public record DefinitionsSnapshot(List<Asset> assets, List<Resource> resources, Automation automation) {
    public DefinitionsSnapshot {
        assets = List.copyOf(assets);
        resources = List.copyOf(resources);
        automation = automation == null ? new Automation(List.of(), List.of(), Map.of()) : automation;
    }

    /**
     * The project's automation as data: schedules, sensors (their code stays in the worker, which
     * evaluates them on request) and each asset's automation condition in its string form.
     */
    public record Automation(List<Schedule> schedules, List<Sensor> sensors, Map<String, String> conditions) {
        public Automation {
            schedules = schedules == null ? List.of() : List.copyOf(schedules);
            sensors = sensors == null ? List.of() : List.copyOf(sensors);
            conditions = conditions == null ? Map.of() : new LinkedHashMap<>(conditions);
        }
    }

    /** A schedule: its cron and zone, the selection it runs, its fixed partition (or {@code null}). */
    public record Schedule(
            String name,
            String cron,
            String zone,
            String selection,
            String partitionKey,
            String description,
            String definedIn) {}

    /** A sensor: its name, interval and where it was defined. */
    public record Sensor(String name, long intervalMillis, String description, String definedIn) {}

    /** One asset (or source asset). */
    public record Asset(
            String key,
            String group,
            String description,
            Map<String, String> metadata,
            String codeVersion,
            List<Input> inputs,
            List<String> deps,
            String ioManagerKey,
            boolean outputRequired,
            Partitions partitions,
            boolean source,
            String definedIn,
            Config config,
            boolean returnsVoid,
            Model model) {}

    /**
     * Section 5 of an asset: tags, owners, kinds, freshness (as written), checks and the multi-asset
     * step it shares ({@code null} when none).
     */
    public record Model(
            Map<String, String> tags,
            List<String> owners,
            List<String> kinds,
            List<String> freshness,
            List<Check> checks,
            String multiAssetName,
            String multiAssetDefinedIn,
            List<String> multiAssetOuts) {}

    /** An asset check as the engine shows and plans it; it runs in the worker. */
    public record Check(String name, String description, boolean blocking, boolean readsValue, String definedIn) {}

    /** One data input. */
    public record Input(
            String parameterName, String key, String inputManagerKey, Map<String, String> metadata, String type) {}

    /** A partitions definition: {@code STATIC} with keys, or a time unit with start, end and zone. */
    public record Partitions(String kind, List<String> keys, String start, String end, String zone) {}

    /** A config record: its fields and defaults ({@code null} when it has none). */
    public record Config(String typeName, List<Field> fields, Map<String, Object> defaults, String defaultsProblem) {}

    /** A config field: its written type ({@code List<Integer>}), raw class and full generic type. */
    public record Field(String name, String typeName, String rawType, String genericType) {}

    /**
     * A resource: its key and class, e.g. an I/O manager, and whether it keeps values in its JVM's
     * memory (an {@link InMemoryIOManager}, which a cluster run refuses).
     */
    public record Resource(String key, String className, boolean inMemory) {
        /** A resource that keeps nothing in memory. */
        public Resource(String key, String className) {
            this(key, className, false);
        }
    }

    /** Describes {@code definitions} and {@code automation}; runs inside the process that loaded them. */
    public static DefinitionsSnapshot of(ProjectDefinitions definitions, AutomationDefinitions automation) {
        DefinitionsSnapshot assets = of(definitions);
        return new DefinitionsSnapshot(assets.assets(), assets.resources(), automation(automation));
    }

    private static Automation automation(AutomationDefinitions automation) {
        List<Schedule> schedules = automation.schedules().stream()
                .map(s -> new Schedule(
                        s.name(),
                        s.cron().expression(),
                        s.cron().zone().getId(),
                        s.selection(),
                        s.partitionKey(),
                        s.description(),
                        s.definedIn()))
                .toList();
        List<Sensor> sensors = automation.sensors().stream()
                .map(s -> new Sensor(s.name(), s.interval().toMillis(), s.description(), s.definedIn()))
                .toList();
        Map<String, String> conditions = new LinkedHashMap<>();
        automation.conditions().forEach((k, c) -> conditions.put(k.toString(), c.toString()));
        return new Automation(schedules, sensors, conditions);
    }

    /**
     * The automation described here, its sensors calling {@code sensors} (the worker) to evaluate:
     * schedules and conditions are data the engine evaluates itself.
     */
    public AutomationDefinitions toAutomation(Function<String, SensorFunction> sensors) {
        List<ScheduleSpec> schedules = automation.schedules().stream()
                .map(s -> new ScheduleSpec(
                        s.name(),
                        CronSchedule.parse(s.cron(), s.zone()),
                        s.selection(),
                        s.partitionKey(),
                        s.description(),
                        s.definedIn()))
                .toList();
        List<SensorSpec> sensorSpecs = automation.sensors().stream()
                .map(s -> new SensorSpec(
                        s.name(),
                        Duration.ofMillis(s.intervalMillis()),
                        sensors.apply(s.name()),
                        s.description(),
                        s.definedIn()))
                .toList();
        Map<AssetKey, AutomationCondition> conditions = new LinkedHashMap<>();
        automation.conditions().forEach((k, c) -> conditions.put(AssetKey.parse(k), AutomationCondition.parse(c)));
        return new AutomationDefinitions(schedules, sensorSpecs, conditions);
    }

    /** Describes {@code definitions} without automation; runs inside the process that loaded them. */
    public static DefinitionsSnapshot of(ProjectDefinitions definitions) {
        List<Asset> assets = new ArrayList<>();
        for (AssetDefinition d : definitions.all()) {
            List<Input> inputs = d.inputs().stream()
                    .map(i -> new Input(
                            i.parameterName(),
                            i.key().toString(),
                            i.inputManagerKey(),
                            i.metadata(),
                            i.type().getName()))
                    .toList();
            assets.add(new Asset(
                    d.key().toString(),
                    d.group(),
                    d.description(),
                    d.metadata(),
                    d.codeVersion().orElse(null),
                    inputs,
                    d.deps().stream().map(AssetKey::toString).toList(),
                    d.ioManagerKey(),
                    d.outputRequired(),
                    d.partitions().map(DefinitionsSnapshot::partitions).orElse(null),
                    d.source(),
                    d.definedIn(),
                    d.configType().map(DefinitionsSnapshot::config).orElse(null),
                    d.returnsVoid(),
                    model(d)));
        }
        List<Resource> resources = new ArrayList<>();
        definitions
                .resources()
                .forEach((k, v) ->
                        resources.add(new Resource(k, v.getClass().getName(), v instanceof InMemoryIOManager)));
        return new DefinitionsSnapshot(assets, resources, null);
    }

    /**
     * Definitions built from this description, for {@code jar}. Their computations throw: steps run
     * in the worker. Resources are their {@link Resource} descriptions, not the objects.
     */
    public ProjectDefinitions toDefinitions(Path jar) {
        Map<AssetKey, AssetDefinition> defs = new LinkedHashMap<>();
        for (Asset a : assets) {
            AssetKey key = AssetKey.parse(a.key());
            List<AssetInput> inputs = a.inputs().stream()
                    .map(i -> new AssetInput(
                            i.parameterName(),
                            AssetKey.parse(i.key()),
                            i.inputManagerKey(),
                            i.metadata(),
                            jdkClass(i.type())))
                    .toList();
            Set<AssetKey> deps = new LinkedHashSet<>();
            a.deps().forEach(k -> deps.add(AssetKey.parse(k)));
            AssetDefinition.Builder b = AssetDefinition.builder(key)
                    .group(a.group())
                    .description(a.description())
                    .metadata(a.metadata() == null ? Map.of() : a.metadata())
                    .codeVersion(a.codeVersion())
                    .inputs(inputs)
                    .deps(deps)
                    .ioManagerKey(a.ioManagerKey())
                    .outputRequired(a.outputRequired())
                    .partitions(a.partitions() == null ? null : partitions(a.partitions()))
                    .source(a.source())
                    .definedIn(a.definedIn())
                    .returnsVoid(a.returnsVoid());
            if (a.config() != null) {
                b.configSchema(schema(a.config()));
            }
            List<CheckDefinition> checks = a.model() == null ? List.of() : model(b, key, a.model());
            if (!a.source()) {
                b.computation(inWorker(key));
            }
            defs.put(key, checks.isEmpty() ? b.build() : b.build().withChecks(checks));
        }
        Map<String, Object> resourceMap = new LinkedHashMap<>();
        resources.forEach(r -> resourceMap.put(r.key(), r));
        return new ProjectDefinitions(jar, defs, resourceMap, DefinitionsSnapshot.class.getClassLoader());
    }

    private static Model model(AssetDefinition d) {
        var freshness = d.freshness().map(f -> f.policy()).orElse(null);
        return new Model(
                d.tags(),
                d.owners(),
                List.copyOf(d.kinds()),
                freshness == null
                        ? null
                        : List.of(
                                freshness.warnAfter(),
                                freshness.failAfter(),
                                freshness.deadline(),
                                freshness.timezone()),
                d.checks().stream()
                        .map(c -> new Check(c.name(), c.description(), c.blocking(), c.readsValue(), c.definedIn()))
                        .toList(),
                d.multiAsset().map(m -> m.name()).orElse(null),
                d.multiAsset().map(m -> m.definedIn()).orElse(null),
                d.multiAsset()
                        .map(m -> m.outs().stream().map(AssetKey::toString).toList())
                        .orElse(null));
    }

    /** Puts {@code model} on {@code b}; gives the checks, to attach once the definition is built. */
    private static List<CheckDefinition> model(AssetDefinition.Builder b, AssetKey key, Model model) {
        b.tags(model.tags() == null ? Map.of() : model.tags())
                .owners(model.owners() == null ? List.of() : model.owners())
                .kinds(model.kinds() == null ? Set.of() : new LinkedHashSet<>(model.kinds()));
        if (model.freshness() != null) {
            b.freshness(FreshnessRule.parse(FreshnessPolicy.of(freshness(model.freshness()))));
        }
        if (model.multiAssetName() != null) {
            b.multiAsset(new MultiAssetStep(
                    model.multiAssetName(),
                    model.multiAssetDefinedIn(),
                    model.multiAssetOuts().stream().map(AssetKey::parse).toList()));
        }
        List<CheckDefinition> checks = new ArrayList<>();
        for (Check c : model.checks() == null ? List.<Check>of() : model.checks()) {
            CheckKey check = CheckKey.of(key, c.name());
            checks.add(new CheckDefinition(
                    check, c.description(), c.blocking(), c.readsValue(), c.definedIn(), (ctx, v) -> {
                        throw new IllegalStateException(
                                "check " + check + " runs in the project's worker process, not here");
                    }));
        }
        return checks;
    }

    /** The policy's four fields as the annotation, so FreshnessPolicy.of rebuilds exactly what was written. */
    private static dev.assetstudio.api.Freshness freshness(List<String> f) {
        return new dev.assetstudio.api.Freshness() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return dev.assetstudio.api.Freshness.class;
            }

            @Override
            public String warnAfter() {
                return f.get(0);
            }

            @Override
            public String failAfter() {
                return f.get(1);
            }

            @Override
            public String deadline() {
                return f.get(2);
            }

            @Override
            public String timezone() {
                return f.get(3);
            }
        };
    }

    private static AssetComputation inWorker(AssetKey key) {
        return (context, inputs, config) -> {
            throw new IllegalStateException("asset " + key + " runs in the project's worker process, not here");
        };
    }

    private static Partitions partitions(PartitionsDefinition p) {
        if (p instanceof StaticPartitionsDefinition s) {
            return new Partitions("STATIC", s.keys(), null, null, null);
        }
        TimeWindowPartitionsDefinition t = (TimeWindowPartitionsDefinition) p;
        return new Partitions(
                t.unit().name(),
                List.of(),
                t.start().toString(),
                t.end().map(LocalDateTime::toString).orElse(null),
                t.zone().getId());
    }

    private static PartitionsDefinition partitions(Partitions p) {
        if ("STATIC".equals(p.kind())) {
            return PartitionsDefinition.ofStatic(p.keys().toArray(String[]::new));
        }
        LocalDateTime start = LocalDateTime.parse(p.start());
        LocalDateTime end = p.end() == null ? null : LocalDateTime.parse(p.end());
        ZoneId zone = ZoneId.of(p.zone());
        return switch (TimeWindowPartitionsDefinition.Unit.valueOf(p.kind())) {
            case HOURLY -> PartitionsDefinition.hourly(start, end, zone);
            case DAILY -> PartitionsDefinition.daily(start.toLocalDate(), date(end), zone);
            case WEEKLY -> PartitionsDefinition.weekly(start.toLocalDate(), date(end), zone);
            case MONTHLY -> PartitionsDefinition.monthly(start.toLocalDate(), date(end), zone);
        };
    }

    private static java.time.LocalDate date(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }

    private static Config config(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        Map<String, Object> defaults = null;
        String problem = null;
        if (type.isRecord()) {
            List<ConfigField> described = ConfigBinder.fields(type);
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                fields.add(new Field(
                        components[i].getName(),
                        described.get(i).typeName(),
                        components[i].getType().getName(),
                        components[i].getGenericType().getTypeName()));
            }
            try {
                defaults = ConfigBinder.defaults(type).map(JsonValues::reduce).orElse(null);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        } else {
            problem = "config type " + type.getName() + " is not a record";
        }
        return new Config(type.getSimpleName(), fields, defaults, problem);
    }

    private static ConfigSchema schema(Config c) {
        List<ConfigField> fields = new ArrayList<>();
        Map<String, String> generic = new LinkedHashMap<>();
        for (Field f : c.fields()) {
            fields.add(new ConfigField(f.name(), f.typeName(), jdkClass(f.rawType())));
            generic.put(f.name(), f.genericType());
        }
        return ConfigSchema.described(c.typeName(), fields, generic, c.defaults(), c.defaultsProblem());
    }

    /** The class of {@code name} if the JDK has it (no project class is loaded here), else Object. */
    static Class<?> jdkClass(String name) {
        if (name == null) {
            return Object.class;
        }
        switch (name) {
            case "int":
                return int.class;
            case "long":
                return long.class;
            case "double":
                return double.class;
            case "float":
                return float.class;
            case "boolean":
                return boolean.class;
            case "short":
                return short.class;
            case "byte":
                return byte.class;
            case "char":
                return char.class;
            default:
                break;
        }
        if (!name.startsWith("java.")) {
            return Object.class;
        }
        try {
            return Class.forName(name, false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }
}
