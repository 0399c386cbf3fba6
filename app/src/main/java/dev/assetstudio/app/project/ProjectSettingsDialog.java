package dev.assetstudio.app.project;

import dev.assetstudio.app.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Project › Settings…: the open project's worker limits (heap, JVM options), parallelism, cancel
 * grace and sensor timeout. Save remembers them for the jar and reloads the project with a new worker.
 */
public final class ProjectSettingsDialog extends Dialog<Boolean> {
    /** The Save button's type. */
    public static final ButtonType SAVE = new ButtonType("Save and reload", ButtonBar.ButtonData.OK_DONE);

    private final ProjectSettingsViewModel model;

    public ProjectSettingsDialog(ProjectSettingsViewModel model, Window owner) {
        this.model = model;
        setTitle("Settings of " + model.jar().getFileName());
        setHeaderText(null);
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        getDialogPane().setContent(createView());
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        var save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("project-settings-save");
        save.disableProperty().bind(model.validProperty().not());
        setResultConverter(type -> type == SAVE && model.save());
        setResizable(true);
    }

    private VBox createView() {
        var heap = new TextField();
        heap.setId("project-settings-heap");
        heap.setPromptText("JVM default, e.g. 512m or 2g");
        heap.textProperty().bindBidirectional(model.heapProperty());
        var jvm = new TextArea();
        jvm.setId("project-settings-jvm-options");
        jvm.setPromptText("one per line, e.g. -Duser.timezone=UTC");
        jvm.setPrefRowCount(3);
        jvm.textProperty().bindBidirectional(model.jvmOptionsProperty());
        var parallelism = new TextField();
        parallelism.setId("project-settings-parallelism");
        parallelism.setPromptText("number of processors");
        parallelism.textProperty().bindBidirectional(model.parallelismProperty());
        var grace = new TextField();
        grace.setId("project-settings-cancel-grace");
        grace.setPromptText("10");
        grace.textProperty().bindBidirectional(model.cancelGraceSecondsProperty());

        var sensorTimeout = new TextField();
        sensorTimeout.setId("project-settings-sensor-timeout");
        sensorTimeout.setPromptText("60");
        sensorTimeout.textProperty().bindBidirectional(model.sensorTimeoutSecondsProperty());

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Worker heap (-Xmx)"), heap);
        grid.addRow(1, new Label("Worker JVM options"), jvm);
        grid.addRow(2, new Label("Parallel steps"), parallelism);
        grid.addRow(3, new Label("Cancel grace (s)"), grace);
        grid.addRow(4, new Label("Sensor timeout (s)"), sensorTimeout);

        var note = new Label("The project's code runs in its own process with these limits; an asset that exits,"
                + " runs out of memory or ignores a cancel costs its step, never the studio.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        var problems = new Label();
        problems.setId("project-settings-problems");
        problems.setWrapText(true);
        problems.setMaxWidth(460);
        problems.getStyleClass().add(Styles.PROBLEMS);
        problems.textProperty()
                .bind(Bindings.createStringBinding(() -> String.join("\n", model.problems()), model.problems()));
        var box = new VBox(10, grid, note, problems);
        box.setPadding(new Insets(8));
        return box;
    }

    public ProjectSettingsViewModel model() {
        return model;
    }
}
