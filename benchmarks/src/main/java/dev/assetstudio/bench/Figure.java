package dev.assetstudio.bench;

import java.util.Locale;

/**
 * One measured figure: its median and how it compares to its target (lower is better for all of
 * them).
 *
 * @param name e.g. {@code load.10000}
 * @param median the median of the timed iterations
 * @param unit e.g. {@code ms}, {@code ms/step}, {@code x}, {@code s}
 * @param target the target, in the same unit
 * @param details one line of context (min/max, sizes, load), printed after the figure
 */
public record Figure(String name, double median, String unit, double target, String details) {

    /** {@code median / target}; at most 1.0 meets the target. */
    public double ratio() {
        return median / target;
    }

    public boolean meetsTarget() {
        return median <= target;
    }

    /** The figure's line: {@code name: median unit}. */
    public String line() {
        return name + ": " + format(median) + " " + unit;
    }

    static String format(double value) {
        double abs = Math.abs(value);
        String pattern = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
