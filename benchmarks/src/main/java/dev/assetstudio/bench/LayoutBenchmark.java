package dev.assetstudio.bench;

import dev.assetstudio.app.graph.layout.ForceDirectedLayout;
import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.LayeredLayout;
import dev.assetstudio.app.graph.layout.LayoutAlgorithm;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the layouts on synthetic graphs and prints one line per case, {@code <name>: <median> ms}.
 * Run with {@code java -cp benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)
 * dev.assetstudio.bench.LayoutBenchmark} (the classpath file is what {@code ./bench} writes); pass
 * {@code --quick} to skip the slow force-directed case. {@code ./bench --only layout} has the
 * layered figures and the comparison with ELK.
 */
public final class LayoutBenchmark {

    private LayoutBenchmark() {}

    public static void main(String[] args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        LayoutOptions options = LayoutOptions.defaults();
        run("layout.layered.1000", new LayeredLayout(), SyntheticGraphs.layeredDag(1_000, 15, 8, 1), options, 20, 15);
        run(
                "layout.layered.10000",
                new LayeredLayout(),
                SyntheticGraphs.layeredDag(10_000, 40, 20, 1),
                options,
                15,
                15);
        run("layout.force.1000", new ForceDirectedLayout(), SyntheticGraphs.layeredDag(1_000, 15, 8, 1), options, 3, 7);
        if (!quick) {
            run(
                    "layout.force.5000",
                    new ForceDirectedLayout(),
                    SyntheticGraphs.layeredDag(5_000, 30, 20, 1),
                    options,
                    1,
                    3);
        }
    }

    private static void run(
            String name, LayoutAlgorithm algorithm, LayoutGraph graph, LayoutOptions options, int warmups, int runs) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += algorithm.layout(graph, options).nodes().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            GraphLayout layout = algorithm.layout(graph, options);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            sink += layout.nodes().size();
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        double median = millis[runs / 2];
        System.out.printf(
                Locale.ROOT,
                "%s: %.1f ms (min %.1f, max %.1f, thread CPU median %.1f ms, %d runs, %d nodes, %d edges)%n",
                name,
                median,
                millis[0],
                millis[runs - 1],
                cpuMillis[runs / 2],
                runs,
                graph.nodeCount(),
                graph.edgeCount());
        if (sink == 42) {
            System.out.println(); // keeps the JIT from dropping the work
        }
    }
}
