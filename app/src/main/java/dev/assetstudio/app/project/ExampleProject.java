package dev.assetstudio.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The example project bundled with the studio (the cereal assets), opened when the studio starts without a jar.
 *
 * <p>A project is a jar on disk (the loader and the file watcher need a path), so the bundled copy is extracted to
 * {@code <home>/examples/cereal-assets.jar} when it is missing or differs in size from the bundled one.
 */
public final class ExampleProject {

    /** Where the build puts the example jar on the class path. */
    static final String RESOURCE = "/dev/assetstudio/app/examples/cereal-assets.jar";

    private static final String FILE_NAME = "cereal-assets.jar";

    private ExampleProject() {}

    /**
     * Extracts the example to {@code home/examples} if needed and returns its path; empty if this build has no
     * bundled example. Does file I/O: call it off the FX thread.
     */
    public static Optional<Path> extract(Path home) throws IOException {
        byte[] bundled;
        try (InputStream in = ExampleProject.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            bundled = in.readAllBytes();
        }
        Path target = home.resolve("examples").resolve(FILE_NAME);
        if (Files.isRegularFile(target) && Files.size(target) == bundled.length) {
            return Optional.of(target);
        }
        Files.createDirectories(target.getParent());
        // Write next to it and rename, so a studio already watching the file never sees half a jar.
        Path temp = Files.createTempFile(target.getParent(), FILE_NAME, ".tmp");
        try {
            Files.write(temp, bundled);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return Optional.of(target);
    }
}
