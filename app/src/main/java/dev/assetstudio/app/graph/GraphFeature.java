package dev.assetstudio.app.graph;

import static dev.assetstudio.app.shell.StudioAction.FIT_TO_VIEW;
import static dev.assetstudio.app.shell.StudioAction.LAYOUT_CIRCULAR;
import static dev.assetstudio.app.shell.StudioAction.LAYOUT_FORCE_DIRECTED;
import static dev.assetstudio.app.shell.StudioAction.LAYOUT_LAYERED;
import static dev.assetstudio.app.shell.StudioAction.RELAYOUT;
import static dev.assetstudio.app.shell.StudioAction.UNDO;
import static dev.assetstudio.app.shell.StudioAction.ZOOM_IN;
import static dev.assetstudio.app.shell.StudioAction.ZOOM_OUT;

import dev.assetstudio.app.graph.layout.LayoutKind;
import dev.assetstudio.app.session.Materializer;
import dev.assetstudio.app.session.StudioSession;
import dev.assetstudio.app.shell.MainViewModel;
import dev.assetstudio.app.shell.MainWindow;

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
        var viewModel = new GraphViewModel(session, materializer);
        var view = new GraphView(viewModel);
        window.setGraph(view);
        // Partitioned cards carry a health bar of their partitions.
        new PartitionHealthFeed(session, view::setPartitionHealth);
        main.setHandler(FIT_TO_VIEW, view::fitToView);
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
