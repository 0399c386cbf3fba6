package dev.assetstudio.app.details;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.ErrorPanel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;

/**
 * The frame of every details tab: its content, a thin progress line at the top while a query runs
 * (the old content stays, so switching assets does not flash), and the error panel when it failed.
 */
public class TabFrame extends StackPane {
    private final ErrorPanel errorPanel = new ErrorPanel();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    public TabFrame(AssetTabModel<?> model, Node content) {
        getStyleClass().add(Styles.TAB);
        getStylesheets().add(DetailsStyles.STYLESHEET);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setPrefHeight(3);
        progress.setMouseTransparent(true);
        StackPane.setAlignment(progress, Pos.TOP_CENTER);
        getChildren().addAll(content, errorPanel, progress);
        setMinSize(0, 0);
        model.stateProperty().addListener((obs, was, now) -> update(model));
        model.errorProperty().addListener((obs, was, now) -> update(model));
        update(model);
    }

    private void update(AssetTabModel<?> model) {
        AssetTabModel.State state = model.state();
        progress.setVisible(state == AssetTabModel.State.LOADING);
        boolean failed = state == AssetTabModel.State.FAILED;
        errorPanel.setVisible(failed);
        if (failed) {
            errorPanel.show("Could not load the details", model.errorProperty().get());
        }
    }
}
