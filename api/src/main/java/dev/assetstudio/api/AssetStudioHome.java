package dev.assetstudio.api;

import java.nio.file.Path;

/**
 * The folder where Asset Studio and the I/O managers of asset projects keep their files: the
 * system property {@code asset.studio.home}, else the environment variable {@code
 * ASSET_STUDIO_HOME}, else {@code ~/.asset-studio}.
 *
 * <pre>{@code
 * Path reports = AssetStudioHome.get().resolve("reports");   // where a void asset writes its files
 * new FilesystemIOManager();                                  // stores under AssetStudioHome.get()/storage
 * }</pre>
 *
 * <p>Custom I/O managers should resolve their default folders here, so that the CLI's {@code
 * --home} (which sets the system property) moves them together with the built-in ones.
 */
public final class AssetStudioHome {
    /** The system property that moves the home; set by the CLI's {@code --home}. */
    public static final String PROPERTY = "asset.studio.home";
    /** The environment variable that moves the home. */
    public static final String ENV = "ASSET_STUDIO_HOME";

    private AssetStudioHome() {}

    /** The home folder (not created). */
    public static Path get() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".asset-studio");
    }
}
