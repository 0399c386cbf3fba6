package dev.assetstudio.app.details;

import dev.assetstudio.engine.history.SeriesPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One small plot of the Activity tab, ready to draw: points with an x (epoch millis, or a
 * partition's index) and a y, plus the categories when x is a partition.
 *
 * <pre>{@code
 * ChartData.of("num_rows", history.metadataSeries(key, "num_rows"), XAxis.TIME);
 * }</pre>
 *
 * @param title what is plotted ({@code num_rows}, {@code step duration (ms)})
 * @param axis what x means
 * @param points in x order
 * @param categories the partition keys, in x order, when {@code axis} is {@link XAxis#PARTITION}
 */
public record ChartData(String title, XAxis axis, List<Point> points, List<String> categories) {

    /** What the x axis of the Activity plots stands for. */
    public enum XAxis {
        /** When it was materialized. */
        TIME,
        /** Which partition (categorical); the latest value of each partition. */
        PARTITION
    }

    /**
     * One point.
     *
     * @param x epoch millis, or the index of the partition in {@code categories}
     * @param source the history point behind it (value, time, run, partition)
     */
    public record Point(double x, double y, SeriesPoint source) {}

    public ChartData {
        Objects.requireNonNull(title, "title");
        points = List.copyOf(points);
        categories = List.copyOf(categories);
    }

    /** Plots {@code series} (oldest first) against {@code axis}. */
    public static ChartData of(String title, List<SeriesPoint> series, XAxis axis) {
        if (axis == XAxis.TIME) {
            List<Point> points = series.stream()
                    .map(p -> new Point(p.time().toEpochMilli(), p.value(), p))
                    .sorted(Comparator.comparingDouble(Point::x))
                    .toList();
            return new ChartData(title, axis, points, List.of());
        }
        // The latest value per partition: older ones were superseded. Points without a partition have
        // no place on this axis.
        Map<String, SeriesPoint> latest = new LinkedHashMap<>();
        for (SeriesPoint p : series) {
            if (p.partition() != null) {
                latest.merge(p.partition(), p, (a, b) -> b.time().isBefore(a.time()) ? a : b);
            }
        }
        List<String> categories = new ArrayList<>(new TreeSet<>(latest.keySet()));
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            SeriesPoint p = latest.get(categories.get(i));
            points.add(new Point(i, p.value(), p));
        }
        return new ChartData(title, axis, points, categories);
    }

    /** The newest value, for the chart's header. */
    public java.util.Optional<Point> latest() {
        return points.stream().max(Comparator.comparing(p -> p.source().time()));
    }
}
