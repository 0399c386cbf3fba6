package dev.assetstudio.app.graph.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layout package must stay free of JavaFX so it runs (and is benchmarked) without a window. */
class NoJavaFxTest {

    @Test
    void layoutSourcesDoNotImportJavaFx() throws IOException {
        Path root = Path.of("src/main/java/dev/assetstudio/app/graph/layout");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("javafx."))
                    .collect(Collectors.toList());
            assertTrue(offenders.isEmpty(), "JavaFX used in " + offenders);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
