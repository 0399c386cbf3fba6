package dev.assetstudio.engine;

import dev.assetstudio.api.AssetStudioHome;
import java.nio.file.Path;

/**
 * Where a {@link Project} keeps its files and how wide it runs.
 *
 * <pre>{@code
 * ProjectOptions options = ProjectOptions.builder()
 *         .home(Path.of("/tmp/studio"))          // storage/ and history.db live here
 *         .parallelism(4)
 *         .build();
 * }</pre>
 *
 * <p>Home defaults to {@code $ASSET_STUDIO_HOME}, else {@code ~/.asset-studio}; the history
 * database to {@code <home>/history.db}; parallelism to the number of processors.
 */
public final class ProjectOptions {
    /** The environment variable that moves the home folder. */
    public static final String HOME_ENV = AssetStudioHome.ENV;

    private final Path home;
    private final Path historyDatabase;
    private final int parallelism;

    private ProjectOptions(Builder b) {
        this.home = (b.home != null ? b.home : defaultHome()).toAbsolutePath().normalize();
        this.historyDatabase = (b.historyDatabase != null ? b.historyDatabase : home.resolve("history.db"))
                .toAbsolutePath()
                .normalize();
        this.parallelism =
                b.parallelism > 0 ? b.parallelism : Runtime.getRuntime().availableProcessors();
    }

    /** The defaults: {@code ProjectOptions.builder().build()}. */
    public static ProjectOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@link AssetStudioHome#get()}: {@code -Dasset.studio.home}, else {@code $ASSET_STUDIO_HOME}, else {@code ~/.asset-studio}. */
    public static Path defaultHome() {
        return AssetStudioHome.get();
    }

    public Path home() {
        return home;
    }

    /** Where the default {@code io_manager} stores values: {@code <home>/storage}. */
    public Path storage() {
        return home.resolve("storage");
    }

    public Path historyDatabase() {
        return historyDatabase;
    }

    public int parallelism() {
        return parallelism;
    }

    @Override
    public String toString() {
        return "ProjectOptions[home=" + home + ", history=" + historyDatabase + ", parallelism=" + parallelism + "]";
    }

    /** Builds {@link ProjectOptions}; every setting is optional. */
    public static final class Builder {
        private Path home;
        private Path historyDatabase;
        private int parallelism;

        private Builder() {}

        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder historyDatabase(Path historyDatabase) {
            this.historyDatabase = historyDatabase;
            return this;
        }

        /** Threads for steps; {@code 0} or less means the number of processors. */
        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        public ProjectOptions build() {
            return new ProjectOptions(this);
        }
    }
}
