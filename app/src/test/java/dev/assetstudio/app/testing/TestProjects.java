package dev.assetstudio.app.testing;

import dev.assetstudio.api.Asset;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Asset jars for studio tests: the reactor's cereal example, small jars compiled from source, broken jars. */
public final class TestProjects {

    private TestProjects() {}

    /**
     * The cereal example jar built by the reactor (passed in by surefire as {@code cereal.jar}); fails, naming the
     * path, when it is not built.
     */
    public static Path cerealJar() {
        Path jar = Path.of(System.getProperty("cereal.jar", "../examples/cereal/target/cereal-assets.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the example first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    /** The cereal example jar, copied to {@code dir}. */
    public static Path cerealJar(Path dir) throws IOException {
        Path built = cerealJar();
        Files.createDirectories(dir);
        return Files.copy(built, dir.resolve("cereal-assets.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The cereal example opened with {@code home} as its (throwaway) home directory. */
    public static Project openCereal(Path home) {
        return openCereal(ProjectOptions.builder().home(home));
    }

    /** The cereal example opened with {@code options}. */
    public static Project openCereal(ProjectOptions.Builder options) {
        return Project.open(cerealJar(), options.build());
    }

    /** A jar of random bytes: the loader must refuse it. */
    public static Path brokenJar(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("broken.jar");
        byte[] bytes = new byte[2048];
        new java.util.Random(42).nextBytes(bytes);
        return Files.write(jar, bytes);
    }

    /**
     * A jar with one group {@code group} of assets named {@code names} (each returns 1), compiled against the api,
     * written next to {@code target} and moved over it, as a build tool does.
     */
    public static Path smallJar(Path target, String group, String... names) throws IOException {
        var body = new StringBuilder();
        for (String name : names) {
            body.append("  @Asset(group = \"")
                    .append(group)
                    .append("\") public static int ")
                    .append(name)
                    .append("() { return 1; }\n");
        }
        String source = "package demo;\nimport dev.assetstudio.api.*;\npublic final class Assets {\n" + body + "}\n";
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path classes = Files.createTempDirectory(parent, "classes");
        compile(Map.of("demo.Assets", source), classes);
        Path temp = Files.createTempFile(parent, "jar", ".tmp");
        try (var out = new JarOutputStream(Files.newOutputStream(temp));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void compile(Map<String, String> sources, Path classes) throws IOException {
        var compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(
                new SimpleJavaFileObject(
                        URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return code;
                    }
                }));
        try (var files = compiler.getStandardFileManager(null, null, null)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(apiClasses()));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            var out = new StringWriter();
            boolean ok = compiler.getTask(
                            out, files, null, List.of("--release", "17", "-parameters", "-proc:none"), null, units)
                    .call();
            if (!ok) {
                throw new IllegalStateException("test sources do not compile: " + out);
            }
        }
    }

    private static Path apiClasses() {
        try {
            return Path.of(Asset.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
