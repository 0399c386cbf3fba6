package dev.assetstudio.bench;

import dev.assetstudio.app.graph.layout.GraphLayout;
import dev.assetstudio.app.graph.layout.GroupBox;
import dev.assetstudio.app.graph.layout.LayeredLayout;
import dev.assetstudio.app.graph.layout.LayoutGraph;
import dev.assetstudio.app.graph.layout.LayoutMetrics;
import dev.assetstudio.app.graph.layout.LayoutOptions;
import dev.assetstudio.app.graph.layout.PlacedNode;
import dev.assetstudio.app.graph.layout.Rect;
import dev.assetstudio.app.graph.layout.fixtures.DbtLikeGraphs;
import dev.assetstudio.app.graph.layout.fixtures.SyntheticGraphs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Layout quality side by side with ELK's layered algorithm (groups as compound nodes, so both keep
 * groups together), on real-shaped graphs ({@link DbtLikeGraphs}: many sources, 45–60 groups, one
 * holding a third of the assets in three layers, long edges) as given and shuffled, and on the
 * synthetic tiles graph. Per graph, four figures:
 *
 * <ul>
 *   <li>{@code .crossings.vs.elk}: proper edge crossings of the drawing, ours / ELK's, each plus one
 *       (so two crossing-free drawings tie at 1); target ≤ 1.
 *   <li>{@code .time.vs.elk}: median layout time, ours / ELK's; target ≤ 0.1.
 *   <li>{@code .stretch}: the whole drawing's aspect ratio folded to ≥ 1 (3 means 3:1 or 1:3);
 *       target ≤ 3.
 *   <li>{@code .group.stretch}: the same for the biggest group's box; target ≤ 3.
 *   <li>{@code .worst.group.stretch}: the same for the most stretched group's box, over every group (each
 *       could be the one a user expands); target ≤ 3.
 * </ul>
 *
 * <p>And for the group overview the studio opens a big project with ({@code layout.dbtN.overview}: one card per
 * group, each card a group of its own, an edge per asset dependency between groups, as the studio's graph input
 * builds it): {@code .stretch} (target ≤ 3) and {@code .crossings.vs.elk} (target ≤ 1).
 */
final class LayoutQualityBenchmark {

    private LayoutQualityBenchmark() {}

    static List<Figure> run(BenchContext ctx) {
        boolean tiny = ctx.mode() == BenchContext.Mode.SMOKE;
        List<Figure> figures = new ArrayList<>();
        LayoutGraph small = tiny ? DbtLikeGraphs.generate(60, 4, 1) : DbtLikeGraphs.generate(1_000, 45, 1);
        String s = tiny ? "60" : "1000";
        figures.addAll(measure(ctx, "layout.dbt" + s, small));
        figures.addAll(measure(ctx, "layout.dbt" + s + ".shuffled", DbtLikeGraphs.shuffled(small, 7)));
        LayoutGraph synth = SyntheticGraphs.layeredDag(tiny ? 50 : 1_000, tiny ? 5 : 15, tiny ? 3 : 8, 1);
        figures.addAll(measure(ctx, "layout.synth" + (tiny ? "50" : "1000"), synth));
        figures.addAll(overview("layout.dbt" + s + ".overview", small));
        if (!tiny) {
            LayoutGraph big = DbtLikeGraphs.generate(10_000, 60, 2);
            figures.addAll(measure(ctx, "layout.dbt10000", big));
            figures.addAll(measure(ctx, "layout.dbt10000.shuffled", DbtLikeGraphs.shuffled(big, 7)));
            figures.addAll(overview("layout.dbt10000.overview", big));
        }
        return figures;
    }

    /** The group overview of {@code project}: its shape and crossings against ELK's (quality only, not timed). */
    private static List<Figure> overview(String name, LayoutGraph project) {
        LayoutGraph graph = overviewOf(project);
        LayoutOptions options = LayoutOptions.defaults();
        GraphLayout mine = new LayeredLayout().layout(graph, options);
        GraphLayout theirs = ElkReference.layout(graph, options, true);
        long ourCrossings = LayoutMetrics.countCrossings(mine);
        long elkCrossings = LayoutMetrics.countCrossings(theirs);
        String sizes = String.format(Locale.ROOT, "%d group cards, %d edges", graph.nodeCount(), graph.edgeCount());
        return List.of(
                new Figure(
                        name + ".crossings.vs.elk",
                        (ourCrossings + 1.0) / (elkCrossings + 1.0),
                        "x",
                        1.0,
                        String.format(Locale.ROOT, "crossings ours %d, ELK %d; %s", ourCrossings, elkCrossings, sizes)),
                new Figure(
                        name + ".stretch",
                        stretch(mine.bounds()),
                        "x",
                        3.0,
                        String.format(
                                Locale.ROOT,
                                "drawing %.0f x %.0f (ELK %.0f x %.0f, stretch %.2f); %s",
                                mine.bounds().width(),
                                mine.bounds().height(),
                                theirs.bounds().width(),
                                theirs.bounds().height(),
                                stretch(theirs.bounds()),
                                sizes)));
    }

    /** One card per group, as {@code GraphInput} builds the overview: about as wide as the name, 84 high. */
    static LayoutGraph overviewOf(LayoutGraph project) {
        java.util.TreeSet<String> groups = new java.util.TreeSet<>();
        for (int v = 0; v < project.nodeCount(); v++) {
            groups.add(project.group(v));
        }
        LayoutGraph.Builder b = LayoutGraph.builder();
        for (String group : groups) {
            b.node("group:" + group, group, Math.max(170, Math.min(270, Math.ceil(group.length() * 8.2 + 70))), 84);
        }
        for (int e = 0; e < project.edgeCount(); e++) {
            String from = project.group(project.edgeSource(e));
            String to = project.group(project.edgeTarget(e));
            if (!from.equals(to)) {
                b.edge("group:" + from, "group:" + to);
            }
        }
        return b.build();
    }

    private static List<Figure> measure(BenchContext ctx, String name, LayoutGraph graph) {
        LayoutOptions options = LayoutOptions.defaults();
        boolean large = graph.nodeCount() > 5_000;
        Repetitions ours = ctx.reps(5, 7, 2, 3);
        Repetitions elk = large ? ctx.reps(0, 1, 0, 1) : ctx.reps(1, 3, 1, 1);
        String load = MachineLoad.describe();
        GraphLayout[] mine = new GraphLayout[1];
        double oursMs = time(ours, () -> mine[0] = new LayeredLayout().layout(graph, options));
        GraphLayout[] theirs = new GraphLayout[1];
        double elkMs = time(elk, () -> theirs[0] = ElkReference.layout(graph, options, true));
        long ourCrossings = LayoutMetrics.countCrossings(mine[0]);
        long elkCrossings = LayoutMetrics.countCrossings(theirs[0]);
        double[] ourShape = shape(mine[0]);
        double[] elkShape = shape(theirs[0]);
        String sizes = String.format(
                Locale.ROOT, "%d nodes, %d edges, %d groups", graph.nodeCount(), graph.edgeCount(), groups(graph));
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                name + ".crossings.vs.elk",
                (ourCrossings + 1.0) / (elkCrossings + 1.0),
                "x",
                1.0,
                String.format(
                        Locale.ROOT,
                        "crossings ours %d, ELK %d (groups kept); %s",
                        ourCrossings,
                        elkCrossings,
                        sizes)));
        figures.add(new Figure(
                name + ".time.vs.elk",
                oursMs / elkMs,
                "x",
                0.1,
                String.format(
                        Locale.ROOT,
                        "median ours %.1f ms (%d runs), ELK %.1f ms (%d runs); %s",
                        oursMs,
                        ours.runs(),
                        elkMs,
                        elk.runs(),
                        load)));
        figures.add(new Figure(
                name + ".stretch",
                ourShape[0],
                "x",
                3.0,
                String.format(
                        Locale.ROOT,
                        "drawing %.0f x %.0f (ELK %.0f x %.0f, stretch %.2f)",
                        mine[0].bounds().width(),
                        mine[0].bounds().height(),
                        theirs[0].bounds().width(),
                        theirs[0].bounds().height(),
                        elkShape[0])));
        figures.add(new Figure(
                name + ".group.stretch",
                ourShape[1],
                "x",
                3.0,
                String.format(
                        Locale.ROOT,
                        "biggest group (%d nodes) %s; ELK's stretch %.2f",
                        (int) ourShape[2],
                        describe(ourShape),
                        elkShape[1])));
        figures.add(new Figure(
                name + ".worst.group.stretch",
                ourShape[5],
                "x",
                3.0,
                String.format(
                        Locale.ROOT,
                        "most stretched of %d groups: %s; ELK's %.2f",
                        groups(graph),
                        worstGroup(mine[0]),
                        elkShape[5])));
        return figures;
    }

    /** The most stretched group box of the layout, described. */
    private static String worstGroup(GraphLayout layout) {
        Map<String, Integer> members = new HashMap<>();
        for (PlacedNode node : layout.nodes().values()) {
            members.merge(node.group(), 1, Integer::sum);
        }
        GroupBox worst = null;
        for (GroupBox box : layout.groups().values()) {
            if (worst == null || stretch(box.bounds()) > stretch(worst.bounds())) {
                worst = box;
            }
        }
        return worst == null
                ? "none"
                : String.format(
                        Locale.ROOT,
                        "%s (%d nodes) %.0f x %.0f",
                        worst.group(),
                        members.get(worst.group()),
                        worst.bounds().width(),
                        worst.bounds().height());
    }

    private static String describe(double[] shape) {
        return String.format(Locale.ROOT, "%.0f x %.0f", shape[3], shape[4]);
    }

    /** {whole stretch, biggest group's stretch, its size, its width, its height, the worst group's stretch}. */
    private static double[] shape(GraphLayout layout) {
        Map<String, Integer> members = new HashMap<>();
        for (PlacedNode node : layout.nodes().values()) {
            members.merge(node.group(), 1, Integer::sum);
        }
        String biggest = null;
        for (Map.Entry<String, Integer> e : members.entrySet()) {
            if (biggest == null || e.getValue() > members.get(biggest)) {
                biggest = e.getKey();
            }
        }
        GroupBox box = layout.groups().get(biggest);
        Rect r = box == null ? layout.bounds() : box.bounds();
        double worst = 0;
        for (GroupBox group : layout.groups().values()) {
            worst = Math.max(worst, stretch(group.bounds()));
        }
        return new double[] {stretch(layout.bounds()), stretch(r), members.get(biggest), r.width(), r.height(), worst};
    }

    private static double stretch(Rect r) {
        double ratio = LayoutMetrics.aspectRatio(r);
        return Math.max(ratio, 1 / ratio);
    }

    private static int groups(LayoutGraph graph) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int v = 0; v < graph.nodeCount(); v++) {
            names.add(graph.group(v));
        }
        return names.size();
    }

    private static double time(Repetitions reps, Runnable work) {
        double[] ms = new double[reps.runs()];
        for (int i = -reps.warmups(); i < reps.runs(); i++) {
            Timer t = new Timer();
            work.run();
            if (i >= 0) {
                ms[i] = t.wallMillis();
            }
        }
        return new Samples(ms).median();
    }
}
