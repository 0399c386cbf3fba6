package dev.assetstudio.engine.load;

import dev.assetstudio.api.Asset;
import dev.assetstudio.api.Definitions;
import dev.assetstudio.api.DefinitionsProvider;
import dev.assetstudio.engine.definitions.AssetDefinition;
import dev.assetstudio.engine.definitions.AutomationDefinitions;
import dev.assetstudio.engine.definitions.ProjectDefinitions;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a user's asset jar into validated definitions (API.md section 1, "How a jar is loaded").
 *
 * <pre>{@code
 * try (LoadedProject project = new ProjectLoader().load(Path.of("cereal.jar"))) {
 *     AssetGraph graph = AssetGraph.of(project.definitions());
 * }
 * }</pre>
 *
 * <p>The jar gets its own {@link URLClassLoader} whose parent is the loader of the api, so the
 * user's classes see the same {@code @Asset}, {@code AssetKey}… as the engine; it reads a private
 * copy of the jar ({@link LoadedProject#loadedFrom()}), so rebuilding the jar, even in place, never
 * changes the classes of a project already loaded (a reload loads the new file). If the jar lists
 * {@code DefinitionsProvider}s in {@code META-INF/services/dev.assetstudio.api.DefinitionsProvider},
 * each contributes its {@code Definitions}; otherwise the jar's classes are scanned for {@code @Asset}
 * methods and static {@code SourceAsset} fields. User code run while loading (providers, static
 * initializers) runs with the project's loader as the thread's context class loader.
 *
 * <p>Every problem found is collected, and the load fails with one {@link ProjectLoadException}
 * listing all of them: an unreadable jar, classes that cannot load or initialize, failing providers,
 * invalid {@code @Asset} methods, duplicate or unknown keys, unknown resources and I/O managers,
 * group conflicts and cycles.
 *
 * <p>Parameters without an annotation bind by name: to the asset whose key is exactly the name,
 * else to the one asset whose last key segment is the name (so {@code prefixed} finds {@code
 * one/two/prefixed}); several such assets, or none, is a problem.
 *
 * <p>A loader is stateless and may be shared by threads.
 */
public final class ProjectLoader {
    private final ClassLoader parent;

    /** A loader whose projects' parent class loader is the one holding the api. */
    public ProjectLoader() {
        this(Asset.class.getClassLoader());
    }

    /** A loader whose projects' classes have {@code parent} as parent; it must see the api. */
    public ProjectLoader(ClassLoader parent) {
        this.parent = parent;
    }

    /**
     * Loads and validates {@code jar}.
     *
     * @throws ProjectLoadException listing every problem, if the jar cannot be loaded or its
     *     definitions are invalid
     */
    public LoadedProject load(Path jar) {
        Path path = jar.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new ProjectLoadException(jar, List.of("file " + path + " does not exist"));
        }
        if (!Files.isRegularFile(path)) {
            throw new ProjectLoadException(jar, List.of(path + " is not a file; expected an asset jar"));
        }
        // Classes are read from a private copy: a build that rewrites the jar in place while a run
        // of this project still loads classes lazily would otherwise feed it the new file's bytes at
        // the old offsets (NoClassDefFoundError, or worse, a mix of versions).
        Path snapshot = JarSnapshot.copy(jar, path);
        Optional<List<String>> providers;
        try {
            providers = ProjectJar.providerNames(snapshot);
        } catch (IOException e) {
            JarSnapshot.delete(snapshot);
            throw new ProjectLoadException(
                    jar, List.of(path.getFileName() + " is not a valid jar (zip) file: " + Problems.describe(e)), e);
        }
        URLClassLoader loader = new URLClassLoader("asset-project:" + path.getFileName(), urls(snapshot), parent);
        boolean loaded = false;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Problems problems = new Problems();
            AnnotatedAssetReader reader = new AnnotatedAssetReader(problems);
            AutomationCollector automation = new AutomationCollector(problems);
            List<Contribution> contributions = providers.isPresent()
                    ? fromProviders(providers.get(), loader, reader, automation, problems)
                    : List.of(fromScan(snapshot, path.getFileName().toString(), loader, reader, automation, problems));
            DefinitionsAssembler assembler = new DefinitionsAssembler(problems);
            Map<dev.assetstudio.api.AssetKey, AssetDefinition> assets = assembler.assemble(contributions);
            for (Contribution c : contributions) {
                c.methods().forEach(automation::addMethodCondition);
                c.specs().forEach(spec -> automation.addSpecCondition(spec, c.origin()));
            }
            AutomationDefinitions automationDefinitions = automation.validate(assembler.graph());
            if (assets.isEmpty() && problems.isEmpty()) {
                problems.add(
                        "no assets found in " + path.getFileName() + ": add @Asset methods or a DefinitionsProvider");
            }
            problems.throwIfAny(jar);
            LoadedProject project = new LoadedProject(
                    new ProjectDefinitions(path, assets, assembler.resources(), loader),
                    assembler.graph(),
                    automationDefinitions,
                    loader,
                    snapshot);
            loaded = true;
            return project;
        } finally {
            thread.setContextClassLoader(previous);
            if (!loaded) {
                closeQuietly(loader);
                JarSnapshot.delete(snapshot);
            }
        }
    }

    private static URL[] urls(Path path) {
        try {
            return new URL[] {path.toUri().toURL()};
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("cannot make a URL of " + path, e);
        }
    }

    private static Contribution fromScan(
            Path jar,
            String jarName,
            ClassLoader loader,
            AnnotatedAssetReader reader,
            AutomationCollector automation,
            Problems problems) {
        List<MethodAsset> methods = new ArrayList<>();
        List<AnnotatedAssetReader.FieldSource> fields = new ArrayList<>();
        List<MethodCheck> checks = new ArrayList<>();
        for (String name : JarScanner.assetClassNames(jar)) {
            initialize(name, loader, problems).ifPresent(type -> {
                AnnotatedAssetReader.ClassAssets c = reader.read(type);
                methods.addAll(c.methods());
                fields.addAll(c.sources());
                automation.readClass(type);
                checks.addAll(c.checks());
            });
        }
        return new Contribution(
                "the classes of " + jarName, false, methods, fields, List.of(), List.of(), Map.of(), checks, List.of());
    }

    private static List<Contribution> fromProviders(
            List<String> names,
            ClassLoader loader,
            AnnotatedAssetReader reader,
            AutomationCollector automation,
            Problems problems) {
        if (names.isEmpty()) {
            problems.add(ProjectJar.PROVIDERS_FILE + " lists no provider; list the DefinitionsProvider classes"
                    + " or remove the file to have the jar scanned for @Asset methods");
        }
        List<Contribution> contributions = new ArrayList<>();
        Set<Class<?>> classesRead = new LinkedHashSet<>();
        for (String name : names) {
            Optional<Definitions> definitions = definitionsOf(name, loader, problems);
            if (definitions.isEmpty()) {
                continue;
            }
            Definitions d = definitions.get();
            List<MethodAsset> methods = new ArrayList<>();
            List<AnnotatedAssetReader.FieldSource> fields = new ArrayList<>();
            List<MethodCheck> checks = new ArrayList<>();
            for (Class<?> type : d.assetClasses()) {
                // Two providers naming one class contribute its assets once.
                if (classesRead.add(type)) {
                    initialize(type.getName(), type.getClassLoader(), problems).ifPresent(t -> {
                        AnnotatedAssetReader.ClassAssets c = reader.read(t);
                        methods.addAll(c.methods());
                        fields.addAll(c.sources());
                        checks.addAll(c.checks());
                        automation.readClass(t);
                    });
                }
            }
            automation.addProvided(d, name);
            contributions.add(new Contribution(
                    name,
                    true,
                    methods,
                    fields,
                    d.assetSpecs(),
                    d.sourceAssets(),
                    d.resources(),
                    checks,
                    d.assetChecks()));
        }
        return contributions;
    }

    /** The provider's definitions, or empty with a problem recorded. */
    private static Optional<Definitions> definitionsOf(String name, ClassLoader loader, Problems problems) {
        String provider = "provider " + name + " (listed in " + ProjectJar.PROVIDERS_FILE + ")";
        Optional<Class<?>> type = initialize(name, loader, problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (!DefinitionsProvider.class.isAssignableFrom(type.get())) {
            problems.add(provider + " does not implement " + DefinitionsProvider.class.getName());
            return Optional.empty();
        }
        DefinitionsProvider instance;
        try {
            Constructor<?> constructor = type.get().getConstructor();
            instance = (DefinitionsProvider) constructor.newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            problems.add(provider + " needs a public no-argument constructor");
            return Optional.empty();
        } catch (InstantiationException e) {
            problems.add(provider + " cannot be instantiated (abstract class or interface)");
            return Optional.empty();
        } catch (InvocationTargetException e) {
            problems.add(provider + ": its constructor threw " + Problems.describe(e.getCause()));
            return Optional.empty();
        } catch (LinkageError e) {
            problems.add(provider + ": " + ClassFailures.describe(name, e));
            return Optional.empty();
        }
        try {
            Definitions definitions = instance.definitions();
            if (definitions == null) {
                problems.add(provider + ": definitions() returned null");
            }
            return Optional.ofNullable(definitions);
        } catch (RuntimeException | LinkageError e) {
            // A provider is user code: whatever it throws is reported, not let through.
            problems.add(provider + ": definitions() threw " + Problems.describe(e)
                    + (e instanceof LinkageError ? " (" + ClassFailures.describe(name, e) + ")" : ""));
            return Optional.empty();
        }
    }

    /** Loads and initializes a class, so that a failing static initializer is reported here. */
    private static Optional<Class<?>> initialize(String name, ClassLoader loader, Problems problems) {
        try {
            return Optional.of(Class.forName(name, true, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(ClassFailures.describe(name, e));
            return Optional.empty();
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // Nothing useful to do: the load already failed, and that failure is what gets reported.
        }
    }
}
