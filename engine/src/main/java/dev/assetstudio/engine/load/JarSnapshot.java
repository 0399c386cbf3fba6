package dev.assetstudio.engine.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The private copy of a project jar that its class loader reads. The user's build may rewrite the
 * jar at any time, in place or by rename, while a run of the loaded version still loads classes
 * lazily; reading from a copy keeps every loaded project on exactly the bytes it was opened with,
 * and leaves the user's file free to be replaced or deleted (also on Windows, which locks open
 * files). The copy is deleted when the project is closed (or, failing that, when the JVM exits).
 */
final class JarSnapshot {
    private JarSnapshot() {}

    /**
     * Copies {@code path} (the absolute form of {@code jar}) to a new temporary file.
     *
     * @throws ProjectLoadException naming the jar when it cannot be read or the copy cannot be made
     */
    static Path copy(Path jar, Path path) {
        Path snapshot = null;
        try {
            snapshot = Files.createTempFile("asset-project-", "-" + path.getFileName());
            snapshot.toFile().deleteOnExit();
            Files.copy(path, snapshot, StandardCopyOption.REPLACE_EXISTING);
            return snapshot;
        } catch (IOException e) {
            delete(snapshot);
            throw new ProjectLoadException(
                    jar,
                    List.of("cannot read " + path + " into a private copy for loading (in "
                            + System.getProperty("java.io.tmpdir") + "): " + Problems.describe(e)),
                    e);
        }
    }

    /** Deletes {@code snapshot} if it exists; a failure is not worth more than a leftover temp file. */
    static void delete(Path snapshot) {
        if (snapshot == null) {
            return;
        }
        try {
            Files.deleteIfExists(snapshot);
        } catch (IOException e) {
            // left for deleteOnExit
        }
    }
}
