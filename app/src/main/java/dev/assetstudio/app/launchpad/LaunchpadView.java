package dev.assetstudio.app.launchpad;

import dev.assetstudio.app.details.DetailsStyles;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.Execution;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The launchpad's content: one input per config field (numeric text fields, a check box, a choice,
 * JSON text), each with its problem under it, or one raw JSON editor; a Validate button and the
 * problems that belong to no field.
 */
public final class LaunchpadView extends VBox {
    private final LaunchpadViewModel model;
    private final GridPane form = new GridPane();
    private final TextArea raw = new TextArea();
    private final ToggleButton rawToggle = new ToggleButton("Edit as JSON");
    private final Button validate = new Button("Validate");
    private final Label verdict = new Label();
    private final VBox problems = new VBox(4);
    private final ComboBox<Execution> runOn = new ComboBox<>();

    public LaunchpadView(LaunchpadViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        setId("launchpad");
        setSpacing(12);
        getStyleClass().add(Styles.CARD);
        getStylesheets().add(DetailsStyles.STYLESHEET);
        setPrefWidth(520);

        var title = new Label(model.configTypeName()
                .map(t -> "Config " + t + " of " + model.key())
                .orElse(model.key() + " takes no config"));
        title.getStyleClass().add(Styles.SUBTITLE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        rawToggle.setId("launchpad-raw");
        rawToggle.setDisable(model.fields().isEmpty());
        var header = new HBox(8, title, spacer, rawToggle);
        header.setAlignment(Pos.CENTER_LEFT);

        form.setHgap(12);
        form.setVgap(4);
        var names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        var inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(names, inputs);
        int row = 0;
        for (FieldModel field : model.fields()) {
            var name = new Label(field.name());
            name.getStyleClass().add(Styles.MONOSPACE);
            var type = new Label(field.field().typeName()
                    + field.defaultHint().map(hint -> " · " + hint).orElse(""));
            type.setId("launchpad-type-" + field.name());
            type.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            var nameBox = new VBox(0, name, type);
            GridPane.setValignment(nameBox, VPos.TOP);
            var problem = new Label();
            problem.getStyleClass().add(Styles.FIELD_PROBLEM);
            problem.setId("launchpad-problem-" + field.name());
            problem.setWrapText(true);
            problem.textProperty().bind(field.problemProperty());
            problem.visibleProperty().bind(field.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            var input = input(field);
            form.addRow(row++, nameBox, new VBox(3, input, problem));
        }

        raw.setId("launchpad-json");
        raw.getStyleClass().add(Styles.MONOSPACE);
        raw.setPrefRowCount(8);
        raw.textProperty().bindBidirectional(model.rawJsonProperty());

        validate.setId("launchpad-validate");
        verdict.setId("launchpad-verdict");
        problems.setId("launchpad-problems");
        var footer = new HBox(10, validate, verdict);
        footer.setAlignment(Pos.CENTER_LEFT);
        var runOnLabel = new Label("Run on");
        runOn.setId("launchpad-run-on");
        runOn.getItems().setAll(model.runOnChoices());
        // the keyboard selects through the selection model (Down on the closed choice, Down and Enter
        // in the drop-down), which would take a greyed-out choice the mouse cannot: it refuses them
        runOn.setSelectionModel(new AvailableOnly(runOn, model));
        runOn.setConverter(new StringConverter<>() {
            @Override
            public String toString(Execution execution) {
                return model.describe(execution);
            }

            @Override
            public Execution fromString(String text) {
                return null; // shown only, never typed
            }
        });
        runOn.valueProperty().bindBidirectional(model.runOnProperty());
        // an execution the run cannot go to now (a cluster no worker answers for) is shown greyed, with why
        runOn.setCellFactory(list -> new RunOnCell(model));
        model.clusterUnavailableProperty()
                .addListener((obs, was, now) -> runOn.setCellFactory(list -> new RunOnCell(model)));
        var runsOn = new Label("this run only; the project's default is " + model.runsOn() + " (Run › Run on)");
        runsOn.setId("launchpad-runs-on");
        runsOn.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        runsOn.setWrapText(true);
        var runOnRow = new HBox(8, runOnLabel, runOn);
        runOnRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, runOnRow, runsOn, form, raw, problems, footer);
        showMode(false);
    }

    /** Run on's selection: a choice the model says is unavailable now is never selected, by any key. */
    private static final class AvailableOnly extends javafx.scene.control.SingleSelectionModel<Execution> {
        private final ComboBox<Execution> box;
        private final LaunchpadViewModel model;

        AvailableOnly(ComboBox<Execution> box, LaunchpadViewModel model) {
            this.box = box;
            this.model = model;
        }

        @Override
        protected Execution getModelItem(int index) {
            return index < 0 || index >= box.getItems().size()
                    ? null
                    : box.getItems().get(index);
        }

        @Override
        protected int getItemCount() {
            return box.getItems().size();
        }

        @Override
        public void select(int index) {
            Execution choice = getModelItem(index);
            if (choice == null || model.unavailable(choice) == null) {
                super.select(index);
            }
        }

        @Override
        public void select(Execution choice) {
            if (choice == null || model.unavailable(choice) == null) {
                super.select(choice);
            }
        }
    }

    /** One choice of Run on: greyed out and not pickable, with the reason beside and on hover, when unavailable. */
    private static final class RunOnCell extends ListCell<Execution> {
        private final LaunchpadViewModel model;

        RunOnCell(LaunchpadViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Execution execution, boolean empty) {
            super.updateItem(execution, empty);
            getStyleClass().remove(Styles.TEXT_MUTED);
            setTooltip(null);
            setDisable(false);
            if (empty || execution == null) {
                setText(null);
                return;
            }
            String why = model.unavailable(execution);
            if (why == null) {
                setText(model.describe(execution));
                return;
            }
            setText(model.describe(execution) + " \u2014 " + model.unavailableBriefly(execution));
            setDisable(true);
            getStyleClass().add(Styles.TEXT_MUTED);
            var tip = new Tooltip(why);
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }

    private Node input(FieldModel field) {
        Node input =
                switch (field.kind()) {
                    case BOOLEAN -> {
                        var box = new CheckBox();
                        box.selectedProperty().bindBidirectional(field.checkedProperty());
                        yield box;
                    }
                    case CHOICE -> {
                        var choice = new ChoiceBox<String>();
                        choice.getItems().setAll(field.choices());
                        choice.setValue(
                                field.textProperty().get().isEmpty()
                                        ? null
                                        : field.textProperty().get());
                        choice.valueProperty().addListener((obs, was, now) -> field.textProperty()
                                .set(now == null ? "" : now));
                        field.textProperty().addListener((obs, was, now) -> choice.setValue(now));
                        yield choice;
                    }
                    case JSON -> {
                        var area = new TextArea();
                        area.setPrefRowCount(3);
                        area.getStyleClass().add(Styles.MONOSPACE);
                        area.textProperty().bindBidirectional(field.textProperty());
                        invalidWhen(area, field);
                        yield area;
                    }
                    default -> {
                        var text = new TextField();
                        text.textProperty().bindBidirectional(field.textProperty());
                        if (field.defaultHint().isPresent() && field.kind() != FieldKind.TEXT) {
                            text.setPromptText(field.defaultHint().get() + " (leave empty for it)");
                        } else if (field.kind() != FieldKind.TEXT) {
                            text.setPromptText(field.kind() == FieldKind.INTEGER ? "a whole number" : "a number");
                        }
                        invalidWhen(text, field);
                        yield text;
                    }
                };
        input.setId("launchpad-field-" + field.name());
        return input;
    }

    private static void invalidWhen(Node input, FieldModel field) {
        field.problemProperty().addListener((obs, was, now) -> {
            input.getStyleClass().remove(Styles.INVALID);
            if (!now.isEmpty()) {
                input.getStyleClass().add(Styles.INVALID);
            }
        });
    }

    private void initListeners() {
        rawToggle.selectedProperty().bindBidirectional(model.rawModeProperty());
        model.rawModeProperty().addListener((obs, was, now) -> showMode(now));
        validate.setOnAction(e -> model.validate());
        model.problems().addListener((ListChangeListener<String>) c -> showProblems());
        model.validProperty().addListener((obs, was, now) -> showVerdict());
        model.validatingProperty().addListener((obs, was, now) -> showVerdict());
        showVerdict();
    }

    private void showMode(boolean rawMode) {
        form.setVisible(!rawMode);
        form.setManaged(!rawMode);
        raw.setVisible(rawMode);
        raw.setManaged(rawMode);
    }

    private void showProblems() {
        problems.getChildren().clear();
        for (String problem : model.problems()) {
            var label = new Label(problem);
            label.getStyleClass().add(Styles.FIELD_PROBLEM);
            label.setWrapText(true);
            problems.getChildren().add(label);
        }
    }

    private void showVerdict() {
        verdict.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.FIELD_PROBLEM);
        if (model.validatingProperty().get()) {
            verdict.setText("Checking…");
            verdict.getStyleClass().add(Styles.TEXT_MUTED);
        } else if (model.validProperty().get()) {
            verdict.setText("✓ Ready to materialize");
            verdict.getStyleClass().add(Styles.TEXT_MUTED);
        } else {
            verdict.setText("Fix the config to materialize");
            verdict.getStyleClass().add(Styles.FIELD_PROBLEM);
        }
    }
}
