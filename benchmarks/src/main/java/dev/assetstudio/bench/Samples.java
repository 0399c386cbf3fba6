package dev.assetstudio.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timings of the iterations of one figure. */
final class Samples {
    private final double[] values;

    Samples(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.values = values.clone();
        Arrays.sort(this.values);
    }

    double median() {
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    double min() {
        return values[0];
    }

    double max() {
        return values[values.length - 1];
    }

    int count() {
        return values.length;
    }

    /** {@code min …, max …, n=…}. */
    String summary(String unit) {
        return String.format(
                Locale.ROOT,
                "min %s %s, max %s %s, n=%d",
                Figure.format(min()),
                unit,
                Figure.format(max()),
                unit,
                count());
    }
}
