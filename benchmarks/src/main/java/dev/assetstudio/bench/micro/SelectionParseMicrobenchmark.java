package dev.assetstudio.bench.micro;

import dev.assetstudio.engine.AssetSelection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing selection text (the old syntax and Dagster's current one), as the selection bar does on each key. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SelectionParseMicrobenchmark {
    @Param({
        "*downstreamAsset",
        "group:cereal,+sugaryCereals+,a/b/c",
        "2+key:\"orders*\"+ and (tag:team=data or owner:alice) and not kind:dbt",
        "roots(group:staging) or sinks(key:marts/*)"
    })
    String text;

    @Benchmark
    public AssetSelection parse() {
        return AssetSelection.parse(text);
    }
}
