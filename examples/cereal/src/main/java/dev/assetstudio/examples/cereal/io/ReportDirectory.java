package dev.assetstudio.examples.cereal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the report assets write their files (the {@code reports} resource). Asset code that
 * stores its own data gets the place to store it from a resource, so tests can point it at a
 * temporary directory.
 */
public final class ReportDirectory {
    private final Path dir;

    /** Reports under {@code dir}; it is created on the first write. */
    public ReportDirectory(Path dir) {
        this.dir = dir;
    }

    /** {@code $ASSET_STUDIO_HOME/reports}, else {@code ~/.asset-studio/reports}. */
    public static ReportDirectory fromEnvironment() {
        return new ReportDirectory(StudioHome.home().resolve("reports"));
    }

    /** The directory. */
    public Path dir() {
        return dir;
    }

    /** Writes {@code content} to {@code fileName} in this directory, replacing it atomically. */
    public Path write(String fileName, String content) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(fileName);
        Path tmp = Files.createTempFile(dir, ".tmp-", fileName);
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
