package dev.assetstudio.bench.micro;

import dev.assetstudio.app.graph.layout.LayeredLayout;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The layered layout of a synthetic graph of {@code nodes} nodes (15 layers, 8 groups), as the studio draws it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LayoutMicrobenchmark {
    @Param({"200", "1000"})
    int nodes;

    private LayoutGraph graph;
    private final LayoutOptions options = LayoutOptions.defaults();
    private final LayeredLayout layout = new LayeredLayout();

    @Setup
    public void setUp() {
        graph = SyntheticGraphs.layeredDag(nodes, 15, 8, 1);
    }

    @Benchmark
    public Object layered() {
        return layout.layout(graph, options);
    }
}
