package dev.assetstudio.app.metadata;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the studio opens links: the application sets the opener once ({@code HostServices::showDocument}), so
 * metadata URLs open in the browser and paths are revealed in the file manager; tests set one that records.
 */
public final class Links {

    private static volatile Consumer<String> opener = uri -> {};

    private Links() {}

    /** Sets what opens a URI (the application: {@code getHostServices()::showDocument}). */
    public static void setOpener(Consumer<String> open) {
        opener = Objects.requireNonNull(open);
    }

    /** Opens {@code url} in the browser. */
    public static void open(String url) {
        opener.accept(url);
    }

    /** Shows the folder that holds {@code path} (or the folder itself) in the file manager. */
    public static void reveal(Path path) {
        Path absolute = path.toAbsolutePath();
        Path folder = java.nio.file.Files.isDirectory(absolute) || absolute.getParent() == null
                ? absolute
                : absolute.getParent();
        opener.accept(folder.toUri().toString());
    }
}
