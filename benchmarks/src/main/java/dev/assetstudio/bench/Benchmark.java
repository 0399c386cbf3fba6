package dev.assetstudio.bench;

import java.util.List;

/** One benchmark: measures one or more figures. */
interface Benchmark {
    /** The name {@code --only} picks it by: {@code load}, {@code run}, … */
    String id();

    /** What it measures, for {@code --help}. */
    String description();

    /** Measures; each figure's line is printed by the caller. */
    List<Figure> run(BenchContext ctx) throws Exception;
}
