package dev.assetstudio.app.partitions;

import dev.assetstudio.api.AssetKey;
import dev.assetstudio.app.fx.BackgroundTasks;
import dev.assetstudio.app.session.PartitionPicker;
import dev.assetstudio.engine.Project;
import dev.assetstudio.engine.RunRequest;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The studio's {@link PartitionPicker}: a modal dialog with a {@link PartitionPickerPane} for the
 * first partitioned asset of the selection (by key; the others get the same keys, so they should
 * share its partitions, and the engine says so before anything runs if they do not). History is
 * read in the background while the dialog is already up.
 */
public final class PartitionPickerDialog implements PartitionPicker {
    private static final ButtonType MATERIALIZE = new ButtonType("Materialize", ButtonBar.ButtonData.OK_DONE);

    private final BackgroundTasks background;
    private final Supplier<Window> owner;

    /** @param owner the window the dialog is modal to (looked up when it opens) */
    public PartitionPickerDialog(BackgroundTasks background, Supplier<Window> owner) {
        this.background = Objects.requireNonNull(background, "background");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** "dailySales", "dailyPrices, dailySales and priceTrends", "a, b, c and 4 more". */
    static String heading(Set<AssetKey> keys) {
        List<String> names = keys.stream().map(AssetKey::toString).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() <= 3) {
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    @Override
    public List<RunRequest> pick(Project project, Set<AssetKey> partitionedKeys) {
        PartitionPickerPane pane = new PartitionPickerPane(heading(partitionedKeys));
        Dialog<List<RunRequest>> dialog = new Dialog<>();
        background
                .run(() -> {
                    // counts over every selected asset, not the first one only
                    return PartitionHealth.load(project, partitionedKeys).orElseGet(PartitionHealth::empty);
                })
                .onSuccess(pane::setHealth)
                .onFailure(e -> dialog.setHeaderText("Could not read which partitions are materialized ("
                        + e.getMessage() + "); every partition can still be chosen."))
                .start();

        dialog.setTitle("Materialize partitions");
        Window window = owner.get();
        dialog.initOwner(window);
        if (window != null && window.getScene() != null) {
            // the theme (light or dark) and the studio's palette follow the main window
            dialog.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
        }
        dialog.getDialogPane().setContent(pane);
        dialog.getDialogPane().getButtonTypes().addAll(MATERIALIZE, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(MATERIALIZE);
        ok.disableProperty().bind(pane.validProperty().not());
        ok.setDefaultButton(true);
        ok.setId("picker-materialize");
        dialog.setResultConverter(button -> button == MATERIALIZE ? pane.requests() : List.of());
        return dialog.showAndWait().orElse(List.of());
    }
}
