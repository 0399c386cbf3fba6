package dev.assetstudio.app.metadata;

import dev.assetstudio.app.theme.Styles;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A map of metadata, each entry its name over its value drawn by kind ({@link MetadataNodes}). */
public final class MetadataPane extends VBox {

    public MetadataPane() {
        super(8);
        getStyleClass().add(Styles.METADATA_PANE);
    }

    /** Shows {@code metadata} in its order; nothing for an empty map. */
    public void show(Map<String, Object> metadata) {
        show(metadata, false);
    }

    /**
     * Shows the entries of {@code metadata} that need more than a line (tables, schemas, markdown, JSON, URLs,
     * paths) when {@code richOnly}, else all; nothing for an empty map.
     */
    public void show(Map<String, Object> metadata, boolean richOnly) {
        getChildren().clear();
        if (metadata == null) {
            return;
        }
        metadata.forEach((name, value) -> {
            if (richOnly && !isRich(value)) {
                return;
            }
            var title = new Label(name);
            title.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            getChildren().addAll(title, MetadataNodes.of(value));
        });
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }

    /** Whether a stored value is more than a number, a flag, a time or a line of text. */
    public static boolean isRich(Object stored) {
        return switch (dev.assetstudio.engine.model.MetadataValues.read(stored).kind()) {
            case TEXT, NUMBER, BOOL, TIMESTAMP -> false;
            default -> true;
        };
    }
}
