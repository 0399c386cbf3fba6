package dev.assetstudio.app.testing;

import dev.assetstudio.engine.testing.TestJars;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jars of many assets in many groups for the studio's big-project tests: a provider builds one asset per line of a
 * resource, so a 400-asset jar compiles one small class. Group {@code g<i>} holds assets {@code g<i>_model_<j>}; each
 * asset depends on the one before it in its group and, every fifth, on an asset of the previous group. The first asset
 * of every group is a source asset.
 */
public final class BigProjects {

    private BigProjects() {}

    static final String RESOURCE = "big-project/assets.tsv";

    /** A jar of {@code groups × perGroup} assets, written to {@code dir/big-<groups>x<perGroup>.jar}. */
    public static Path jar(Path dir, int groups, int perGroup) throws java.io.IOException {
        StringBuilder tsv = new StringBuilder();
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < perGroup; j++) {
                String key = key(g, j);
                StringBuilder deps = new StringBuilder();
                if (j > 0) {
                    deps.append(key(g, j - 1));
                }
                if (g > 0 && j > 0 && j % 5 == 0) {
                    deps.append(',').append(key(g - 1, j - 1));
                }
                tsv.append(key)
                        .append('\t')
                        .append("g")
                        .append(g)
                        .append('\t')
                        .append(j == 0 ? "source" : "asset")
                        .append('\t')
                        .append(deps)
                        .append('\n');
            }
        }
        Files.createDirectories(dir);
        return TestJars.builder()
                .source("big.Provider", PROVIDER)
                .provider("big.Provider")
                .resource(RESOURCE, tsv.toString())
                .build(dir.resolve("big-" + groups + "x" + perGroup + ".jar"));
    }

    /** The key of asset {@code j} of group {@code g}. */
    public static String key(int g, int j) {
        return "g" + g + "_model_" + j;
    }

    private static final String PROVIDER =
            """
            package big;

            import dev.assetstudio.api.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;

            public final class Provider implements DefinitionsProvider {
                @Override
                public Definitions definitions() {
                    Definitions.Builder b = Definitions.builder();
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(
                            Provider.class.getClassLoader().getResourceAsStream("big-project/assets.tsv"),
                            StandardCharsets.UTF_8))) {
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            String[] f = line.split("\\t", -1);
                            if (f[2].equals("source")) {
                                b.sourceAsset(SourceAsset.of(f[0]).withGroup(f[1]));
                                continue;
                            }
                            AssetSpec spec = AssetSpec.of(f[0]).group(f[1]);
                            if (!f[3].isEmpty()) {
                                spec = spec.deps(f[3].split(","));
                            }
                            b.asset(spec.compute(ctx -> 1));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return b.build();
                }
            }
            """;
}
