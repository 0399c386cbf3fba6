package dev.assetstudio.app.shell;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keeps single-key shortcuts (such as {@code F} for Fit) from firing while the user types in a text field.
 *
 * <p>Scene accelerators are matched before the focused node sees the key, so without this, typing "f" in a search
 * field would also fit the graph. The filter sits on the window, ahead of the scene, and stops only the KEY_PRESSED
 * of such keys; the KEY_TYPED that inserts the character still reaches the field.
 */
public final class TypingGuard {

    private TypingGuard() {}

    /** Installs the guard on {@code window} for every {@link StudioAction} shortcut without modifiers. */
    public static void install(Window window) {
        List<KeyCombination> bare = java.util.Arrays.stream(StudioAction.values())
                .map(ActionControls::accelerator)
                .flatMap(Optional::stream)
                .filter(TypingGuard::withoutModifiers)
                .toList();
        window.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Node focused = window.getScene() == null ? null : window.getScene().getFocusOwner();
            boolean typed = event.getCode().isLetterKey() || event.getCode().isDigitKey();
            if (typed && focused instanceof TextInputControl && bare.stream().anyMatch(key -> key.match(event))) {
                event.consume();
            }
        });
    }

    private static boolean withoutModifiers(KeyCombination key) {
        return key.getShortcut() == KeyCombination.ModifierValue.UP
                && key.getControl() == KeyCombination.ModifierValue.UP
                && key.getAlt() == KeyCombination.ModifierValue.UP
                && key.getMeta() == KeyCombination.ModifierValue.UP
                && key.getShift() == KeyCombination.ModifierValue.UP;
    }
}
