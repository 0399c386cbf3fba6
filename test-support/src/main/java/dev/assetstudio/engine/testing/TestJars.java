package dev.assetstudio.engine.testing;

import dev.assetstudio.api.Asset;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Builds small asset jars at test time from Java source strings, compiled against the api.
 *
 * <pre>{@code
 * Path jar = TestJars.compile(tempDir, Map.of("com.x.Assets", """
 *         package com.x;
 *         import dev.assetstudio.api.*;
 *         public final class Assets { @Asset public static int a() { return 1; } }
 *         """), true, Map.of());
 *
 * Path withProvider = TestJars.builder()
 *         .source("com.x.Defs", "...")
 *         .provider("com.x.Defs")            // writes META-INF/services/dev.assetstudio.api.DefinitionsProvider
 *         .parameters(false)                 // compile without -parameters
 *         .leaveOut("com.x.Library")         // compiled against, but not packaged: a missing library
 *         .build(tempDir.resolve("p.jar"));
 * }</pre>
 *
 * <p>Sources are keyed by fully qualified class name ({@code com.x.Assets}; {@code
 * com.x.package-info} for a package annotation). A compile error fails with the compiler's messages.
 */
public final class TestJars {
    /** Where the jar's providers are listed. */
    public static final String PROVIDERS_FILE = "META-INF/services/dev.assetstudio.api.DefinitionsProvider";

    private TestJars() {}

    /**
     * Compiles {@code sourcesByClassName} and packages the classes with {@code extraResources}
     * (path in jar → text) into a new jar in {@code dir}.
     *
     * @param parameters whether to compile with {@code -parameters}
     * @return the jar, a new file in {@code dir} each call
     */
    public static Path compile(
            Path dir, Map<String, String> sourcesByClassName, boolean parameters, Map<String, String> extraResources) {
        Builder builder = builder().parameters(parameters);
        sourcesByClassName.forEach(builder::source);
        extraResources.forEach(builder::resource);
        return builder.build(freshJar(dir));
    }

    /** Like {@link #compile(Path, Map, boolean, Map)}, with {@code -parameters} and no extra resources. */
    public static Path compile(Path dir, Map<String, String> sourcesByClassName) {
        return compile(dir, sourcesByClassName, true, Map.of());
    }

    /** The extra resource that lists {@code providers} as the jar's {@code DefinitionsProvider}s. */
    public static Map<String, String> providers(String... providers) {
        return Map.of(PROVIDERS_FILE, String.join("\n", providers) + "\n");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Compiles {@code sourcesByClassName} (fully qualified name → source) against the api and {@code
     * classPath} into {@code classes}, with {@code --release 17 -proc:none} and {@code options}; for
     * callers that compile once and package many jars (the benchmarks).
     *
     * @throws IllegalArgumentException with the compiler's messages if they do not compile
     */
    public static void compileTo(
            Path classes, Map<String, String> sourcesByClassName, List<String> options, List<Path> classPath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sourcesByClassName.forEach((name, code) -> units.add(new StringSource(name, code)));
        List<String> allOptions = new ArrayList<>(List.of("--release", "17", "-proc:none"));
        allOptions.addAll(options);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<Path> cp = new ArrayList<>(List.of(apiClasses()));
            cp.addAll(classPath);
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, cp);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            StringWriter out = new StringWriter();
            boolean ok = compiler.getTask(out, files, diagnostics, allOptions, null, units)
                    .call();
            if (!ok) {
                StringBuilder sb = new StringBuilder("test sources do not compile:\n");
                diagnostics.getDiagnostics().stream().limit(20).forEach(d -> sb.append(d)
                        .append('\n'));
                throw new IllegalArgumentException(sb.append(out).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the class files under {@code classes} (but those {@code leaveOut} names by jar entry) and
     * {@code resources} (path in jar → bytes) to {@code jar}, atomically replacing any file there, so
     * that processes building the same jar at once each see a whole one.
     */
    public static Path writeJar(Path jar, Path classes, Map<String, byte[]> resources, Predicate<String> leaveOut) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path tmp = jar.resolveSibling(
                jar.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(jar.toAbsolutePath().getParent());
            try (OutputStream file = Files.newOutputStream(tmp);
                    JarOutputStream out = new JarOutputStream(file, manifest);
                    Stream<Path> walk = Files.walk(classes)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String entry = classes.relativize(p).toString().replace('\\', '/');
                    if (leaveOut.test(entry)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry));
                    out.write(Files.readAllBytes(p));
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> e : resources.entrySet()) {
                    out.putNextEntry(new JarEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory or jar holding the api classes, for the compiler's class path. */
    public static Path apiClasses() {
        try {
            return Path.of(Asset.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the api classes", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path freshJar(Path dir) {
        for (int i = 1; ; i++) {
            Path candidate = dir.resolve(i == 1 ? "assets.jar" : "assets-" + i + ".jar");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    /** Builds one jar. */
    public static final class Builder {
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, byte[]> resources = new LinkedHashMap<>();
        private final List<String> providers = new ArrayList<>();
        private final Set<String> leftOut = new LinkedHashSet<>();
        private final List<Path> classPath = new ArrayList<>();
        private boolean parameters = true;

        private Builder() {}

        /** A source file, by fully qualified class name. */
        public Builder source(String className, String source) {
            sources.put(className, source);
            return this;
        }

        /** A resource file in the jar, as UTF-8 text. */
        public Builder resource(String pathInJar, String text) {
            return resource(pathInJar, text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder resource(String pathInJar, byte[] bytes) {
            resources.put(pathInJar, bytes);
            return this;
        }

        /** Lists a {@code DefinitionsProvider} in the jar's service file. */
        public Builder provider(String className) {
            providers.add(className);
            return this;
        }

        /** Compile with {@code -parameters} (default true). */
        public Builder parameters(boolean parameters) {
            this.parameters = parameters;
            return this;
        }

        /** Compiles a class (and its nested classes) but leaves it out of the jar. */
        public Builder leaveOut(String className) {
            leftOut.add(className);
            return this;
        }

        /** More class path for the compiler, beyond the api. */
        public Builder classPath(Path entry) {
            classPath.add(entry);
            return this;
        }

        /** Compiles and writes the jar to {@code jar}, replacing any file there. */
        public Path build(Path jar) {
            try {
                Path parent = jar.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path classes = Files.createTempDirectory(parent, "classes");
                try {
                    compileTo(classes);
                    writeJar(jar, classes);
                } finally {
                    deleteTree(classes);
                }
                return jar;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void compileTo(Path classes) {
            TestJars.compileTo(classes, sources, parameters ? List.of("-parameters") : List.of(), classPath);
        }

        private void writeJar(Path jar, Path classes) {
            Map<String, byte[]> extra = new LinkedHashMap<>(resources);
            if (!providers.isEmpty()) {
                extra.put(PROVIDERS_FILE, (String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            TestJars.writeJar(jar, classes, extra, this::isLeftOut);
        }

        private boolean isLeftOut(String entry) {
            for (String name : leftOut) {
                String base = name.replace('.', '/');
                if (entry.equals(base + ".class") || entry.startsWith(base + "$")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class StringSource extends SimpleJavaFileObject {
        private final String code;

        StringSource(String className, String code) {
            super(java.net.URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
