package dev.assetstudio.app.graph;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.theme.Styles;
import dev.assetstudio.app.ui.NaturalOrder;
import dev.assetstudio.engine.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Find in graph: type part of a key and press Enter to jump to the best match (its group opens, the view centres on
 * it and it blinks); Enter again goes to the next match, Esc clears. The best match is the key itself, then a key
 * whose last part is the text, then keys that end or start with it, then any that contain it.
 */
final class FindBar extends HBox {

    private final GraphView view;
    private final TextField field = new TextField();
    private final Label result = new Label();
    private List<AssetKey> matches = List.of();
    private String matchedText = "";
    private int index = -1;

    FindBar(GraphView view) {
        super(6);
        this.view = view;
        setId("graph-find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("graph-find");
        field.setPromptText("Find in graph…");
        field.setPrefColumnCount(16);
        field.getStyleClass().add(Styles.GRAPH_FIND_FIELD);
        result.setId("graph-find-result");
        result.getStyleClass().add(Styles.GRAPH_FIND_RESULT);
        result.setVisible(false);
        result.managedProperty().bind(result.visibleProperty());
        getChildren().setAll(field, result);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findNext(e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                result.setVisible(false);
                view.requestFocus();
                e.consume();
            }
        });
        field.textProperty().addListener((obs, old, text) -> {
            if (!text.strip().equals(matchedText)) {
                result.setVisible(false);
            }
        });
    }

    /** Puts the caret in the field (View › Find in graph…). */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    TextField field() {
        return field;
    }

    Label result() {
        return result;
    }

    /** Jumps to the next (or previous) asset matching the field's text. */
    void findNext(boolean backwards) {
        String text = field.getText() == null ? "" : field.getText().strip();
        Project project = view.viewModel().session().project();
        if (text.isEmpty() || project == null) {
            result.setVisible(false);
            return;
        }
        if (!text.equals(matchedText)) {
            matches = matches(project.assetKeys(), text);
            matchedText = text;
            index = -1;
        }
        if (matches.isEmpty()) {
            result.setText("No asset key contains “" + text + "”");
            result.setVisible(true);
            return;
        }
        index = Math.floorMod(index + (backwards ? -1 : 1), matches.size());
        result.setText((index + 1) + " of " + matches.size());
        result.setVisible(true);
        view.jumpTo(matches.get(index));
    }

    /** The keys containing {@code text} (ignoring case), best first. */
    static List<AssetKey> matches(Collection<AssetKey> keys, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<AssetKey> out = new ArrayList<>();
        for (AssetKey key : keys) {
            if (key.toString().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(key);
            }
        }
        out.sort(Comparator.<AssetKey>comparingInt(k -> rank(k, needle)).thenComparing(NaturalOrder.byText()));
        return out;
    }

    private static int rank(AssetKey key, String needle) {
        String full = key.toString().toLowerCase(Locale.ROOT);
        String last = key.path().get(key.path().size() - 1).toLowerCase(Locale.ROOT);
        if (full.equals(needle)) {
            return 0;
        }
        if (last.equals(needle)) {
            return 1;
        }
        if (full.endsWith(needle) || last.startsWith(needle)) {
            return 2;
        }
        return 3;
    }
}
