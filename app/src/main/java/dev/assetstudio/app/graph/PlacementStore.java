package dev.assetstudio.app.graph;

import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.graph.layout.Point;
import dev.assetstudio.engine.Project;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Remembers where the user put cards by hand, per project and layout kind, in
 * {@code <home>/layouts/<jar-file-name>.properties} ({@code LAYERED.raw/orders=120.0,48.0}), so a project
 * reopens the way it was left. "Re-layout" forgets them.
 *
 * <p>Reads and writes block on the file: call them off the FX thread ({@link GraphViewModel} reads placements with
 * the layout and writes them one at a time in the background).
 */
public final class PlacementStore {

    private final Path file;

    public PlacementStore(Path file) {
        this.file = file;
    }

    /** The store of {@code project}, under its home directory. */
    public static PlacementStore of(Project project) {
        return new PlacementStore(project.options()
                .home()
                .resolve("layouts")
                .resolve(project.jar().getFileName() + ".properties"));
    }

    public Path file() {
        return file;
    }

    /** The placements of {@code kind}; empty when none were saved or the file cannot be read. */
    public Map<String, Point> load(LayoutKind kind) {
        Map<String, Point> placements = new HashMap<>();
        String prefix = kind.name() + ".";
        read().forEach((k, v) -> {
            String key = (String) k;
            String[] xy = ((String) v).split(",");
            if (key.startsWith(prefix) && xy.length == 2) {
                try {
                    placements.put(
                            key.substring(prefix.length()),
                            new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
                } catch (NumberFormatException ignored) {
                    // A hand-edited line that is not a point is skipped, not fatal.
                }
            }
        });
        return placements;
    }

    /** Replaces the placements of {@code kind}; the other kinds' are kept. */
    public void save(LayoutKind kind, Map<String, Point> placements) {
        Properties all = read();
        String prefix = kind.name() + ".";
        all.keySet().removeIf(k -> ((String) k).startsWith(prefix));
        placements.forEach((id, p) -> all.setProperty(prefix + id, p.x() + "," + p.y()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                all.store(out, "Asset Studio: cards placed by hand");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the graph layout to " + file, e);
        }
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                // Unreadable placements are not worth failing the graph for: start from the layout.
                return new Properties();
            }
        }
        return properties;
    }
}
