package dev.assetstudio.bench;

import dev.assetstudio.engine.testing.TestJars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Builds the benchmarks' asset jars, once: compiled jars are kept in a cache directory under a name
 * derived from a hash of their content, so later runs (and later iterations) reuse them and
 * compiling is never timed.
 */
final class AssetJars {
    /** Bump when the generated code changes shape, so cached jars are not reused. */
    private static final String GENERATION = "3";

    private static final int METHODS_PER_CLASS = 100;
    private static final String PACKAGE = "bench.gen";
    static final String DAG_RESOURCE = "asset-studio-bench/dag.tsv";
    static final String OPTIONS_RESOURCE = "asset-studio-bench/options.properties";
    private static final String PROVIDER = PACKAGE + ".DagProvider";

    private final Path cacheDir;

    AssetJars(Path cacheDir) {
        this.cacheDir = cacheDir.toAbsolutePath().normalize();
    }

    /** Where compiled jars are kept between runs. */
    /** How generated sources compile: with parameter names (inputs bind by them), without debug info. */
    static final List<String> COMPILER_OPTIONS = List.of("-parameters", "-g:none");

    /** Writes {@code classes} and the text {@code resources} (path in jar → UTF-8 text) to {@code jar}. */
    static Path writeJar(Path jar, Path classes, Map<String, String> resources) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        resources.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return TestJars.writeJar(jar, classes, bytes, entry -> false);
    }

    Path cacheDir() {
        return cacheDir;
    }

    /**
     * A jar of {@code @Asset} static methods, one per node, without a provider (so the loader scans
     * it): classes of at most 100 methods, one {@code @AssetGroup} per class; a node's first input
     * binds by parameter name, the others by {@code @In("key")}. Every method returns {@code 1}. No
     * resources, so values go to the default {@code FilesystemIOManager}.
     */
    Path annotated(SyntheticDag dag) {
        Map<String, String> sources = annotatedSources(dag);
        String hash = hash(sources.toString());
        Path jar = cacheDir.resolve("annotated-" + dag.size() + "-" + hash + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path classes = TempDirs.create(cacheDir, "classes");
        try {
            TestJars.compileTo(classes, sources, COMPILER_OPTIONS, List.of());
            return AssetJars.writeJar(jar, classes, Map.of());
        } finally {
            TempDirs.delete(classes);
        }
    }

    static Map<String, String> annotatedSources(SyntheticDag dag) {
        Map<String, List<Integer>> byGroup = new TreeMap<>();
        for (int i = 0; i < dag.size(); i++) {
            byGroup.computeIfAbsent(dag.group(i), g -> new ArrayList<>()).add(i);
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> group : byGroup.entrySet()) {
            List<Integer> nodes = group.getValue();
            for (int c = 0; c * METHODS_PER_CLASS < nodes.size(); c++) {
                String simpleName = "Assets_" + group.getKey() + "_" + c;
                StringBuilder src = new StringBuilder();
                src.append("package ").append(PACKAGE).append(";\n\n");
                src.append("import dev.assetstudio.api.*;\n\n");
                src.append("@AssetGroup(\"").append(group.getKey()).append("\")\n");
                src.append("public final class ").append(simpleName).append(" {\n");
                src.append("    private ").append(simpleName).append("() {}\n");
                int end = Math.min(nodes.size(), (c + 1) * METHODS_PER_CLASS);
                for (int i : nodes.subList(c * METHODS_PER_CLASS, end)) {
                    src.append("\n    @Asset\n    public static Integer ")
                            .append(dag.key(i))
                            .append('(');
                    int[] ups = dag.upstream(i);
                    for (int k = 0; k < ups.length; k++) {
                        if (k > 0) {
                            src.append(", ");
                        }
                        if (k == 0) {
                            src.append("Integer ").append(dag.key(ups[k]));
                        } else {
                            src.append("@In(\"")
                                    .append(dag.key(ups[k]))
                                    .append("\") Integer in")
                                    .append(k);
                        }
                    }
                    src.append(") {\n        return 1;\n    }\n");
                }
                src.append("}\n");
                sources.put(PACKAGE + "." + simpleName, src.toString());
            }
        }
        return sources;
    }

    /** Where values go in a provider jar. */
    enum Io {
        /** {@code InMemoryIOManager} as {@code io_manager}: measures the engine, not serialization. */
        MEMORY,
        /** No {@code io_manager} resource: the engine's default {@code FilesystemIOManager}. */
        FILESYSTEM
    }

    /**
     * A jar whose {@code DefinitionsProvider} builds one {@code AssetSpec} per node of {@code dag}
     * (read from a resource in the jar): inputs by {@code ins}, the node's group, a computation that
     * sleeps the node's sleep and returns a small {@code Integer}; all hourly-partitioned from {@code
     * hourlyStart} when that is not null.
     */
    Path provider(SyntheticDag dag, Io io, String hourlyStart) {
        Properties options = new Properties();
        options.setProperty("io", io.name());
        if (hourlyStart != null) {
            options.setProperty("hourlyStart", hourlyStart);
        }
        String optionsText = propertiesText(options);
        String tsv = dag.toTsv();
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put(TestJars.PROVIDERS_FILE, PROVIDER + "\n");
        resources.put(DAG_RESOURCE, tsv);
        resources.put(OPTIONS_RESOURCE, optionsText);
        Path jar = cacheDir.resolve("provider-" + dag.size() + "-" + hash(PROVIDER_SOURCE + resources) + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path classes = providerClasses();
        return AssetJars.writeJar(jar, classes, resources);
    }

    private Path providerClasses() {
        Path classes = cacheDir.resolve("provider-classes-" + hash(PROVIDER_SOURCE));
        if (Files.isDirectory(classes)) {
            return classes;
        }
        Path tmp = TempDirs.create(cacheDir, "provider-classes");
        TestJars.compileTo(tmp, Map.of(PROVIDER, PROVIDER_SOURCE), COMPILER_OPTIONS, List.of());
        try {
            Files.move(tmp, classes);
        } catch (IOException e) {
            // another process won the race: use its classes
            TempDirs.delete(tmp);
            if (!Files.isDirectory(classes)) {
                throw new UncheckedIOException(e);
            }
        }
        return classes;
    }

    private static String propertiesText(Properties p) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(p).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    private static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(GENERATION.getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider compiled into every provider jar; it reads the DAG and options from the jar. */
    static final String PROVIDER_SOURCE =
            """
            package bench.gen;

            import dev.assetstudio.api.AssetSpec;
            import dev.assetstudio.api.Definitions;
            import dev.assetstudio.api.DefinitionsProvider;
            import dev.assetstudio.api.InMemoryIOManager;
            import dev.assetstudio.api.PartitionsDefinition;
            import java.io.BufferedReader;
            import java.io.IOException;
            import java.io.InputStream;
            import java.io.InputStreamReader;
            import java.io.UncheckedIOException;
            import java.nio.charset.StandardCharsets;
            import java.time.LocalDateTime;
            import java.util.Properties;

            /** Generated by asset-studio-bench: one AssetSpec per line of the DAG resource. */
            public final class DagProvider implements DefinitionsProvider {
                @Override
                public Definitions definitions() {
                    try {
                        Properties options = new Properties();
                        try (InputStream in = resource("asset-studio-bench/options.properties")) {
                            options.load(in);
                        }
                        Definitions.Builder b = Definitions.builder();
                        if ("MEMORY".equals(options.getProperty("io"))) {
                            b.resource("io_manager", new InMemoryIOManager());
                        }
                        String hourly = options.getProperty("hourlyStart", "");
                        PartitionsDefinition partitions =
                                hourly.isEmpty() ? null : PartitionsDefinition.hourly(LocalDateTime.parse(hourly));
                        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                                resource("asset-studio-bench/dag.tsv"), StandardCharsets.UTF_8))) {
                            for (String line = r.readLine(); line != null; line = r.readLine()) {
                                if (line.isBlank()) {
                                    continue;
                                }
                                String[] f = line.split("\\t", -1);
                                AssetSpec spec = AssetSpec.of(f[0]).group(f[1]);
                                long sleep = Long.parseLong(f[2]);
                                if (!f[3].isEmpty()) {
                                    spec = spec.ins(f[3].split(","));
                                }
                                if (partitions != null) {
                                    spec = spec.partitions(partitions);
                                }
                                b.asset(spec.compute((ctx, inputs) -> {
                                    if (sleep > 0) {
                                        Thread.sleep(sleep);
                                    }
                                    return Integer.valueOf(inputs.size());
                                }));
                            }
                        }
                        return b.build();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                private static InputStream resource(String name) {
                    InputStream in = DagProvider.class.getClassLoader().getResourceAsStream(name);
                    if (in == null) {
                        throw new IllegalStateException("no " + name + " in the benchmark jar");
                    }
                    return in;
                }
            }
            """;
}
