package dev.assetstudio.app.project;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Lets the user drop a jar anywhere on the window to open it. Any file drag is accepted, so that a drop of something
 * else can be answered with a status message ({@link ProjectViewModel#openDropped}) instead of silently refused.
 */
public final class JarDropTarget {

    private JarDropTarget() {}

    /** Installs the drag handlers on {@code root} (the scene's root). */
    public static void install(Node root, ProjectViewModel viewModel) {
        root.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getGestureSource() == null && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Dragboard board = event.getDragboard();
            List<File> files = board.hasFiles() ? board.getFiles() : List.of();
            event.setDropCompleted(!files.isEmpty() && viewModel.openDropped(files));
            event.consume();
        });
    }
}
