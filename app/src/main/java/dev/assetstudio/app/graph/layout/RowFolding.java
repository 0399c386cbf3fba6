package dev.assetstudio.app.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds a layered drawing that is too long for its breadth (a long chain of group boxes: a band a
 * window can only show at an unreadable zoom) into several rows of consecutive layers, stacked
 * across, like lines of text. Works on the finished drawing, in layer axes ({@code x} along the
 * edges, {@code y} across): every node and bend point moves with the row of the layer it lies in,
 * and a segment between the last layer of one row and the first of the next runs around them in a
 * bus: out past the row's end, back along the corridor between the two rows, and into the next row
 * from before its start. Each such segment gets its own track, nested so that the bus adds no
 * crossings of its own (two segments cross in it exactly when they crossed between the two layers).
 */
final class RowFolding {

    /** Folding only pays when the unfolded drawing is at least this far from the wanted ratio. */
    private static final double WORTH = Math.log(1.5);

    private static final int MAX_ROWS = 8;

    private final double[] cut;
    private final double[] alongShift;
    private final double[] acrossShift;
    /** Per row boundary: the bus tracks by (exit across, entry across), and where the bus runs. */
    private final List<Map<Long, Integer>> tracks;

    private final int[] trackCount;
    private final double[] rowEnd;
    private final double[] corridorStart;
    private final double margin;
    private final double spacing;
    private final double gap;
    /** Size of the folded drawing, along and across. */
    private final double along;

    private final double across;

    private RowFolding(
            double[] cut,
            double[] alongShift,
            double[] acrossShift,
            List<Map<Long, Integer>> tracks,
            int[] trackCount,
            double[] rowEnd,
            double[] corridorStart,
            double margin,
            double spacing,
            double gap,
            double along,
            double across) {
        this.cut = cut;
        this.alongShift = alongShift;
        this.acrossShift = acrossShift;
        this.tracks = tracks;
        this.trackCount = trackCount;
        this.rowEnd = rowEnd;
        this.corridorStart = corridorStart;
        this.margin = margin;
        this.spacing = spacing;
        this.gap = gap;
        this.along = along;
        this.across = across;
    }

    /** Whether the drawing is folded at all (one row: everything stays where it is). */
    boolean folds() {
        return cut.length > 0;
    }

    /**
     * The folding of a drawing whose layers are the bands {@code layerStart[l] .. + thickness[l]} along, with these
     * node rectangles and edge routes (layer axes), that brings it nearest {@code targetRatio} (along over across);
     * no folding if the drawing is near enough already or folding does not bring it nearer.
     *
     * @param margin room kept around every node across (group box padding and label), so rows do not touch
     * @param spacing distance between two bus tracks
     * @param gap distance between a row and its bus
     */
    static RowFolding plan(
            double[] layerStart,
            double[] thickness,
            Rect[] rects,
            List<List<Point>> routes,
            double targetRatio,
            double margin,
            double spacing,
            double gap) {
        int layers = layerStart.length;
        RowFolding none = new RowFolding(
                new double[0],
                new double[1],
                new double[1],
                List.of(),
                new int[0],
                new double[1],
                new double[0],
                0,
                spacing,
                gap,
                1,
                1);
        if (layers < 2) {
            return none;
        }
        double[] mid = new double[layers - 1]; // middle of the gap after layer l: where a row may end
        for (int l = 0; l + 1 < layers; l++) {
            mid[l] = (layerStart[l] + thickness[l] + layerStart[l + 1]) / 2;
        }
        // Across extent of everything in the stretch of every layer (its band and the half gaps on either side).
        double[] min = new double[layers];
        double[] max = new double[layers];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double alongMin = Double.POSITIVE_INFINITY;
        double alongMax = Double.NEGATIVE_INFINITY;
        for (Rect r : rects) {
            int l = stretchOf(mid, r.centerX());
            min[l] = Math.min(min[l], r.y() - margin);
            max[l] = Math.max(max[l], r.maxY() + margin);
            alongMin = Math.min(alongMin, r.x() - margin);
            alongMax = Math.max(alongMax, r.maxX() + margin);
        }
        // Segments across each gap, once per distinct (exit, entry) pair: the edges of one bundle share a track.
        List<Map<Long, double[]>> crossing = new ArrayList<>();
        for (int l = 0; l + 1 < layers; l++) {
            crossing.add(new HashMap<>());
        }
        for (List<Point> route : routes) {
            for (int i = 0; i < route.size(); i++) {
                Point p = route.get(i);
                int l = stretchOf(mid, p.x());
                min[l] = Math.min(min[l], p.y());
                max[l] = Math.max(max[l], p.y());
                alongMin = Math.min(alongMin, p.x());
                alongMax = Math.max(alongMax, p.x());
                if (i + 1 < route.size()) {
                    Point q = route.get(i + 1);
                    int lq = stretchOf(mid, q.x());
                    if (lq == l + 1) {
                        crossing.get(l).putIfAbsent(key(p.y(), q.y()), new double[] {p.y(), q.y()});
                    }
                }
            }
        }
        for (int l = 0; l < layers; l++) {
            if (min[l] > max[l]) { // an empty stretch (cannot happen in a proper drawing): no extent
                min[l] = l > 0 ? min[l - 1] : 0;
                max[l] = min[l];
            }
        }
        double start = Math.min(alongMin, layerStart[0]);
        double end = Math.max(alongMax, layerStart[layers - 1] + thickness[layers - 1]);
        double plainAlong = end - start;
        double plainAcross = range(min, max, 0, layers);
        double plainScore = Math.abs(Math.log(plainAlong / plainAcross / targetRatio));
        if (plainScore < WORTH) {
            return none;
        }
        RowFolding best = none;
        double bestScore = plainScore;
        for (int rows = 2; rows <= Math.min(MAX_ROWS, layers); rows++) {
            int[] rowOf = new int[layers];
            for (int l = 0; l < layers; l++) {
                double m = layerStart[l] + thickness[l] / 2 - start;
                rowOf[l] = Math.min(rows - 1, (int) (m / plainAlong * rows));
            }
            RowFolding folding = build(dense(rowOf), mid, min, max, crossing, start, end, spacing, gap);
            double score = Math.abs(Math.log(folding.along / folding.across / targetRatio));
            if (score < bestScore - 1e-9) {
                bestScore = score;
                best = folding;
            }
        }
        return best;
    }

    private static RowFolding build(
            int[] rowOf,
            double[] mid,
            double[] min,
            double[] max,
            List<Map<Long, double[]>> crossing,
            double start,
            double end,
            double spacing,
            double gap) {
        int layers = rowOf.length;
        int rows = rowOf[layers - 1] + 1;
        double[] cut = new double[rows - 1];
        int[] lastLayer = new int[rows];
        double[] rowStart = new double[rows];
        double[] rowMin = new double[rows];
        double[] rowMax = new double[rows];
        Arrays.fill(rowMin, Double.POSITIVE_INFINITY);
        Arrays.fill(rowMax, Double.NEGATIVE_INFINITY);
        rowStart[0] = start;
        for (int l = 0; l < layers; l++) {
            int r = rowOf[l];
            lastLayer[r] = l;
            rowMin[r] = Math.min(rowMin[r], min[l]);
            rowMax[r] = Math.max(rowMax[r], max[l]);
            if (l > 0 && rowOf[l - 1] != r) {
                cut[r - 1] = mid[l - 1];
                rowStart[r] = mid[l - 1];
            }
        }
        List<Map<Long, Integer>> tracks = new ArrayList<>();
        int[] trackCount = new int[rows - 1];
        int most = 0;
        for (int r = 0; r + 1 < rows; r++) {
            List<double[]> segments = new ArrayList<>(crossing.get(lastLayer[r]).values());
            // Top exit first (entry as tie-break): the first gets the outermost track, which keeps the bus nested.
            segments.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
            Map<Long, Integer> index = new HashMap<>();
            for (double[] s : segments) {
                index.put(key(s[0], s[1]), index.size());
            }
            tracks.add(index);
            trackCount[r] = segments.size();
            most = Math.max(most, segments.size());
        }
        double leftBus = most == 0 ? 0 : 2 * gap + (most - 1) * spacing;
        double[] alongShift = new double[rows];
        double[] acrossShift = new double[rows];
        double[] rowEnd = new double[rows];
        double[] corridorStart = new double[rows - 1];
        double next = rowMin[0];
        double longest = 0;
        double acrossTotal = 0;
        for (int r = 0; r < rows; r++) {
            alongShift[r] = start + leftBus - rowStart[r];
            double rowEndBefore = r + 1 < rows ? cut[r] : end;
            rowEnd[r] = rowEndBefore + alongShift[r];
            acrossShift[r] = next - rowMin[r];
            next = rowMax[r] + acrossShift[r];
            acrossTotal += Math.max(1, rowMax[r] - rowMin[r]);
            double length = rowEndBefore - rowStart[r];
            if (r + 1 < rows) {
                corridorStart[r] = next;
                double bus = trackCount[r] == 0 ? gap : 2 * gap + (trackCount[r] - 1) * spacing;
                next += bus;
                acrossTotal += bus;
                length += trackCount[r] == 0 ? 0 : bus;
            }
            longest = Math.max(longest, length);
        }
        return new RowFolding(
                cut,
                alongShift,
                acrossShift,
                tracks,
                trackCount,
                rowEnd,
                corridorStart,
                start + leftBus,
                spacing,
                gap,
                Math.max(1, longest + leftBus),
                Math.max(1, acrossTotal));
    }

    private static double range(double[] min, double[] max, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int l = from; l < to; l++) {
            lo = Math.min(lo, min[l]);
            hi = Math.max(hi, max[l]);
        }
        return Math.max(1, hi - lo);
    }

    /** Rows numbered 0.. without gaps (a row no layer's middle fell in is dropped). */
    private static int[] dense(int[] rowOf) {
        int[] out = new int[rowOf.length];
        int row = 0;
        for (int l = 1; l < rowOf.length; l++) {
            if (rowOf[l] != rowOf[l - 1]) {
                row++;
            }
            out[l] = row;
        }
        return out;
    }

    /** The layer whose stretch holds along coordinate {@code x} (the gaps split at their middle). */
    private static int stretchOf(double[] mid, double x) {
        int lo = 0;
        int hi = mid.length; // answer in [0, mid.length]
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (x < mid[m]) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return lo;
    }

    private static long key(double exit, double entry) {
        return Double.doubleToLongBits(exit) * 31 + Double.doubleToLongBits(entry);
    }

    private int rowOf(double along) {
        int lo = 0;
        int hi = cut.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (along < cut[m]) {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        return lo;
    }

    /** The rectangle moved with the row its middle lies in. */
    Rect rect(Rect r) {
        int row = rowOf(r.centerX());
        return new Rect(r.x() + alongShift[row], r.y() + acrossShift[row], r.width(), r.height());
    }

    /** The route moved row by row, with a detour through the bus wherever it passes from one row to the next. */
    List<Point> route(List<Point> points) {
        if (!folds()) {
            return points;
        }
        List<Point> out = new ArrayList<>(points.size() + 4);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int row = rowOf(p.x());
            Point moved = new Point(p.x() + alongShift[row], p.y() + acrossShift[row]);
            if (i > 0) {
                Point prev = points.get(i - 1);
                int before = rowOf(prev.x());
                if (before == row - 1) {
                    Integer track = tracks.get(before).get(key(prev.y(), p.y()));
                    int k = trackCount[before];
                    int t = track == null ? 0 : track;
                    double outer = rowEnd[before] + gap + (k - 1 - t) * spacing;
                    double lane = corridorStart[before] + gap + (k - 1 - t) * spacing;
                    double inner = margin - gap - t * spacing;
                    double exitY = prev.y() + acrossShift[before];
                    out.add(new Point(outer, exitY));
                    out.add(new Point(outer, lane));
                    out.add(new Point(inner, lane));
                    out.add(new Point(inner, moved.y()));
                }
            }
            out.add(moved);
        }
        return out;
    }
}
