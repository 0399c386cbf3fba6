package dev.assetstudio.app.details;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.theme.GroupColors;
import dev.assetstudio.app.theme.Icon;
import dev.assetstudio.app.theme.Icons;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.KeyLabels;
import dev.assetstudio.app.ui.StatusBadge;
import dev.assetstudio.engine.config.ConfigField;
import dev.assetstudio.engine.status.AssetStatus;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Definition tab: the asset's key (with a copy button), status badge and reason, description,
 * and a property sheet (group, code version, where it is defined, I/O managers, partitions, links
 * to its upstream and downstream assets, config fields) followed by its definition metadata.
 */
public final class DefinitionView extends TabFrame {
    private final DefinitionViewModel model;
    private final Label keyLabel = new Label();
    private final Button copyKey = new Button(null, Icons.create(Icon.COPY, 14));
    private final HBox statusRow = new HBox(8);
    private final Label description = new Label();
    private final GridPane sheet = new GridPane();
    private final TableView<Map.Entry<String, String>> metadata = new TableView<>();
    private final Label metadataTitle = section("Metadata");
    private final VBox body;

    public DefinitionView(DefinitionViewModel model) {
        this(model, new VBox(12));
    }

    private DefinitionView(DefinitionViewModel model, VBox body) {
        super(model, scroll(body));
        this.model = model;
        this.body = body;
        createView();
        initListeners();
    }

    private static ScrollPane scroll(VBox body) {
        var scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void createView() {
        body.setId("definition-view");
        body.getStyleClass().add(Styles.CARD);
        keyLabel.getStyleClass().addAll(Styles.KEY_TITLE, Styles.MONOSPACE);
        keyLabel.setId("definition-key");
        KeyLabels.middle(keyLabel);
        copyKey.getStyleClass().add(Styles.FLAT);
        copyKey.setTooltip(new Tooltip("Copy the asset key"));
        copyKey.setMinWidth(Region.USE_PREF_SIZE);
        var keyRow = new HBox(4, keyLabel, copyKey);
        keyRow.setAlignment(Pos.CENTER_LEFT);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        description.setWrapText(true);
        description.setId("definition-description");

        sheet.getStyleClass().add(Styles.PROPERTY_SHEET);
        sheet.setHgap(16);
        sheet.setVgap(8);
        var names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        var values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        sheet.getColumnConstraints().addAll(names, values);

        metadata.setId("definition-metadata");
        var name = new TableColumn<Map.Entry<String, String>, String>("Key");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getKey()));
        var value = new TableColumn<Map.Entry<String, String>, String>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()));
        metadata.getColumns().add(name);
        metadata.getColumns().add(value);
        metadata.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        body.getChildren().addAll(keyRow, statusRow, description, sheet, metadataTitle, metadata);
    }

    private void initListeners() {
        copyKey.setOnAction(e -> {
            var content = new ClipboardContent();
            content.putString(keyLabel.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        model.infoProperty().addListener((obs, was, now) -> show(now));
        model.statusProperty().addListener((obs, was, now) -> showStatus(now));
        show(model.infoProperty().get());
    }

    private void show(DefinitionInfo info) {
        body.setVisible(info != null);
        if (info == null) {
            return;
        }
        KeyLabels.show(keyLabel, info.key().toString());
        description.setText(info.description().isEmpty() ? "No description." : info.description());
        description.getStyleClass().remove(Styles.TEXT_MUTED);
        if (info.description().isEmpty()) {
            description.getStyleClass().add(Styles.TEXT_MUTED);
        }
        showStatus(model.statusProperty().get());

        sheet.getChildren().clear();
        int row = 0;
        row = add(row, "Group", groupChip(info.group()));
        if (!info.owners().isEmpty()) {
            row = add(row, "Owners", chips("definition-owners", info.owners()));
        }
        if (!info.kinds().isEmpty()) {
            row = add(row, "Kinds", chips("definition-kinds", info.kinds()));
        }
        if (!info.tags().isEmpty()) {
            row = add(
                    row,
                    "Tags",
                    chips(
                            "definition-tags",
                            info.tags().entrySet().stream()
                                    .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue())
                                    .toList()));
        }
        if (!info.freshness().isEmpty()) {
            var freshness = text(info.freshness(), false);
            freshness.setId("definition-freshness");
            row = add(row, "Freshness", freshness);
        }
        if (!info.checks().isEmpty()) {
            var checks = text(String.join(", ", info.checks()), true);
            checks.setId("definition-checks");
            row = add(row, "Checks", checks);
        }
        if (!info.sharedStep().isEmpty()) {
            var shared = new VBox(
                    2, flag("one step with its siblings: " + info.sharedStep()), links(info.siblings(), "siblings"));
            shared.setId("definition-shared-step");
            row = add(row, "Multi-asset", shared);
        }
        if (info.source()) {
            row = add(row, "Kind", flag("source asset: loaded, never materialized here"));
        }
        if (!info.outputRequired()) {
            row = add(row, "Output", flag("conditional (outputRequired = false)"));
        }
        row = add(row, "Code version", text(info.codeVersion().isEmpty() ? "—" : info.codeVersion(), true));
        row = add(row, "Defined in", definedIn(info.definedIn()));
        row = add(
                row,
                "I/O manager",
                text(info.returnsVoid() ? "none (stores its own data)" : info.ioManager(), !info.returnsVoid()));
        if (!info.partitions().isEmpty()) {
            row = add(row, "Partitions", text(info.partitions(), false));
        }
        row = add(row, "Upstream", links(info.upstream(), "upstream"));
        row = add(row, "Downstream", links(info.downstream(), "downstream"));
        if (!info.inputs().isEmpty()) {
            row = add(row, "Inputs", inputs(info.inputs()));
        }
        if (!info.configType().isEmpty()) {
            add(row, "Config", config(info.configType(), info.configFields()));
        }

        metadata.getItems().setAll(info.metadata().entrySet());
        boolean hasMetadata = !info.metadata().isEmpty();
        metadata.setVisible(hasMetadata);
        metadata.setManaged(hasMetadata);
        metadataTitle.setVisible(hasMetadata);
        metadataTitle.setManaged(hasMetadata);
        double height = 32 + 28.5 * info.metadata().size();
        metadata.setPrefHeight(height);
        metadata.setMinHeight(height);
    }

    private void showStatus(AssetStatus status) {
        statusRow.getChildren().clear();
        if (status != null) {
            var badge = StatusBadge.label(status.state());
            badge.setId("definition-status");
            String partitions =
                    status.partitions() == null ? "" : status.partitions().words() + " · ";
            var reason = new Label(partitions + Formats.readableInstants(status.reason()));
            reason.getStyleClass().add(Styles.TEXT_MUTED);
            reason.setWrapText(true);
            reason.setId("definition-status-reason");
            statusRow.getChildren().addAll(badge, reason);
        }
    }

    private int add(int row, String name, Node value) {
        var label = new Label(name);
        label.getStyleClass().add(Styles.PROPERTY_NAME);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        sheet.addRow(row, label, value);
        return row + 1;
    }

    private static Label text(String text, boolean monospace) {
        var label = new Label(text);
        label.setWrapText(true);
        if (monospace) {
            label.getStyleClass().add(Styles.MONOSPACE);
        }
        return label;
    }

    /** {@code NutritionAssets#sugaryCereals} with the package below it, muted: the class is what people scan for. */
    private static Node definedIn(String definedIn) {
        if (definedIn.isEmpty()) {
            return text("—", false);
        }
        int hash = definedIn.indexOf('#');
        String type = hash < 0 ? definedIn : definedIn.substring(0, hash);
        int dot = type.lastIndexOf('.');
        if (dot < 0) {
            return text(definedIn, true);
        }
        var simple = text(definedIn.substring(dot + 1), true);
        simple.setId("definition-defined-in");
        var pkg = text(type.substring(0, dot), true);
        pkg.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var box = new VBox(1, simple, pkg);
        Tooltip.install(box, new Tooltip(definedIn));
        return box;
    }

    private static Node chips(String id, List<String> values) {
        var box = new javafx.scene.layout.FlowPane(4, 4);
        box.setId(id);
        for (String v : values) {
            box.getChildren().add(flag(v));
        }
        return box;
    }

    private static Label flag(String text) {
        var label = new Label(text);
        label.setWrapText(true); // a long flag wraps in the narrow column rather than losing its end
        label.getStyleClass().add(Styles.FLAG);
        return label;
    }

    private static Node groupChip(String group) {
        var dot = new Region();
        dot.getStyleClass().addAll(Styles.GROUP_DOT, GroupColors.styleClass(group));
        var chip = KeyLabels.show(KeyLabels.middle(new Label(group, dot)), group);
        chip.setId("definition-group");
        chip.getStyleClass().addAll(Styles.GROUP_CHIP, GroupColors.styleClass(group));
        return new HBox(chip);
    }

    private Node links(List<AssetKey> keys, String idPrefix) {
        if (keys.isEmpty()) {
            var none = new Label("none");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        var flow = new FlowPane(4, 2);
        flow.setId("definition-" + idPrefix);
        flow.setMinWidth(0);
        for (AssetKey key : keys) {
            var link = KeyLabels.link(key.toString());
            link.getStyleClass().add(Styles.MONOSPACE);
            // No wider than the column: a long key loses its middle instead of running off the panel.
            link.maxWidthProperty().bind(flow.widthProperty());
            link.setOnAction(e -> model.open(key));
            flow.getChildren().add(link);
        }
        return flow;
    }

    private Node inputs(List<DefinitionInfo.Input> inputs) {
        var box = new VBox(2);
        for (var input : inputs) {
            var link = KeyLabels.link(input.key().toString());
            link.getStyleClass().add(Styles.MONOSPACE);
            link.setOnAction(e -> model.open(input.key()));
            var parameter = text(input.parameter(), true);
            parameter.setMinWidth(Region.USE_PREF_SIZE);
            var arrow = new Label("←");
            arrow.setMinWidth(Region.USE_PREF_SIZE);
            arrow.getStyleClass().add(Styles.TEXT_MUTED);
            var row = new HBox(6, parameter, arrow, link);
            row.setAlignment(Pos.CENTER_LEFT);
            if (!input.inputManager().isEmpty()) {
                var via = new Label("via " + input.inputManager());
                via.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.MONOSPACE);
                row.getChildren().add(via);
            }
            box.getChildren().add(row);
        }
        return box;
    }

    private static Node config(String type, List<ConfigField> fields) {
        var box = new VBox(2);
        box.setId("definition-config");
        box.getChildren().add(text(type, true));
        for (ConfigField field : fields) {
            var row = new Label(field.name() + ": " + field.typeName());
            row.getStyleClass().addAll(Styles.MONOSPACE, Styles.TEXT_MUTED);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Label section(String title) {
        var label = new Label(title);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }
}
