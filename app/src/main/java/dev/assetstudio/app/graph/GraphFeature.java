package dev.assetstudio.app.graph;

import static dev.assetstudio.app.shell.StudioAction.BACK;
import static dev.assetstudio.app.shell.StudioAction.COLLAPSE_ALL;
import static dev.assetstudio.app.shell.StudioAction.EXPAND_ALL;
import static dev.assetstudio.app.shell.StudioAction.FIND_IN_GRAPH;
import static dev.assetstudio.app.shell.StudioAction.FIT_TO_VIEW;
import static dev.assetstudio.app.shell.StudioAction.LAYOUT_CIRCULAR;
import static dev.assetstudio.app.shell.StudioAction.LAYOUT_FORCE_DIRECTED;
import static dev.assetstudio.app.shell.StudioAction.LAYOUT_LAYERED;
import static dev.assetstudio.app.shell.StudioAction.RELAYOUT;
import static dev.assetstudio.app.shell.StudioAction.UNDO;
import static dev.assetstudio.app.shell.StudioAction.ZOOM_IN;
import static dev.assetstudio.app.shell.StudioAction.ZOOM_OUT;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.feature.StudioContext;
import dev.assetstudio.app.feature.StudioFeature;
import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Plugs the graph into the main window: the view in the centre area, the View menu's zoom, fit, re-layout
 * and layout-kind commands, and the shell's progress indicator while a layout is computed.
 *
 * The first screenshot waits until the graph is drawn.
 */
public final class GraphFeature implements StudioFeature {

    private final BiConsumer<AssetKey, PartitionBar> partitionsAlsoTo;
    private GraphView view;

    /**
     * @param partitionsAlsoTo also receives every partition health bar read for the graph (the catalog shows their
     *     counts), so it is read once
     */
    public GraphFeature(BiConsumer<AssetKey, PartitionBar> partitionsAlsoTo) {
        this.partitionsAlsoTo = Objects.requireNonNull(partitionsAlsoTo, "partitionsAlsoTo");
    }

    /** The graph's view (after {@link #install}; benchmarks drive it). */
    public GraphView view() {
        return view;
    }

    @Override
    public void install(StudioContext context) {
        MainViewModel main = context.main();
        StudioSession session = context.session();
        var viewModel = new GraphViewModel(session, context.materializer());
        view = new GraphView(viewModel, context.actions());
        context.window().setGraph(view);
        // Partitioned cards carry a health bar of their partitions.
        new PartitionHealthFeed(session, (key, bar) -> {
            view.setPartitionHealth(key, bar);
            partitionsAlsoTo.accept(key, bar);
        });
        main.setHandler(FIT_TO_VIEW, view::fitToView);
        main.setHandler(EXPAND_ALL, viewModel::expandAll);
        main.setHandler(COLLAPSE_ALL, viewModel::collapseAll);
        main.setHandler(FIND_IN_GRAPH, view::focusFind);
        main.setHandler(BACK, view::goBack);
        main.setHandler(ZOOM_IN, view::zoomIn);
        main.setHandler(ZOOM_OUT, view::zoomOut);
        main.setHandler(RELAYOUT, viewModel::relayout);
        main.setHandler(UNDO, viewModel::undo, viewModel.canUndoProperty());
        main.setHandler(LAYOUT_LAYERED, () -> viewModel.setLayoutKind(LayoutKind.LAYERED));
        main.setHandler(LAYOUT_FORCE_DIRECTED, () -> viewModel.setLayoutKind(LayoutKind.FORCE_DIRECTED));
        main.setHandler(LAYOUT_CIRCULAR, () -> viewModel.setLayoutKind(LayoutKind.CIRCULAR));
        viewModel.layingOutProperty().addListener((obs, was, busy) -> {
            if (busy) {
                main.showProgress(-1, "Laying out the graph…");
            } else {
                main.hideProgress();
            }
        });
        context.whenReady(view::isDrawn);
    }
}
