package dev.assetstudio.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark command: measures the engine and the studio's graph layout and prints one line per
 * figure, {@code name: median unit}, each followed by a {@code # …} line of context, then a summary
 * table with targets and ratios.
 *
 * <pre>
 * ./bench                          # everything, published sizes
 * ./bench --quick                  # same sizes, fewer iterations
 * ./bench --only load,backfill     # some of: load, run, makespan, history, layout, backfill, worker, cluster, studio
 * </pre>
 *
 * <p>System properties: {@code bench.cache} (where compiled jars are kept between runs, default
 * {@code <tmp>/asset-studio-bench}), {@code bench.scratch} (homes and databases, deleted after).
 */
public final class Benchmarks {
    private Benchmarks() {}

    /** Every benchmark, in the order they run. */
    static List<Benchmark> all() {
        return List.of(
                new LoadBenchmark(),
                new RunOverheadBenchmark(),
                new MakespanBenchmark(),
                new HistorySeriesBenchmark(),
                new LayoutFigureBenchmark(),
                new BackfillBenchmark(),
                new WorkerBenchmark(),
                new ClusterBenchmark(),
                new StudioBenchmark());
    }

    public static void main(String[] args) throws Exception {
        // the engine's INFO lines (schema migrations of every scratch database) would drown the figures
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        BenchContext.Mode mode = BenchContext.Mode.FULL;
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> mode = BenchContext.Mode.QUICK;
                case "--smoke" -> mode = BenchContext.Mode.SMOKE;
                case "--only" -> {
                    if (i + 1 >= args.length) {
                        usage("--only needs a list, e.g. --only load,run");
                        return;
                    }
                    only = Arrays.asList(args[++i].split(","));
                }
                case "-h", "--help" -> {
                    usage(null);
                    return;
                }
                default -> {
                    if (args[i].startsWith("--only=")) {
                        only = Arrays.asList(
                                args[i].substring("--only=".length()).split(","));
                    } else {
                        usage("unknown argument " + args[i]);
                        return;
                    }
                }
            }
        }
        List<Benchmark> selected;
        try {
            selected = select(only);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path cache = Path.of(System.getProperty(
                "bench.cache", tmp.resolve("asset-studio-bench").toString()));
        Path scratchParent = Path.of(System.getProperty(
                "bench.scratch", tmp.resolve("asset-studio-bench-scratch").toString()));
        Path scratch = TempDirs.create(scratchParent, "run");
        BenchContext.Sizes sizes =
                mode == BenchContext.Mode.SMOKE ? BenchContext.Sizes.TINY : BenchContext.Sizes.PUBLISHED;
        try {
            run(new BenchContext(mode, sizes, cache, scratch, System.out), selected, System.out);
        } finally {
            TempDirs.delete(scratch);
            StudioBenchmark.stopToolkit(); // the FX thread would keep the JVM alive
        }
    }

    /** The benchmarks named in {@code only} (all when null), in run order. */
    static List<Benchmark> select(List<String> only) {
        if (only == null) {
            return all();
        }
        Map<String, Benchmark> byId = new LinkedHashMap<>();
        all().forEach(b -> byId.put(b.id(), b));
        for (String id : only) {
            if (!byId.containsKey(id.strip())) {
                throw new IllegalArgumentException("unknown benchmark '" + id + "'; known: " + byId.keySet());
            }
        }
        List<Benchmark> out = new ArrayList<>();
        byId.forEach((id, b) -> {
            if (only.stream().map(String::strip).anyMatch(id::equals)) {
                out.add(b);
            }
        });
        return out;
    }

    /** Runs {@code benchmarks}, printing each figure as it is measured, then the summary table. */
    static List<Figure> run(BenchContext ctx, List<Benchmark> benchmarks, PrintStream out) throws Exception {
        out.println("# asset-studio benchmarks, " + ctx.mode().name().toLowerCase(Locale.ROOT) + ", Java "
                + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
                + MachineLoad.describe());
        List<Figure> figures = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            for (Figure figure : benchmark.run(ctx)) {
                out.println(figure.line());
                out.println("  # " + figure.details());
                out.flush();
                figures.add(figure);
            }
        }
        out.println();
        out.print(summary(figures));
        out.println("# finished at " + MachineLoad.describe());
        out.flush();
        return figures;
    }

    /** The table of figures with their targets and ratios (median / target; at most 1 meets it). */
    static String summary(List<Figure> figures) {
        StringBuilder sb = new StringBuilder();
        String format = "%-40s %15s %18s %7s  %s%n";
        sb.append(String.format(Locale.ROOT, format, "figure", "median", "target", "ratio", ""));
        for (Figure f : figures) {
            boolean hasTarget = !Double.isNaN(f.target());
            sb.append(String.format(
                    Locale.ROOT,
                    format,
                    f.name(),
                    Figure.format(f.median()) + " " + f.unit(),
                    hasTarget ? "<= " + Figure.format(f.target()) + " " + f.unit() : "-",
                    hasTarget ? String.format(Locale.ROOT, "%.2f", f.ratio()) : "-",
                    hasTarget ? (f.meetsTarget() ? "ok" : "OVER TARGET") : "(no target)"));
        }
        return sb.toString();
    }

    private static void usage(String problem) {
        PrintStream out = problem == null ? System.out : System.err;
        if (problem != null) {
            out.println("bench: " + problem);
        }
        out.println("usage: bench [--quick] [--only a,b,...]");
        out.println("  --quick   same sizes, fewer iterations");
        out.println("  --smoke   tiny sizes, one iteration (checks that the benchmarks work; numbers mean nothing)");
        out.println("  --only    some of the benchmarks:");
        for (Benchmark b : all()) {
            out.printf(Locale.ROOT, "      %-9s %s%n", b.id(), b.description());
        }
        if (problem != null) {
            System.exit(2);
        }
    }
}
