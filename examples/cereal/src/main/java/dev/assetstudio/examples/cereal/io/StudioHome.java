package dev.assetstudio.examples.cereal.io;

import java.nio.file.Path;

/**
 * The Asset Studio home convention, the same as the built-in {@code FilesystemIOManager}'s:
 * {@code $ASSET_STUDIO_HOME}, else {@code ~/.asset-studio}. Nothing is ever written to the working
 * directory.
 */
public final class StudioHome {
    private StudioHome() {}

    /** The home directory. */
    public static Path home() {
        String env = System.getenv("ASSET_STUDIO_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".asset-studio");
    }

    /** {@code <home>/storage}, where I/O managers keep asset values. */
    public static Path storage() {
        return home().resolve("storage");
    }
}
