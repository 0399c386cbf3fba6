package dev.assetstudio.bench;

import dev.assetstudio.api.Asset;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Compiles Java sources held in strings against the api (with {@code -parameters}) and packages
 * them as an asset jar. Adapted from the engine's test helper {@code TestJars}, which is not on this
 * module's class path.
 */
final class JarCompiler {
    /** Where a jar lists its {@code DefinitionsProvider}s. */
    static final String PROVIDERS_FILE = "META-INF/services/dev.assetstudio.api.DefinitionsProvider";

    private JarCompiler() {}

    /**
     * Compiles {@code sourcesByClassName} (fully qualified name → source) into {@code classes}.
     *
     * @throws IllegalStateException with the compiler's messages if they do not compile
     */
    static void compile(Map<String, String> sourcesByClassName, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the benchmarks on a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sourcesByClassName.forEach((name, code) -> units.add(new StringSource(name, code)));
        List<String> options = List.of("--release", "17", "-proc:none", "-parameters", "-g:none");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(apiClasses()));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            StringWriter out = new StringWriter();
            boolean ok = compiler.getTask(out, files, diagnostics, options, null, units)
                    .call();
            if (!ok) {
                StringBuilder sb = new StringBuilder("generated sources do not compile:\n");
                diagnostics.getDiagnostics().stream().limit(20).forEach(d -> sb.append(d)
                        .append('\n'));
                throw new IllegalStateException(sb.append(out).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the class files under {@code classes} and {@code resources} (path in jar → UTF-8 text)
     * to {@code jar}, atomically replacing any file there.
     */
    static Path writeJar(Path jar, Path classes, Map<String, String> resources) {
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
                    out.putNextEntry(
                            new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(p));
                    out.closeEntry();
                }
                for (Map.Entry<String, String> e : new LinkedHashMap<>(resources).entrySet()) {
                    out.putNextEntry(new JarEntry(e.getKey()));
                    out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
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
    static Path apiClasses() {
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

    private static final class StringSource extends SimpleJavaFileObject {
        private final String code;

        StringSource(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
