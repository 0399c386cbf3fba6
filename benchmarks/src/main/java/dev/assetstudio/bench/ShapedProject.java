package dev.assetstudio.bench;

import dev.assetstudio.engine.testing.GeneratedProject;
import dev.assetstudio.engine.testing.GeneratedProject.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A real-shaped asset project, as the dependency graphs of public dbt projects look: 35–65 groups of very different
 * sizes, one of them holding a third of the assets in three layers (staging, intermediate, marts), one of 5 % (the
 * group the expand figure opens), many source assets, long dbt-style keys, edges mostly inside a group and some long
 * ones reaching many layers back into other groups, and a few daily-partitioned assets. Deterministic for a seed.
 *
 * <p>The jar is a {@link GeneratedProject} (values in memory), so 10,000 assets compile one small class.
 */
final class ShapedProject {

    private static final String[] ENTITIES = {
        "claims",
        "claim_lines",
        "members",
        "eligibility",
        "providers",
        "encounters",
        "pharmacy_claims",
        "medical_claims",
        "diagnoses",
        "procedures",
        "orders",
        "customers",
        "payments",
        "invoices",
        "sessions",
        "events",
        "subscriptions",
        "products",
        "inventory",
        "shipments"
    };
    private static final String[] SUFFIXES = {
        "enriched", "deduplicated", "normalized", "with_member_months", "joined_to_providers", "aggregated_daily",
        "filtered", "ranked", "latest", "history", "snapshot", "pivoted"
    };
    private static final String[] STAGES = {"stg", "int", "mart"};

    private final List<Row> rows;
    private final String hugeGroup;
    private final String expandGroup;

    private ShapedProject(List<Row> rows, String hugeGroup, String expandGroup) {
        this.rows = List.copyOf(rows);
        this.hugeGroup = hugeGroup;
        this.expandGroup = expandGroup;
    }

    List<Row> rows() {
        return rows;
    }

    /** The group with a third of the assets. */
    String hugeGroup() {
        return hugeGroup;
    }

    /** The group of about 5 % of the assets (500 of 10,000), which the expand figure opens. */
    String expandGroup() {
        return expandGroup;
    }

    long groupCount() {
        return rows.stream().map(Row::group).distinct().count();
    }

    long sourceCount() {
        return rows.stream().filter(Row::source).count();
    }

    long edgeCount() {
        return rows.stream().mapToLong(r -> r.deps().size()).sum();
    }

    /** {@code n} assets; {@code seed} fixes every random choice. */
    static ShapedProject generate(int n, long seed) {
        Random random = new Random(seed);
        int groups = Math.max(35, Math.min(65, 35 + n / 400));
        int huge = n / 3;
        int expand = Math.max(10, n / 20);
        // The other groups share the rest unevenly (a few big, many small), as real projects do.
        int rest = n - huge - expand;
        int others = groups - 2;
        double[] weights = new double[others];
        double sum = 0;
        for (int i = 0; i < others; i++) {
            weights[i] = Math.pow(random.nextDouble() + 0.05, 2.2);
            sum += weights[i];
        }
        int[] sizes = new int[groups];
        sizes[0] = huge;
        sizes[1] = expand;
        int given = 0;
        for (int i = 0; i < others; i++) {
            sizes[i + 2] = Math.max(3, (int) Math.round(rest * weights[i] / sum));
            given += sizes[i + 2];
        }
        sizes[2] += rest - given; // rounding
        if (sizes[2] < 3) {
            sizes[2] = 3;
        }
        String[] names = new String[groups];
        names[0] = "claims_preprocessing";
        names[1] = "member_months";
        for (int i = 2; i < groups; i++) {
            names[i] = ENTITIES[i % ENTITIES.length] + "_" + (i < ENTITIES.length ? "core" : "domain_" + i);
        }
        // Each group has a depth (its position in the project's flow): upstream groups come first.
        List<Row> rows = new ArrayList<>();
        List<List<String>> byGroupLayer = new ArrayList<>();
        List<String> all = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int g = 0; g < groups; g++) {
            int size = sizes[g];
            // sources: about 15 % of a group, its first layer
            int sources = Math.max(1, size * 15 / 100);
            List<String> groupKeys = new ArrayList<>();
            int layers = g == 0 ? 3 : 2 + random.nextInt(4);
            List<List<String>> layerKeys = new ArrayList<>();
            for (int l = 0; l <= layers; l++) {
                layerKeys.add(new ArrayList<>());
            }
            for (int i = 0; i < size; i++) {
                boolean source = i < sources;
                int layer = source ? 0 : 1 + (int) ((long) (i - sources) * layers / Math.max(1, size - sources));
                String stage =
                        source ? "src" : STAGES[Math.min(STAGES.length - 1, (layer - 1) * STAGES.length / layers)];
                String key = uniqueKey(
                        keys,
                        stage + "_" + names[g] + "__" + ENTITIES[random.nextInt(ENTITIES.length)] + "_"
                                + SUFFIXES[random.nextInt(SUFFIXES.length)] + "_" + i);
                List<String> deps = new ArrayList<>();
                if (!source) {
                    int fanIn = 1 + random.nextInt(3);
                    for (int k = 0; k < fanIn; k++) {
                        String dep;
                        double r = random.nextDouble();
                        if (r < 0.75 || all.isEmpty()) {
                            // inside the group, from an earlier layer (mostly the one just before)
                            int from = random.nextDouble() < 0.7 ? layer - 1 : random.nextInt(layer);
                            List<String> pool = layerKeys.get(from);
                            if (pool.isEmpty()) {
                                pool = layerKeys.get(0);
                            }
                            dep = pool.get(random.nextInt(pool.size()));
                        } else {
                            // a long edge: any asset of an earlier group
                            dep = all.get(random.nextInt(all.size()));
                        }
                        if (!deps.contains(dep)) {
                            deps.add(dep);
                        }
                    }
                }
                boolean partitioned = !source && g % 7 == 3 && random.nextDouble() < 0.5;
                rows.add(new Row(key, names[g], source, partitioned, deps));
                layerKeys.get(layer).add(key);
                groupKeys.add(key);
            }
            byGroupLayer.add(groupKeys);
            all.addAll(groupKeys);
        }
        return new ShapedProject(rows, names[0], names[1]);
    }

    private static String uniqueKey(Set<String> keys, String key) {
        String k = key;
        for (int i = 2; !keys.add(k); i++) {
            k = key + "_" + i;
        }
        return k;
    }

    /** The jar, built once into {@code cacheDir} (named by a hash of its content). */
    Path jar(Path cacheDir) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(GeneratedProject.contentForHash(rows, GeneratedProject.Io.MEMORY));
        String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        Files.createDirectories(cacheDir);
        Path jar = cacheDir.resolve("shaped-" + rows.size() + "-" + hash + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        return GeneratedProject.jar(jar, rows, GeneratedProject.Io.MEMORY);
    }
}
