package dev.assetstudio.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put the jars under test (surefire system properties, see e2e/pom.xml). */
final class E2eJars {
    private E2eJars() {}

    /** {@code examples/cereal/target/cereal-assets.jar}. */
    static Path example() {
        return existing("assetstudio.example.jar", "examples/cereal/target/cereal-assets.jar");
    }

    /** {@code engine/target/asset-studio-cli.jar}. */
    static Path cli() {
        return existing("assetstudio.cli.jar", "engine/target/asset-studio-cli.jar");
    }

    private static Path existing(String property, String fallback) {
        String value = System.getProperty(property);
        Path path = Path.of(value != null ? value : "../" + fallback)
                .toAbsolutePath()
                .normalize();
        assertTrue(
                Files.isRegularFile(path),
                () -> path + " does not exist: build with ./mvnw verify (the package phase makes it)");
        return path;
    }
}
