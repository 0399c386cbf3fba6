package dev.assetstudio.engine.load;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetCheck;
import dev.assetstudio.api.AssetCheckResult;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetGroup;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.Config;
import dev.assetstudio.api.DailyPartitions;
import dev.assetstudio.api.Freshness;
import dev.assetstudio.api.FreshnessPolicy;
import dev.assetstudio.api.In;
import dev.assetstudio.api.KeyPrefix;
import dev.assetstudio.api.Meta;
import dev.assetstudio.api.MultiAsset;
import dev.assetstudio.api.MultiOutput;
import dev.assetstudio.api.Out;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.api.Resource;
import dev.assetstudio.api.SourceAsset;
import dev.assetstudio.api.Tag;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.MultiAssetStep;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one class's {@code @Asset} methods and {@code SourceAsset} static fields, resolving key,
 * group, metadata, partitions and parameter bindings from the annotations as API.md section 1 says.
 * What it cannot accept goes to {@link Problems}, naming class and method.
 */
final class AnnotatedAssetReader {
    private final Problems problems;
    /**
     * The {@code @AssetGroup} of each package read so far (empty if none), by class loader and package
     * name: looking up a missing {@code package-info} throws, and doing that once per method was 6 % of
     * loading a big jar. A reader serves one load, so the cache lives as long as that load.
     */
    private final Map<PackageOf, Optional<AssetGroup>> packageGroups = new HashMap<>();

    private record PackageOf(ClassLoader loader, String name) {}

    AnnotatedAssetReader(Problems problems) {
        this.problems = problems;
    }

    /** What a class defines. */
    record ClassAssets(List<MethodAsset> methods, List<FieldSource> sources, List<MethodCheck> checks) {}

    /** A {@code SourceAsset} found in a static field, with where it was found. */
    record FieldSource(SourceAsset source, String definedIn) {}

    ClassAssets read(Class<?> type) {
        List<MethodAsset> methods = new ArrayList<>();
        List<FieldSource> sources = new ArrayList<>();
        List<MethodCheck> checks = new ArrayList<>();
        Method[] declared;
        Field[] fields;
        try {
            declared = type.getDeclaredMethods();
            fields = type.getDeclaredFields();
        } catch (LinkageError e) {
            problems.add(ClassFailures.describe(type.getName(), e));
            return new ClassAssets(methods, sources, checks);
        }
        // Reflection gives no order; sorting keeps messages and definitions the same on every load.
        Arrays.sort(declared, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        for (Method method : declared) {
            String where = type.getName() + "#" + method.getName();
            int kinds = (method.isAnnotationPresent(Asset.class) ? 1 : 0)
                    + (method.isAnnotationPresent(MultiAsset.class) ? 1 : 0)
                    + (method.isAnnotationPresent(AssetCheck.class) ? 1 : 0);
            if (kinds > 1) {
                problems.add(where + " carries more than one of @Asset, @MultiAsset and @AssetCheck; keep one");
                continue;
            }
            if (method.isAnnotationPresent(Asset.class)) {
                readMethod(type, method).ifPresent(methods::add);
            } else if (method.isAnnotationPresent(MultiAsset.class)) {
                methods.addAll(readMultiAsset(type, method));
            } else if (method.isAnnotationPresent(AssetCheck.class)) {
                readCheck(type, method).ifPresent(checks::add);
            }
        }
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field field : fields) {
            if (field.getType() == SourceAsset.class && Modifier.isStatic(field.getModifiers())) {
                readField(type, field).ifPresent(sources::add);
            }
        }
        return new ClassAssets(methods, sources, checks);
    }

    private Optional<FieldSource> readField(Class<?> type, Field field) {
        String where = type.getName() + "#" + field.getName();
        try {
            field.trySetAccessible();
            Object value = field.get(null);
            if (value == null) {
                problems.add("source asset field " + where + " is null");
                return Optional.empty();
            }
            return Optional.of(new FieldSource((SourceAsset) value, where));
        } catch (IllegalAccessException e) {
            problems.add("source asset field " + where + " is not accessible; make it public static final");
            return Optional.empty();
        }
    }

    private Optional<MethodAsset> readMethod(Class<?> type, Method method) {
        String where = type.getName() + "#" + method.getName();
        Asset asset = method.getAnnotation(Asset.class);
        AssetKey key = key(type, method, asset, where);
        if (key == null) {
            return Optional.empty();
        }
        int modifiers = method.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isPublic(modifiers)) {
            List<String> missing = new ArrayList<>();
            if (!Modifier.isPublic(modifiers)) {
                missing.add("public");
            }
            if (!Modifier.isStatic(modifiers)) {
                missing.add("static");
            }
            problems.add("@Asset method " + where + " must be public static, but it is not "
                    + String.join(" and not ", missing));
            return Optional.of(new MethodAsset(key, method, AssetDefinition.builder(key), List.of(), false));
        }
        String group = group(type, asset, key, where);
        AssetDefinition.Builder definition = AssetDefinition.builder(key)
                .group(group)
                .description(asset.description())
                .metadata(metadata(asset.metadata()))
                .codeVersion(asset.codeVersion())
                .ioManagerKey(asset.ioManager())
                .outputRequired(asset.outputRequired())
                .definedIn(where)
                .returnsVoid(method.getReturnType() == void.class)
                .deps(deps(asset.deps(), where));
        String who = "asset " + key + " (" + where + ")";
        describe(
                definition,
                type,
                who,
                asset.tags(),
                asset.owners(),
                asset.kinds(),
                freshness(method, asset.freshness(), who));
        partitions(method, asset.partitions(), where).ifPresent(definition::partitions);
        List<MethodAsset.Param> params = new ArrayList<>();
        Class<?> configType = null;
        for (Parameter parameter : method.getParameters()) {
            MethodAsset.Param param = readParameter(parameter, where);
            if (param == null) {
                continue;
            }
            if (param.binding() instanceof ParameterBinding.Config config) {
                if (configType != null) {
                    problems.add(where + " takes two config parameters (" + configType.getName() + " and "
                            + config.type().getName() + "); an asset takes at most one Config record");
                }
                configType = config.type();
            }
            params.add(param);
        }
        definition.configType(configType);
        // A refused parameter's problem is recorded; the asset is kept only as a known key.
        boolean valid = params.size() == method.getParameterCount();
        return Optional.of(new MethodAsset(key, method, definition, params, valid));
    }

    private AssetKey key(Class<?> type, Method method, Asset asset, String where) {
        return key(type, asset.keyPrefix(), asset.name().isEmpty() ? method.getName() : asset.name(), "@Asset", where);
    }

    private AssetKey key(Class<?> type, String[] prefix, String name, String annotation, String where) {
        List<String> segments = new ArrayList<>();
        KeyPrefix classPrefix = type.getAnnotation(KeyPrefix.class);
        if (classPrefix != null) {
            segments.addAll(Arrays.asList(classPrefix.value()));
        }
        segments.addAll(Arrays.asList(prefix));
        segments.add(name);
        try {
            return AssetKey.of(segments);
        } catch (IllegalArgumentException e) {
            problems.add(annotation + " method " + where + " has an invalid key " + segments + ": " + e.getMessage());
            return null;
        }
    }

    /** Puts tags (merged over the class's and package's), owners, kinds and freshness on {@code definition}. */
    private void describe(
            AssetDefinition.Builder definition,
            Class<?> type,
            String who,
            Tag[] tags,
            String[] owners,
            String[] kinds,
            FreshnessPolicy freshness) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (Tag t : packageTags(type)) {
            merged.put(t.key(), t.value());
        }
        for (Tag t : type.getAnnotationsByType(Tag.class)) {
            merged.put(t.key(), t.value());
        }
        for (Tag t : tags) {
            merged.put(t.key(), t.value());
        }
        definition
                .tags(AssetAttributes.tags(who, merged, problems))
                .owners(AssetAttributes.owners(who, Arrays.asList(owners), problems))
                .kinds(AssetAttributes.kinds(who, Arrays.asList(kinds), problems))
                .freshness(AssetAttributes.freshness(who, freshness, problems));
    }

    /** The one freshness policy of the element or of the method itself; two are a problem. */
    private FreshnessPolicy freshness(Method method, Freshness[] declared, String who) {
        List<Freshness> all = new ArrayList<>(Arrays.asList(declared));
        Freshness onMethod = method.getAnnotation(Freshness.class);
        if (onMethod != null) {
            all.add(onMethod);
        }
        if (all.size() > 1) {
            problems.add(who + " declares " + all.size() + " freshness policies; keep one");
        }
        return all.isEmpty() ? null : FreshnessPolicy.of(all.get(0));
    }

    private String group(Class<?> type, Asset asset, AssetKey key, String where) {
        return group(type, asset.group(), key, where, "@Asset method");
    }

    private String group(Class<?> type, String declared, AssetKey key, String where, String annotation) {
        AssetGroup classGroup = type.getAnnotation(AssetGroup.class);
        AssetGroup packageGroup = packageGroup(type);
        String inherited = classGroup != null ? classGroup.value() : packageGroup != null ? packageGroup.value() : null;
        String explicit = declared.isEmpty() ? null : declared;
        if (explicit != null && inherited != null && !explicit.equals(inherited)) {
            String declaredOn = classGroup != null
                    ? "its class " + type.getName()
                    : "its package " + type.getPackageName() + " (package-info.java)";
            problems.add("group conflict: asset " + key + " (" + annotation + " " + where + ") declares group \""
                    + explicit + "\" but "
                    + declaredOn + " declares @AssetGroup(\"" + inherited + "\")");
        }
        if (explicit != null) {
            return explicit;
        }
        return inherited != null ? inherited : AssetDefinition.DEFAULT_GROUP;
    }

    private AssetGroup packageGroup(Class<?> type) {
        return packageGroups
                .computeIfAbsent(
                        new PackageOf(type.getClassLoader(), type.getPackageName()),
                        p -> Optional.ofNullable(findPackageGroup(type)))
                .orElse(null);
    }

    private static Tag[] packageTags(Class<?> type) {
        Package pkg = type.getPackage();
        Tag[] tags = pkg == null ? new Tag[0] : pkg.getAnnotationsByType(Tag.class);
        if (tags.length > 0 || type.getPackageName().isEmpty()) {
            return tags;
        }
        try {
            Class<?> info = Class.forName(type.getPackageName() + ".package-info", false, type.getClassLoader());
            return info.getAnnotationsByType(Tag.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return tags;
        }
    }

    private static AssetGroup findPackageGroup(Class<?> type) {
        Package pkg = type.getPackage();
        AssetGroup group = pkg == null ? null : pkg.getAnnotation(AssetGroup.class);
        if (group != null || type.getPackageName().isEmpty()) {
            return group;
        }
        // Package annotations live in the package-info class; load it ourselves in case the package
        // object was defined before that class was found.
        try {
            Class<?> info = Class.forName(type.getPackageName() + ".package-info", false, type.getClassLoader());
            return info.getAnnotation(AssetGroup.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private Set<AssetKey> deps(String[] declared, String where) {
        Set<AssetKey> deps = new LinkedHashSet<>();
        for (String dep : declared) {
            try {
                deps.add(AssetKey.parse(dep));
            } catch (IllegalArgumentException e) {
                problems.add("@Asset method " + where + " has an invalid dep \"" + dep + "\": " + e.getMessage());
            }
        }
        return deps;
    }

    private Optional<PartitionsDefinition> partitions(Method method, DailyPartitions[] declared, String where) {
        List<Annotation> declarations = new ArrayList<>(Arrays.asList(declared));
        for (Annotation annotation : method.getAnnotations()) {
            if (PartitionsDefinition.isPartitionsAnnotation(annotation.annotationType())) {
                declarations.add(annotation);
            }
        }
        if (declarations.isEmpty()) {
            return Optional.empty();
        }
        if (declarations.size() > 1) {
            problems.add(
                    "@Asset method " + where + " declares partitions twice (" + describe(declarations) + "); keep one");
            return Optional.empty();
        }
        try {
            return Optional.of(PartitionsDefinition.fromAnnotation(declarations.get(0)));
        } catch (IllegalArgumentException e) {
            problems.add("@Asset method " + where + " has invalid partitions: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String describe(List<Annotation> declarations) {
        List<String> names = new ArrayList<>();
        for (Annotation a : declarations) {
            String name = "@" + a.annotationType().getSimpleName();
            names.add(a instanceof DailyPartitions ? name + " (on @Asset(partitions) or the method)" : name);
        }
        return String.join(", ", names);
    }

    /** One {@link MethodAsset} per out, sharing the method and its parameters. */
    private List<MethodAsset> readMultiAsset(Class<?> type, Method method) {
        String where = type.getName() + "#" + method.getName();
        MultiAsset multi = method.getAnnotation(MultiAsset.class);
        List<MethodAsset> outs = new ArrayList<>();
        if (multi.outs().length == 0) {
            problems.add("@MultiAsset method " + where + " declares no outs; give at least one @Out");
            return outs;
        }
        int modifiers = method.getModifiers();
        boolean callable = Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers);
        if (!callable) {
            problems.add("@MultiAsset method " + where + " must be public static");
        }
        if (method.getReturnType() != MultiOutput.class) {
            problems.add("@MultiAsset method " + where + " returns "
                    + method.getReturnType().getSimpleName() + "; it must return MultiOutput");
            callable = false;
        }
        Params params = readParameters(method, where);
        Optional<PartitionsDefinition> partitions = partitions(method, new DailyPartitions[0], where);
        Set<AssetKey> deps = deps(multi.deps(), where);
        List<AssetKey> keys = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Out out : multi.outs()) {
            if (!names.add(out.name())) {
                problems.add("@MultiAsset method " + where + " declares out \"" + out.name() + "\" twice");
                continue;
            }
            AssetKey key = key(type, multi.keyPrefix(), out.name(), "@MultiAsset", where);
            if (key != null) {
                keys.add(key);
            }
        }
        MultiAssetStep step = new MultiAssetStep(multi.name().isEmpty() ? method.getName() : multi.name(), where, keys);
        int i = 0;
        for (Out out : multi.outs()) {
            if (i >= keys.size() || !keys.get(i).name().equals(out.name())) {
                continue;
            }
            AssetKey key = keys.get(i++);
            String outWhere = "@MultiAsset " + where + " out " + out.name();
            String who = "asset " + key + " (" + outWhere + ")";
            String group = group(type, out.group().isEmpty() ? multi.group() : out.group(), key, where, "@MultiAsset");
            AssetDefinition.Builder definition = AssetDefinition.builder(key)
                    .group(group)
                    .description(out.description())
                    .metadata(metadata(out.metadata()))
                    .codeVersion(out.codeVersion())
                    .ioManagerKey(out.ioManager())
                    .outputRequired(out.outputRequired())
                    .definedIn(outWhere)
                    .deps(deps)
                    .multiAsset(step);
            describe(
                    definition,
                    type,
                    who,
                    out.tags(),
                    out.owners(),
                    out.kinds(),
                    freshness(method, out.freshness(), who));
            partitions.ifPresent(definition::partitions);
            definition.configType(params.configType());
            outs.add(new MethodAsset(key, method, definition, params.params(), callable && params.valid(), out.name()));
        }
        return outs;
    }

    private Optional<MethodCheck> readCheck(Class<?> type, Method method) {
        String where = type.getName() + "#" + method.getName();
        AssetCheck check = method.getAnnotation(AssetCheck.class);
        int modifiers = method.getModifiers();
        if (!Modifier.isStatic(modifiers) || !Modifier.isPublic(modifiers)) {
            problems.add("@AssetCheck method " + where + " must be public static");
            return Optional.empty();
        }
        Class<?> returns = method.getReturnType();
        if (returns != AssetCheckResult.class && returns != boolean.class && returns != Boolean.class) {
            problems.add("@AssetCheck method " + where + " returns " + returns.getSimpleName()
                    + "; it must return AssetCheckResult (or boolean)");
            return Optional.empty();
        }
        if (!check.asset().isEmpty() == (check.assetKey().length > 0)) {
            problems.add("@AssetCheck method " + where
                    + " must name its asset once: asset = \"a/b\" or assetKey = {\"a\", \"b\"}");
            return Optional.empty();
        }
        AssetKey asset;
        try {
            asset = check.asset().isEmpty() ? AssetKey.of(check.assetKey()) : AssetKey.parse(check.asset());
        } catch (IllegalArgumentException e) {
            problems.add("@AssetCheck method " + where + " names an invalid asset key: " + e.getMessage());
            return Optional.empty();
        }
        Params params = readParameters(method, where);
        if (!params.valid()) {
            return Optional.empty();
        }
        if (params.configType() != null) {
            problems.add("@AssetCheck method " + where + " takes config "
                    + params.configType().getSimpleName()
                    + "; a check takes its asset's value, the context and resources");
            return Optional.empty();
        }
        String name = check.name().isEmpty() ? method.getName() : check.name();
        return Optional.of(
                new MethodCheck(asset, name, method, params.params(), check.description(), check.blocking()));
    }

    /** A method's parameters as read; {@code valid} is false if any was refused (the problem is recorded). */
    private record Params(List<MethodAsset.Param> params, Class<?> configType, boolean valid) {}

    private Params readParameters(Method method, String where) {
        List<MethodAsset.Param> params = new ArrayList<>();
        Class<?> configType = null;
        for (Parameter parameter : method.getParameters()) {
            MethodAsset.Param param = readParameter(parameter, where);
            if (param == null) {
                continue;
            }
            if (param.binding() instanceof ParameterBinding.Config config) {
                if (configType != null) {
                    problems.add(where + " takes two config parameters (" + configType.getName() + " and "
                            + config.type().getName() + "); an asset takes at most one Config record");
                }
                configType = config.type();
            }
            params.add(param);
        }
        return new Params(params, configType, params.size() == method.getParameterCount());
    }

    private MethodAsset.Param readParameter(Parameter parameter, String where) {
        Class<?> type = parameter.getType();
        if (type == AssetContext.class) {
            return new MethodAsset.Param(new ParameterBinding.Context(), parameter.getName(), type, null, Map.of());
        }
        if (Config.class.isAssignableFrom(type)) {
            if (!type.isRecord()) {
                problems.add(where + " takes config of type " + type.getName()
                        + ", which is not a record; a Config type must be a record");
                return null;
            }
            return new MethodAsset.Param(new ParameterBinding.Config(type), parameter.getName(), type, null, Map.of());
        }
        Resource resource = parameter.getAnnotation(Resource.class);
        if (resource != null) {
            return new MethodAsset.Param(
                    new ParameterBinding.Resource(resource.value()), parameter.getName(), type, null, Map.of());
        }
        In in = parameter.getAnnotation(In.class);
        String inputManager = in == null || in.inputManager().isEmpty() ? null : in.inputManager();
        Map<String, String> metadata = in == null ? Map.of() : metadata(in.metadata());
        if (in != null && (!in.value().isEmpty() || in.key().length > 0)) {
            if (!in.value().isEmpty() && in.key().length > 0) {
                problems.add(where + " parameter " + name(parameter) + ": @In gives both value \"" + in.value()
                        + "\" and key " + Arrays.toString(in.key()) + "; give one");
                return null;
            }
            try {
                AssetKey key = in.value().isEmpty() ? AssetKey.of(in.key()) : AssetKey.parse(in.value());
                return new MethodAsset.Param(
                        new ParameterBinding.Input(key), name(parameter), type, inputManager, metadata);
            } catch (IllegalArgumentException e) {
                problems.add(where + " parameter " + name(parameter) + ": @In names an invalid key: " + e.getMessage());
                return null;
            }
        }
        if (!parameter.isNamePresent()) {
            problems.add(where + " was compiled without -parameters, so parameter " + parameter.getName()
                    + " cannot bind to an upstream asset; compile with -parameters (maven-compiler-plugin"
                    + " <parameters>true</parameters>) or name the input with @In(\"key\")");
            return null;
        }
        return new MethodAsset.Param(null, parameter.getName(), type, inputManager, metadata);
    }

    private static String name(Parameter parameter) {
        return parameter.isNamePresent() ? parameter.getName() : parameter.getName() + " (unnamed: no -parameters)";
    }

    private static Map<String, String> metadata(Meta[] metas) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Meta meta : metas) {
            metadata.put(meta.key(), meta.value());
        }
        return metadata;
    }
}
