package dev.assetstudio.examples.cereal.io;

import dev.assetstudio.api.AssetStudioHome;
import java.nio.file.Path;

/**
 * The Asset Studio home ({@link AssetStudioHome}), as the built-in {@code FilesystemIOManager} uses
 * it, so the CLI's {@code --home} moves this project's files too. Nothing is ever written to the working
 * directory.
 */
public final class StudioHome {
    private StudioHome() {}

    /** The home directory. */
    public static Path home() {
        return AssetStudioHome.get();
    }

    /** {@code <home>/storage}, where I/O managers keep asset values. */
    public static Path storage() {
        return home().resolve("storage");
    }
}
