package dev.assetstudio.examples.cereal.model;

import java.util.Collection;
import java.util.function.ToDoubleFunction;

/** Small numeric helpers shared by the assets. */
public final class Stats {
    private Stats() {}

    /** The mean of {@code f} over {@code items}, 0 for none, rounded to two decimals. */
    public static <T> double mean(Collection<T> items, ToDoubleFunction<T> f) {
        return round2(items.stream().mapToDouble(f).average().orElse(0));
    }

    /** {@code x} rounded half-up to two decimals, for readable metadata. */
    public static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
