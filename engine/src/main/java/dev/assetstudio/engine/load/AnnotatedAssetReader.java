package dev.assetstudio.engine.load;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.AssetContext;
import dev.assetstudio.api.AssetGroup;
import dev.assetstudio.api.AssetKey;
import dev.assetstudio.api.Config;
import dev.assetstudio.api.DailyPartitions;
import dev.assetstudio.api.In;
import dev.assetstudio.api.KeyPrefix;
import dev.assetstudio.api.Meta;
import dev.assetstudio.api.PartitionsDefinition;
import dev.assetstudio.api.Resource;
import dev.assetstudio.api.SourceAsset;
import dev.assetstudio.engine.definitions.AssetDefinition;
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
    record ClassAssets(List<MethodAsset> methods, List<FieldSource> sources) {}

    /** A {@code SourceAsset} found in a static field, with where it was found. */
    record FieldSource(SourceAsset source, String definedIn) {}

    ClassAssets read(Class<?> type) {
        List<MethodAsset> methods = new ArrayList<>();
        List<FieldSource> sources = new ArrayList<>();
        Method[] declared;
        Field[] fields;
        try {
            declared = type.getDeclaredMethods();
            fields = type.getDeclaredFields();
        } catch (LinkageError e) {
            problems.add(ClassFailures.describe(type.getName(), e));
            return new ClassAssets(methods, sources);
        }
        // Reflection gives no order; sorting keeps messages and definitions the same on every load.
        Arrays.sort(declared, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        for (Method method : declared) {
            if (method.isAnnotationPresent(Asset.class)) {
                readMethod(type, method).ifPresent(methods::add);
            }
        }
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field field : fields) {
            if (field.getType() == SourceAsset.class && Modifier.isStatic(field.getModifiers())) {
                readField(type, field).ifPresent(sources::add);
            }
        }
        return new ClassAssets(methods, sources);
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
                .deps(deps(asset, where));
        partitions(method, asset, where).ifPresent(definition::partitions);
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
        List<String> segments = new ArrayList<>();
        KeyPrefix classPrefix = type.getAnnotation(KeyPrefix.class);
        if (classPrefix != null) {
            segments.addAll(Arrays.asList(classPrefix.value()));
        }
        segments.addAll(Arrays.asList(asset.keyPrefix()));
        segments.add(asset.name().isEmpty() ? method.getName() : asset.name());
        try {
            return AssetKey.of(segments);
        } catch (IllegalArgumentException e) {
            problems.add("@Asset method " + where + " has an invalid key " + segments + ": " + e.getMessage());
            return null;
        }
    }

    private String group(Class<?> type, Asset asset, AssetKey key, String where) {
        AssetGroup classGroup = type.getAnnotation(AssetGroup.class);
        AssetGroup packageGroup = packageGroup(type);
        String inherited = classGroup != null ? classGroup.value() : packageGroup != null ? packageGroup.value() : null;
        String explicit = asset.group().isEmpty() ? null : asset.group();
        if (explicit != null && inherited != null && !explicit.equals(inherited)) {
            String declaredOn = classGroup != null
                    ? "its class " + type.getName()
                    : "its package " + type.getPackageName() + " (package-info.java)";
            problems.add("group conflict: asset " + key + " (@Asset method " + where + ") declares group \""
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

    private Set<AssetKey> deps(Asset asset, String where) {
        Set<AssetKey> deps = new LinkedHashSet<>();
        for (String dep : asset.deps()) {
            try {
                deps.add(AssetKey.parse(dep));
            } catch (IllegalArgumentException e) {
                problems.add("@Asset method " + where + " has an invalid dep \"" + dep + "\": " + e.getMessage());
            }
        }
        return deps;
    }

    private Optional<PartitionsDefinition> partitions(Method method, Asset asset, String where) {
        List<Annotation> declarations = new ArrayList<>(Arrays.asList(asset.partitions()));
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
