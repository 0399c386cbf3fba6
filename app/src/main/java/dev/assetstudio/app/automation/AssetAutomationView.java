package dev.assetstudio.app.automation;

import dev.assetstudio.app.details.TabFrame;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Automation tab: the focused asset's condition, the switch's state and its last evaluations in words. */
public final class AssetAutomationView extends TabFrame {
    final Label condition = new Label();
    final Label state = new Label();
    final TextArea evaluations = new TextArea();

    public AssetAutomationView(AssetAutomationViewModel model) {
        this(model, new VBox(8));
    }

    private AssetAutomationView(AssetAutomationViewModel model, VBox body) {
        super(model, body);
        body.setId("asset-automation-view");
        body.setPadding(new Insets(12));
        condition.setId("asset-automation-condition");
        state.setId("asset-automation-state");
        evaluations.setId("asset-automation-evaluations");
        condition.setWrapText(true);
        state.setWrapText(true);
        evaluations.setEditable(false);
        evaluations.setWrapText(true);
        VBox.setVgrow(evaluations, Priority.ALWAYS);
        body.getChildren().addAll(new Label("Condition"), condition, state, new Label("Last evaluations"), evaluations);
        condition.textProperty().bind(model.conditionProperty());
        state.textProperty().bind(model.switchStateProperty());
        evaluations.textProperty().bind(model.evaluationsProperty());
    }
}
