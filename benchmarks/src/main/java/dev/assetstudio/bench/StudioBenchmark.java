package dev.assetstudio.bench;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.CoreFeatures;
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.details.DetailsFeature;
import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.graph.GraphFeature;
import dev.assetstudio.app.graph.GraphModel;
import dev.assetstudio.app.graph.GraphView;
import dev.assetstudio.app.project.RecentProjects;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import dev.assetstudio.app.theme.Theme;
import dev.assetstudio.engine.ProjectOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The studio with real-shaped projects ({@link ShapedProject}), in-process on a headless JavaFX toolkit (Monocle,
 * software rendering), the window wired as {@code StudioApp} wires it:
 *
 * <ul>
 *   <li>{@code studio.open.N}: from "open jar" (the File › Open handler) to the first frame that shows the laid-out
 *       graph: loading the jar, history, the catalog, the overview layout and its first paint;
 *   <li>{@code studio.expand.500}: double-click on a collapsed 500-asset group of the 10,000-asset project to the
 *       frame that shows its assets;
 *   <li>{@code studio.frame.fx} and {@code studio.frame.worst}: FX-thread time per frame while panning and zooming
 *       the fully expanded 10,000 assets (animation, CSS, layout and canvas painting of the pulse, measured from the
 *       pulse's first animation timer to its post-layout listener);
 *   <li>{@code studio.heap.10000}: heap in use after opening the 10,000-asset project and a full GC.
 * </ul>
 */
final class StudioBenchmark implements Benchmark {

    static final double OPEN_TARGET_MS = 1_500;
    static final double EXPAND_TARGET_MS = 150;
    static final double FRAME_MEDIAN_TARGET_MS = 16;
    static final double FRAME_WORST_TARGET_MS = 50;
    static final double HEAP_TARGET_MB = 600;
    private static final long TIMEOUT_SECONDS = 120;

    @Override
    public String id() {
        return "studio";
    }

    @Override
    public String description() {
        return "the studio on real-shaped 1,000 and 10,000-asset jars: open to first frame, expand, frame time, heap";
    }

    @Override
    public List<Figure> run(BenchContext ctx) throws Exception {
        startToolkit();
        boolean smoke = ctx.mode() == BenchContext.Mode.SMOKE;
        int small = smoke ? 200 : 1_000;
        int big = smoke ? 400 : 10_000;
        List<Figure> figures = new ArrayList<>();
        Path cache = ctx.jars().cacheDir();
        ShapedProject smallProject = ShapedProject.generate(small, 7);
        ShapedProject bigProject = ShapedProject.generate(big, 7);
        Path smallJar = smallProject.jar(cache);
        Path bigJar = bigProject.jar(cache);
        ctx.note(String.format(
                Locale.ROOT,
                "studio: %d assets in %d groups (%d sources, %d edges); %d assets in %d groups (%d sources, %d edges),"
                        + " largest group %s, expanded group %s",
                small,
                smallProject.groupCount(),
                smallProject.sourceCount(),
                smallProject.edgeCount(),
                big,
                bigProject.groupCount(),
                bigProject.sourceCount(),
                bigProject.edgeCount(),
                bigProject.hugeGroup(),
                bigProject.expandGroup()));

        Repetitions reps = ctx.reps(1, 5, 1, 3);
        figures.add(noted(ctx, openFigure(ctx, smallJar, small, reps)));
        figures.add(noted(ctx, openFigure(ctx, bigJar, big, reps)));

        // One more open of the big project for the rest.
        Studio studio = Studio.show(ctx.scratch("studio-home"));
        try {
            studio.open(bigJar);
            figures.add(noted(ctx, heapFigure(big)));
            figures.add(noted(ctx, expandFigure(studio, bigProject, ctx.reps(1, 7, 1, 3))));
            for (Figure f : frameFigures(ctx, studio, smoke ? 60 : 240)) {
                figures.add(noted(ctx, f));
            }
        } finally {
            studio.close();
        }
        return figures;
    }

    /** Says a figure as soon as it is measured: the whole benchmark takes minutes on a loaded machine. */
    private static Figure noted(BenchContext ctx, Figure figure) {
        ctx.note("measured " + figure.line());
        return figure;
    }

    private Figure openFigure(BenchContext ctx, Path jar, int n, Repetitions reps) throws Exception {
        double[] wall = new double[reps.runs()];
        String load = MachineLoad.describe();
        for (int i = -reps.warmups(); i < reps.runs(); i++) {
            Studio studio = Studio.show(ctx.scratch("studio-home"));
            try {
                double ms = studio.open(jar);
                if (i >= 0) {
                    wall[i] = ms;
                }
            } finally {
                studio.close();
            }
        }
        Samples samples = new Samples(wall);
        return new Figure(
                "studio.open." + n,
                samples.median(),
                "ms",
                OPEN_TARGET_MS,
                samples.summary("ms") + "; open jar to the first frame of the laid-out overview, fresh home; " + load);
    }

    private Figure heapFigure(int n) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        double mb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        return new Figure(
                "studio.heap." + n,
                mb,
                "MB",
                HEAP_TARGET_MB,
                "heap in use after opening " + n + " assets and a full GC (the whole benchmark JVM, window included)");
    }

    private Figure expandFigure(Studio studio, ShapedProject project, Repetitions reps) throws Exception {
        String group = project.expandGroup();
        AssetKey member = AssetKey.parse(project.rows().stream()
                .filter(r -> r.group().equals(group))
                .findFirst()
                .orElseThrow()
                .key());
        long size = project.rows().stream().filter(r -> r.group().equals(group)).count();
        double[] wall = new double[reps.runs()];
        for (int i = -reps.warmups(); i < reps.runs(); i++) {
            double ms = studio.timeUntilDrawn(
                    () -> studio.graph.viewModel().toggleCollapsed(group), m -> m.idOf(member) != null);
            if (i >= 0) {
                wall[i] = ms;
            }
            studio.timeUntilDrawn(() -> studio.graph.viewModel().toggleCollapsed(group), GraphModel::isOverview);
        }
        Samples samples = new Samples(wall);
        return new Figure(
                "studio.expand." + size,
                samples.median(),
                "ms",
                EXPAND_TARGET_MS,
                samples.summary("ms") + "; expand group " + group + " (" + size + " assets) in the overview of "
                        + project.rows().size() + " assets, to the frame that shows them (layout included)");
    }

    private List<Figure> frameFigures(BenchContext ctx, Studio studio, int frames) throws Exception {
        studio.timeUntilDrawn(
                () -> studio.graph.viewModel().expandAll(), m -> m.collapsed().isEmpty());
        int assets = fx(() -> studio.graph.viewModel().model().nodes().size());
        List<FrameSample> samplesSeen = new ArrayList<>();
        // Half at "fit" (every card on screen, as status blocks), half at a readable zoom (cards with text).
        studio.fx(() -> studio.graph.fitToView());
        samplesSeen.addAll(studio.probeFrames(frames / 2, false));
        studio.fx(() -> studio.graph.zoomAt(
                0.8 / Math.max(1e-6, studio.graph.viewScale()),
                studio.graph.getWidth() / 2,
                studio.graph.getHeight() / 2));
        samplesSeen.addAll(studio.probeFrames(frames / 2, true));
        double[] values = samplesSeen.stream().mapToDouble(FrameSample::ms).toArray();
        // What the slowest frames of each half did: a load-independent account (FX-thread CPU, segments, texts
        // measured, GC) next to their times.
        for (List<FrameSample> half : List.of(
                samplesSeen.subList(0, samplesSeen.size() / 2),
                samplesSeen.subList(samplesSeen.size() / 2, samplesSeen.size()))) {
            half.stream()
                    .sorted(java.util.Comparator.comparingDouble(FrameSample::ms)
                            .reversed())
                    .limit(3)
                    .forEach(s -> ctx.note("slow frame: " + s.line()));
            half.stream()
                    .sorted(java.util.Comparator.comparingDouble(FrameSample::cpuMs)
                            .reversed())
                    .limit(1)
                    .forEach(s -> ctx.note("most FX-thread CPU: " + s.line()));
        }
        Samples samples = new Samples(values);
        String details = samples.summary("ms") + "; " + assets + " assets shown, panning and zooming; half the frames"
                + " with every card on screen, half at 80 % zoom";
        return List.of(
                new Figure("studio.frame.fx", samples.median(), "ms", FRAME_MEDIAN_TARGET_MS, details),
                new Figure(
                        "studio.frame.worst",
                        samples.max(),
                        "ms",
                        FRAME_WORST_TARGET_MS,
                        "the slowest of those frames (the figure is the maximum, not a median)"));
    }

    /** One probed frame: its FX-thread time, what the graph painted in it, and the collections that ran during it. */
    record FrameSample(int index, double ms, double cpuMs, String drawn, long gcs, long gcMillis, double scale) {

        String line() {
            return String.format(
                    Locale.ROOT,
                    "#%d %.1f ms (FX thread CPU %.1f ms) at zoom %.3f: %s; %d GC (%d ms)",
                    index,
                    ms,
                    cpuMs,
                    scale,
                    drawn,
                    gcs,
                    gcMillis);
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Collections so far and their milliseconds, over all collectors. */
    private static long[] gcSoFar() {
        long count = 0;
        long millis = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    // ------------------------------------------------------------------ the toolkit and the window

    private static boolean started;

    /** Starts JavaFX once, headless (Monocle) with software rendering, as the UI tests run. */
    static synchronized void startToolkit() throws Exception {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        Platform.setImplicitExit(false);
        up.get(60, TimeUnit.SECONDS);
        started = true;
    }

    /** Stops JavaFX if {@link #startToolkit()} started it. */
    static synchronized void stopToolkit() {
        if (started) {
            Platform.exit();
            started = false;
        }
    }

    static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The studio window of one iteration, with its own home and preferences. */
    private static final class Studio {
        private Stage stage;
        private Scene scene;
        private MainViewModel main;
        private StudioSession session;
        private GraphView graph;
        private Preferences preferences;
        private final Path home;

        private Studio(Path home) {
            this.home = home;
        }

        static Studio show(Path home) throws Exception {
            Studio s = new Studio(home);
            s.fx(s::build);
            // The window's own first frame (CSS, layout) comes before "open jar", as in the studio.
            s.timeUntil(() -> {}, () -> true);
            s.timeUntil(() -> {}, () -> true);
            return s;
        }

        private void build() {
            preferences = Preferences.userRoot().node("asset-studio-bench-" + System.nanoTime());
            main = new MainViewModel();
            var theme = new Theme(preferences.node("theme"));
            var window = new MainWindow(main, theme);
            session = new StudioSession(BackgroundTasks.onThreadPool());
            var materializer = new Materializer(session);
            stage = new Stage();
            scene = new Scene(window, 1440, 900);
            theme.install(scene);
            stage.setScene(scene);
            var context = new StudioContext(
                    stage, window, main, session, materializer, new AssetActions(session, materializer), c -> {});
            // Installed as StudioApp installs them.
            var core = new CoreFeatures(
                    ProjectOptions.builder().home(home).build(), new RecentProjects(preferences.node("recent")));
            core.install(context);
            var graphFeature = new GraphFeature(
                    (key, bar) -> core.catalog().setPartitionCounts(key, bar == null ? null : bar.counts()));
            graphFeature.install(context);
            graph = graphFeature.view();
            new DetailsFeature().install(context);
            stage.show();
        }

        void fx(Runnable work) throws Exception {
            StudioBenchmark.fx(() -> {
                work.run();
                return null;
            });
        }

        /** Opens {@code jar} as File › Open does; the milliseconds to the first frame of its laid-out graph. */
        double open(Path jar) throws Exception {
            return timeUntil(() -> main.openProject(jar), () -> session.project() != null && graph.isDrawn());
        }

        double timeUntilDrawn(Runnable action, java.util.function.Predicate<GraphModel> done) throws Exception {
            return timeUntil(action, () -> {
                GraphModel model = graph.viewModel().model();
                return model != null && graph.isDrawn() && done.test(model);
            });
        }

        /** Runs {@code action} on the FX thread; the milliseconds until a pulse ends with {@code done} true. */
        double timeUntil(Runnable action, BooleanSupplier done) throws Exception {
            CompletableFuture<Double> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                Runnable[] check = new Runnable[1];
                check[0] = () -> {
                    if (!result.isDone() && done.getAsBoolean()) {
                        result.complete((System.nanoTime() - start) / 1e6);
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
                    }
                };
                scene.addPostLayoutPulseListener(check[0]);
                try {
                    action.run();
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
                graph.requestRedraw(); // a pulse even if nothing else asks for one
            });
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }

        /**
         * Pans (and every fourth frame zooms) for {@code frames} pulses; per pulse, the FX thread's time from the
         * probe's animation timer (the first of the pulse) to the end of the layout pass, in milliseconds.
         */
        List<FrameSample> probeFrames(int frames, boolean readable) throws Exception {
            CompletableFuture<List<FrameSample>> result = new CompletableFuture<>();
            Platform.runLater(() -> {
                List<FrameSample> times = new ArrayList<>();
                long[] start = {0};
                long[] gcAtStart = {0, 0};
                long[] draws = {0};
                long[] cpuAtStart = {0};
                int[] frame = {0};
                Runnable[] end = new Runnable[1];
                AnimationTimer probe = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        gcAtStart[0] = gcSoFar()[0];
                        gcAtStart[1] = gcSoFar()[1];
                        draws[0] = graph.drawCount();
                        cpuAtStart[0] = CPU.getCurrentThreadCpuTime();
                        start[0] = System.nanoTime();
                        int f = frame[0];
                        double dx = 9 * Math.sin(f / 7.0);
                        double dy = 6 * Math.cos(f / 9.0);
                        graph.panBy(dx, dy);
                        if (f % 4 == 0) {
                            double factor = (f / 4) % 2 == 0 ? 1.03 : 1 / 1.03;
                            graph.zoomAt(factor, graph.getWidth() / 2, graph.getHeight() / 2);
                        }
                    }
                };
                end[0] = () -> {
                    if (start[0] == 0) {
                        return;
                    }
                    double ms = (System.nanoTime() - start[0]) / 1e6;
                    double cpuMs = (CPU.getCurrentThreadCpuTime() - cpuAtStart[0]) / 1e6;
                    long[] gc = gcSoFar();
                    times.add(new FrameSample(
                            frame[0],
                            ms,
                            cpuMs,
                            graph.drawCount() == draws[0]
                                    ? "nothing painted"
                                    : String.format(
                                            Locale.ROOT,
                                            "%s, %.1f ms before it, %.1f ms after it",
                                            graph.lastDrawSummary(),
                                            (graph.lastDrawStarted() - start[0]) / 1e6,
                                            (System.nanoTime() - graph.lastDrawEnded()) / 1e6),
                            gc[0] - gcAtStart[0],
                            gc[1] - gcAtStart[1],
                            graph.viewScale()));
                    start[0] = 0;
                    if (++frame[0] >= frames) {
                        probe.stop();
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(end[0]));
                        result.complete(times);
                    }
                };
                scene.addPostLayoutPulseListener(end[0]);
                probe.start();
            });
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }

        void close() throws Exception {
            fx(() -> {
                stage.close();
                try {
                    preferences.removeNode();
                } catch (java.util.prefs.BackingStoreException e) {
                    // a preferences node left behind costs nothing
                }
            });
            TempDirs.delete(home);
        }
    }
}
