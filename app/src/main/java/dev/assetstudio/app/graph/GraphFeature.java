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
import dev.assetstudio.app.actions.AssetActions;
import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;
import java.util.function.BiConsumer;

/**
 * Plugs the graph into the main window: the view in the centre area, the View menu's zoom, fit, re-layout
 * and layout-kind commands, and the shell's progress indicator while a layout is computed.
 *
 * <pre>{@code
 * GraphView graphView = GraphFeature.install(window, mainViewModel, session, materializer);
 * screenshots.whenReady(graphView::isDrawn);
 * }</pre>
 */
public final class GraphFeature {

    private GraphFeature() {}

    public static GraphView install(
            MainWindow window, MainViewModel main, StudioSession session, Materializer materializer) {
        return install(window, main, session, materializer, (key, bar) -> {});
    }

    /**
     * Like {@link #install(MainWindow, MainViewModel, StudioSession, Materializer)}; every partition health bar read
     * for the graph also goes to {@code partitionsAlsoTo} (the catalog shows their counts), so it is read once.
     */
    public static GraphView install(
            MainWindow window,
            MainViewModel main,
            StudioSession session,
            Materializer materializer,
            BiConsumer<AssetKey, PartitionBar> partitionsAlsoTo) {
        return install(window, main, session, new AssetActions(session, materializer), materializer, partitionsAlsoTo);
    }

    /**
     * Like {@link #install(MainWindow, MainViewModel, StudioSession, Materializer, BiConsumer)}, with the card menu
     * made from the studio's shared {@code actions} (the graph adds show-upstream, show-downstream and show-in-graph).
     */
    public static GraphView install(
            MainWindow window,
            MainViewModel main,
            StudioSession session,
            AssetActions actions,
            BiConsumer<AssetKey, PartitionBar> partitionsAlsoTo) {
        return install(window, main, session, actions, actions.materializer(), partitionsAlsoTo);
    }

    private static GraphView install(
            MainWindow window,
            MainViewModel main,
            StudioSession session,
            AssetActions actions,
            Materializer materializer,
            BiConsumer<AssetKey, PartitionBar> partitionsAlsoTo) {
        var viewModel = new GraphViewModel(session, materializer);
        var view = new GraphView(viewModel, actions);
        window.setGraph(view);
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
        return view;
    }
}
