package dev.assetstudio.engine.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated asset project of any size as one jar: its {@code DefinitionsProvider} reads the assets
 * from a resource in the jar, one per row, so 10,000 assets compile one small class. Source assets,
 * upstream keys, groups and daily partitions come from the rows; {@link Io} says where values go.
 *
 * <pre>{@code
 * Path jar = GeneratedProject.jar(dir.resolve("big.jar"), List.of(
 *         new GeneratedProject.Row("raw", "g0", true, false, List.of()),
 *         new GeneratedProject.Row("clean", "g0", false, false, List.of("raw"))), GeneratedProject.Io.FILESYSTEM);
 * }</pre>
 */
public final class GeneratedProject {
    /** The provider's class name. */
    public static final String PROVIDER = "generated.GeneratedProvider";

    private static final String ROWS = "generated-project/assets.tsv";
    private static final String IO = "generated-project/io";

    private GeneratedProject() {}

    /**
     * One asset: its key, group, whether it is a source asset, whether it is daily-partitioned (from
     * 2024-01-01 to 2024-01-15), its upstream keys.
     */
    public record Row(String key, String group, boolean source, boolean partitioned, List<String> deps) {
        public Row {
            deps = List.copyOf(deps);
        }
    }

    /** Where materialized values go. */
    public enum Io {
        /** {@code InMemoryIOManager} as {@code io_manager}: measures the engine, not serialization. */
        MEMORY,
        /** No {@code io_manager} resource: the engine's default {@code FilesystemIOManager}. */
        FILESYSTEM
    }

    /** Compiles the provider and writes it with {@code rows} to {@code jar}, replacing any file there. */
    public static Path jar(Path jar, List<Row> rows, Io io) {
        return TestJars.builder()
                .source(PROVIDER, PROVIDER_SOURCE)
                .provider(PROVIDER)
                .resource(ROWS, toTsv(rows))
                .resource(IO, io.name())
                .build(jar);
    }

    /** The rows as the provider reads them: key, group, kind, partitioned, upstream keys. */
    public static String toTsv(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(r.key())
                    .append('\t')
                    .append(r.group())
                    .append('\t')
                    .append(r.source() ? "source" : "asset")
                    .append('\t')
                    .append(r.partitioned() ? "daily" : "")
                    .append('\t')
                    .append(String.join(",", r.deps()))
                    .append('\n');
        }
        return sb.toString();
    }

    /** A fingerprint of what the jar of {@code rows} holds, for callers that cache built jars. */
    public static byte[] contentForHash(List<Row> rows, Io io) {
        return (PROVIDER_SOURCE + io + toTsv(rows)).getBytes(StandardCharsets.UTF_8);
    }

    private static final String PROVIDER_SOURCE =
            """
            package generated;

            import dev.assetstudio.api.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;
            import java.time.LocalDate;

            /** A generated project: one asset per line of a resource. */
            public final class GeneratedProvider implements DefinitionsProvider {
                @Override
                public Definitions definitions() {
                    PartitionsDefinition daily =
                            PartitionsDefinition.daily(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-15"));
                    Definitions.Builder b = Definitions.builder();
                    if (read("generated-project/io").trim().equals("MEMORY")) {
                        b.resource("io_manager", new InMemoryIOManager());
                    }
                    for (String line : read("generated-project/assets.tsv").split("\\n")) {
                        if (line.isEmpty()) {
                            continue;
                        }
                        String[] f = line.split("\\t", -1);
                        if (f[2].equals("source")) {
                            b.sourceAsset(SourceAsset.of(f[0]).withGroup(f[1]));
                            continue;
                        }
                        AssetSpec spec = AssetSpec.of(f[0]).group(f[1]);
                        if (!f[4].isEmpty()) {
                            spec = spec.deps(f[4].split(","));
                        }
                        if (f[3].equals("daily")) {
                            spec = spec.partitions(daily);
                        }
                        b.asset(spec.compute(ctx -> 1));
                    }
                    return b.build();
                }

                private static String read(String resource) {
                    try (InputStream in = GeneratedProvider.class.getClassLoader().getResourceAsStream(resource)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            """;
}
