package dev.assetstudio.app.partitions;

import dev.assetstudio.app.theme.Styles;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** A row of the ranges list: a swatch of the state's colour, the span, and how many partitions. */
final class RangeCell extends ListCell<PartitionHealth.Range> {
    private final Region swatch = new Region();

    RangeCell() {
        swatch.getStyleClass().add(Styles.PARTITION_LEGEND_SWATCH);
        setGraphicTextGap(8);
    }

    @Override
    protected void updateItem(PartitionHealth.Range range, boolean empty) {
        super.updateItem(range, empty);
        if (empty || range == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        swatch.getStyleClass()
                .setAll(Styles.PARTITION_LEGEND_SWATCH, range.state().name().toLowerCase(Locale.ROOT));
        setGraphic(swatch);
        setText(range.describe() + (range.length() > 1 ? "  (" + range.length() + ")" : ""));
    }

    /** A legend entry: swatch and word. */
    static Label legend(PartitionState state) {
        Region s = new Region();
        s.getStyleClass().setAll(Styles.PARTITION_LEGEND_SWATCH, state.name().toLowerCase(Locale.ROOT));
        Label label = new Label(state.label(), s);
        label.setGraphicTextGap(5);
        return label;
    }
}
