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
 *
 * <p>Copies live in {@code <tmp>/asset-studio-jars/}, named after the process that made them, so a
 * load can sweep away the copies of processes that were killed before they could delete theirs.
 */
public final class JarSnapshot {
    /** The folder of the copies, {@code <java.io.tmpdir>/asset-studio-jars}. */
    static final String FOLDER = "asset-studio-jars";

    private JarSnapshot() {}

    static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"), FOLDER);
    }

    /** The name prefix of this process's copies: its pid. */
    static String ownPrefix() {
        return ProcessHandle.current().pid() + "-";
    }

    /**
     * Copies {@code path} (the absolute form of {@code jar}) to a new temporary file.
     *
     * @throws ProjectLoadException naming the jar when it cannot be read or the copy cannot be made
     */
    public static Path copy(Path jar, Path path) {
        Path snapshot = null;
        try {
            Path folder = Files.createDirectories(folder());
            sweepLeftovers(folder);
            snapshot = Files.createTempFile(folder, ownPrefix(), "-" + path.getFileName());
            snapshot.toFile().deleteOnExit();
            Files.copy(path, snapshot, StandardCopyOption.REPLACE_EXISTING);
            return snapshot;
        } catch (IOException e) {
            delete(snapshot);
            throw new ProjectLoadException(
                    jar,
                    List.of("cannot read " + path + " into a private copy for loading (in " + folder() + "): "
                            + Problems.describe(e)),
                    e);
        }
    }

    /** Deletes the copies of processes that are gone (killed before they could clean up). */
    static void sweepLeftovers(Path folder) {
        try (var files = Files.list(folder)) {
            files.filter(JarSnapshot::ownerIsGone).forEach(JarSnapshot::delete);
        } catch (IOException e) {
            // a sweep is housekeeping; the load goes on
        }
    }

    private static boolean ownerIsGone(Path copy) {
        String name = copy.getFileName().toString();
        int dash = name.indexOf('-');
        try {
            long pid = Long.parseLong(name.substring(0, dash));
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return false; // not ours to judge
        }
    }

    /** Deletes {@code snapshot} if it exists; a failure is not worth more than a leftover temp file. */
    public static void delete(Path snapshot) {
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
