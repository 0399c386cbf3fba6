package dev.assetstudio.app.testing;

import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.ProjectOptions;
import dev.assetstudio.engine.testing.TestJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path temp = TestJars.builder().source("demo.Assets", source).build(Files.createTempFile(parent, "jar", ".tmp"));
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
