package dev.assetstudio.app.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The jars opened lately, most recent first, kept in {@link Preferences} so File › Open Recent survives a restart.
 * At most {@link #MAX} are kept; jars that no longer exist are dropped when the list is read.
 *
 * <pre>{@code
 * var recent = new RecentProjects(Preferences.userNodeForPackage(RecentProjects.class));
 * recent.add(Path.of("/work/orders.jar"));
 * recent.list(); // [/work/orders.jar, …]
 * }</pre>
 */
public final class RecentProjects {

    /** How many jars the list keeps. */
    public static final int MAX = 10;

    private static final String KEY_PREFIX = "recent.";

    private final Preferences preferences;

    public RecentProjects(Preferences preferences) {
        this.preferences = Objects.requireNonNull(preferences);
    }

    /** The studio's own node in the user's preferences. */
    public static RecentProjects forUser() {
        return new RecentProjects(Preferences.userRoot().node("dev/assetstudio/app/recent-projects"));
    }

    /** The existing jars, most recent first. */
    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = preferences.get(KEY_PREFIX + i, null);
            if (value == null) {
                continue;
            }
            try {
                Path path = Path.of(value);
                if (Files.isRegularFile(path) && !paths.contains(path)) {
                    paths.add(path);
                }
            } catch (InvalidPathException e) {
                // Written by another OS or edited by hand: not a jar we can open.
            }
        }
        return List.copyOf(paths);
    }

    /** Puts {@code jar} first and returns the new list. */
    public List<Path> add(Path jar) {
        Path normalized = jar.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(normalized);
        paths.add(0, normalized);
        store(paths.subList(0, Math.min(MAX, paths.size())));
        return list();
    }

    private void store(List<Path> paths) {
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                preferences.put(KEY_PREFIX + i, paths.get(i).toString());
            } else {
                preferences.remove(KEY_PREFIX + i);
            }
        }
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // The list is a convenience: losing it must not stop a project from opening.
        }
    }
}
