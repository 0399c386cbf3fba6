package dev.assetstudio.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Jars of many assets in many groups for the studio's big-project tests (a {@link GeneratedProject}, so a 400-asset
 * jar compiles one small class). Group {@code g<i>} holds assets {@code g<i>_model_<j>}; each asset depends on the one
 * before it in its group and, every fifth, on an asset of the previous group. The first asset of every group is a
 * source asset.
 */
public final class BigProjects {

    private BigProjects() {}

    /** A jar of {@code groups × perGroup} assets, written to {@code dir/big-<groups>x<perGroup>.jar}. */
    public static Path jar(Path dir, int groups, int perGroup) throws java.io.IOException {
        List<GeneratedProject.Row> rows = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < perGroup; j++) {
                List<String> deps = new ArrayList<>();
                if (j > 0) {
                    deps.add(key(g, j - 1));
                }
                if (g > 0 && j > 0 && j % 5 == 0) {
                    deps.add(key(g - 1, j - 1));
                }
                rows.add(new GeneratedProject.Row(key(g, j), "g" + g, j == 0, false, deps));
            }
        }
        Files.createDirectories(dir);
        return GeneratedProject.jar(
                dir.resolve("big-" + groups + "x" + perGroup + ".jar"), rows, GeneratedProject.Io.FILESYSTEM);
    }

    /** The key of asset {@code j} of group {@code g}. */
    public static String key(int g, int j) {
        return "g" + g + "_model_" + j;
    }
}
