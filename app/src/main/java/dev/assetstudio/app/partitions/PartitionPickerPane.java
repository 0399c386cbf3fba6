package dev.assetstudio.app.partitions;

import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.engine.RunRequest;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the partition picker asks: one partition, a range (from/to, or dragged out on the health
 * bar), all missing or all failed partitions. {@link #requests()} turns the answer into runs.
 *
 * <p>The from/to lists are combo boxes rather than choice boxes: they scroll, so 12,000 hourly
 * keys stay usable.
 */
public final class PartitionPickerPane extends VBox {
    /** The four answers. */
    public enum Choice {
        ONE,
        RANGE,
        MISSING,
        FAILED
    }

    private final PartitionHealthBar bar = new PartitionHealthBar();
    private final Label counts = new Label("Reading history…");
    private final ToggleGroup group = new ToggleGroup();
    private final RadioButton one = radio("One partition", Choice.ONE);
    private final RadioButton range = radio("Range", Choice.RANGE);
    private final RadioButton missing = radio("All missing", Choice.MISSING);
    private final RadioButton failed = radio("All failed", Choice.FAILED);
    /** True while the pane itself outlines its choice on the bar. */
    private boolean drawing;

    private final ComboBox<String> oneKey = keyBox("picker-one");
    private final ComboBox<String> from = keyBox("picker-from");
    private final ComboBox<String> to = keyBox("picker-to");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private PartitionHealth health;

    /** @param heading what is being materialized, e.g. "dailySales and 1 more" */
    public PartitionPickerPane(String heading) {
        getStylesheets()
                .add(PartitionPickerPane.class.getResource("partitions.css").toExternalForm());
        getStyleClass().add(Styles.PARTITIONS_TAB);
        setPrefWidth(560);
        var title = new Label("Which partitions of " + heading + "?");
        title.getStyleClass().add(Styles.TITLE);
        title.setWrapText(true); // a heading naming several assets wraps instead of being cut
        // the first two answers have a key box after them: equal widths line the boxes up
        one.setMinWidth(120);
        range.setMinWidth(120);
        counts.getStyleClass().add(Styles.PARTITIONS_COUNTS);
        bar.setId("picker-bar");
        var summaryLabel = new Label();
        summaryLabel.setId("picker-summary");
        summaryLabel.textProperty().bind(summary);
        summaryLabel.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren()
                .addAll(
                        title,
                        counts,
                        bar,
                        row(one, oneKey),
                        row(range, from, new Label("to"), to),
                        missing,
                        failed,
                        summaryLabel);
        oneKey.disableProperty().bind(one.selectedProperty().not());
        from.disableProperty().bind(range.selectedProperty().not());
        to.disableProperty().bind(range.selectedProperty().not());
        setDisable(true);
        bar.selectedKeys().addListener((ListChangeListener<String>) c -> fromBar());
        group.selectedToggleProperty().addListener((obs, was, now) -> summarize());
        for (var box : List.of(oneKey, from, to)) {
            box.valueProperty().addListener((obs, was, now) -> summarize());
        }
    }

    private RadioButton radio(String text, Choice choice) {
        RadioButton r = new RadioButton(text);
        r.setUserData(choice);
        r.setToggleGroup(group);
        r.setId("picker-" + choice.name().toLowerCase(java.util.Locale.ROOT));
        return r;
    }

    private static ComboBox<String> keyBox(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setVisibleRowCount(12);
        box.setPrefWidth(170);
        return box;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Fills the pane once history is read: keys, counts, and a sensible default answer. */
    public void setHealth(PartitionHealth health) {
        this.health = health;
        bar.setHealth(health);
        counts.setText(health.counts().summary());
        var keys = FXCollections.observableArrayList(health.keys());
        oneKey.setItems(keys);
        from.setItems(keys);
        to.setItems(keys);
        if (!health.isEmpty()) {
            String last = health.keys().get(health.size() - 1);
            oneKey.setValue(last);
            from.setValue(health.keys().get(0));
            to.setValue(last);
        }
        missing.setText("All missing (" + health.counts().missing() + ")");
        failed.setText("All failed (" + health.counts().failed() + ")");
        missing.setDisable(health.counts().missing() == 0);
        failed.setDisable(health.counts().failed() == 0);
        // the usual reason to open the picker is to fill the gaps
        group.selectToggle(
                health.counts().missing() > 0 ? missing : health.counts().failed() > 0 ? failed : one);
        setDisable(false);
        summarize();
    }

    /** A click on the bar picks that partition; a shift-click range picks the range. */
    private void fromBar() {
        if (drawing) {
            return; // the bar is only showing what the boxes chose
        }
        List<String> keys = bar.selectedKeys();
        if (keys.size() == 1) {
            oneKey.setValue(keys.get(0));
            group.selectToggle(one);
        } else if (keys.size() > 1) {
            from.setValue(keys.get(0));
            to.setValue(keys.get(keys.size() - 1));
            group.selectToggle(range);
        }
    }

    public void choose(Choice choice) {
        group.getToggles().stream()
                .filter(t -> t.getUserData() == choice)
                .findFirst()
                .ifPresent(group::selectToggle);
    }

    public Choice choice() {
        return group.getSelectedToggle() == null
                ? null
                : (Choice) group.getSelectedToggle().getUserData();
    }

    /** Picks the range {@code first..last}. */
    public void chooseRange(String first, String last) {
        from.setValue(first);
        to.setValue(last);
        choose(Choice.RANGE);
    }

    /** The runs the answer stands for: one per contiguous range; empty before history is read. */
    public List<RunRequest> requests() {
        if (health == null || choice() == null) {
            return List.of();
        }
        return switch (choice()) {
            case ONE -> oneKey.getValue() == null
                    ? List.of()
                    : List.of(
                            RunRequest.builder().partitionKey(oneKey.getValue()).build());
            case RANGE -> rangeRequest();
            case MISSING -> PartitionRequests.inState(health, PartitionState.MISSING);
            case FAILED -> PartitionRequests.inState(health, PartitionState.FAILED);
        };
    }

    private List<RunRequest> rangeRequest() {
        int a = health.indexOf(from.getValue());
        int b = health.indexOf(to.getValue());
        if (a < 0 || b < 0) {
            return List.of();
        }
        // a reversed range is meant the other way round
        return List.of(RunRequest.builder()
                .partitionRange(health.keys().get(Math.min(a, b)), health.keys().get(Math.max(a, b)))
                .build());
    }

    /** Outlines on the bar the partitions the answer stands for, however it was chosen. */
    private void drawChoice(List<RunRequest> runs) {
        if (health == null) {
            return;
        }
        List<String> keys = new java.util.ArrayList<>();
        for (RunRequest r : runs) {
            r.partitionKey().ifPresent(keys::add);
            r.partitionRange().ifPresent(range -> {
                int a = health.indexOf(range.from());
                int b = health.indexOf(range.to());
                if (a >= 0 && b >= 0) {
                    keys.addAll(health.keys().subList(Math.min(a, b), Math.max(a, b) + 1));
                }
            });
        }
        drawing = true;
        try {
            bar.select(keys);
        } finally {
            drawing = false;
        }
    }

    private void summarize() {
        List<RunRequest> runs = requests();
        drawChoice(runs);
        int partitions = runs.stream()
                .mapToInt(r -> r.partitionKey().isPresent()
                        ? 1
                        : health.indexOf(r.partitionRange().get().to())
                                - health.indexOf(r.partitionRange().get().from())
                                + 1)
                .sum();
        summary.set(
                runs.isEmpty()
                        ? "Nothing to materialize."
                        : partitions + (partitions == 1 ? " partition" : " partitions") + " in one backfill");
    }

    /** "1 partition in one backfill", "4 partitions in one backfill". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the answer names at least one partition (the dialog's OK follows it). */
    public javafx.beans.binding.BooleanBinding validProperty() {
        return Bindings.createBooleanBinding(() -> !requests().isEmpty(), summary);
    }

    public PartitionHealthBar bar() {
        return bar;
    }
}
