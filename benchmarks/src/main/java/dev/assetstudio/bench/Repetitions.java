package dev.assetstudio.bench;

/**
 * How often a figure is measured: warm-up iterations (not recorded), then timed ones.
 *
 * @param warmups iterations run first and thrown away (JIT, caches)
 * @param runs timed iterations; the figure is their median
 */
record Repetitions(int warmups, int runs) {
    Repetitions {
        if (warmups < 0 || runs < 1) {
            throw new IllegalArgumentException("warmups >= 0 and runs >= 1, got " + warmups + "/" + runs);
        }
    }
}
