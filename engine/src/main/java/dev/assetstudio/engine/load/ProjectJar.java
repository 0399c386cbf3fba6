package dev.assetstudio.engine.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** What we read straight from the jar file, before any class is loaded: its provider list. */
final class ProjectJar {
    static final String PROVIDERS_FILE = "META-INF/services/dev.assetstudio.api.DefinitionsProvider";

    private ProjectJar() {}

    /**
     * The provider class names listed in the jar's own service file, or empty if it has none. Read
     * from the jar rather than through {@code ServiceLoader}, which would also see providers of the
     * studio's class path (the parent loader) and turns a bad line into a less precise error.
     *
     * @throws IOException if the file is not a readable jar (zip)
     */
    static Optional<List<String>> providerNames(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(PROVIDERS_FILE);
            if (entry == null) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int comment = line.indexOf('#');
                    String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                    if (!name.isEmpty() && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            return Optional.of(names);
        }
    }
}
