package dev.assetstudio.app.ui;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/**
 * Controls that show an asset key or a group name: when too narrow they cut the middle, never the distinctive end,
 * and the whole text is in a tooltip. One helper for the catalog, the details, the run panel and the Runs page, so a
 * key is never cut silently ({@link KeyText} does the same for text drawn on the graph's canvas).
 *
 * <pre>{@code
 * flow.getChildren().add(KeyLabels.link(key.toString()));  // a details link
 * column.setCellFactory(KeyLabels.cells());                 // a table column of keys
 * }</pre>
 */
public final class KeyLabels {

    /** The tooltip's delay: soon enough to read a cut key, late enough not to flicker while the mouse passes. */
    private static final javafx.util.Duration SHOW_DELAY = javafx.util.Duration.millis(400);

    private KeyLabels() {}

    /** A label showing {@code key}. */
    public static Label label(String key) {
        return show(middle(new Label()), key);
    }

    /** A link showing {@code key}. */
    public static Hyperlink link(String key) {
        return show(middle(new Hyperlink()), key);
    }

    /** Makes {@code labeled} cut its text in the middle and able to shrink below its text's width. */
    public static <T extends Labeled> T middle(T labeled) {
        labeled.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        labeled.setEllipsisString(KeyText.ELLIPSIS);
        labeled.setMinWidth(0);
        return labeled;
    }

    /** Shows {@code key} in {@code labeled} and whole in its tooltip (none for null). */
    public static <T extends Labeled> T show(T labeled, String key) {
        labeled.setText(key);
        if (key == null || key.isEmpty()) {
            labeled.setTooltip(null);
        } else {
            Tooltip tip = labeled.getTooltip();
            if (tip == null) {
                tip = new Tooltip();
                tip.setShowDelay(SHOW_DELAY);
                labeled.setTooltip(tip);
            }
            tip.setText(key);
        }
        return labeled;
    }

    /** Table cells that show keys (or lists of keys) cut in the middle, whole on hover. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> cells() {
        return column -> new TableCell<>() {
            {
                middle(this);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                show(this, empty ? null : item);
            }
        };
    }
}
