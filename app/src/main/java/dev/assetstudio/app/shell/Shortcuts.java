package dev.assetstudio.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCombination;

/**
 * Every key the studio answers to, in the order Help › Keyboard shortcuts lists them: the {@link StudioAction}
 * accelerators, then the keys that are not menu commands (handled by {@link MainWindow} or the focused view).
 * One list, so the dialog cannot drift from what the keys do.
 */
final class Shortcuts {

    /**
     * One line of the dialog.
     *
     * @param keys as shown, e.g. {@code Ctrl+O}
     * @param does what they do
     */
    record Shortcut(String keys, String does) {}

    /** The key that focuses the catalog filter besides Find's accelerator, as in many editors and browsers. */
    static final String FIND_KEY = "/";

    /** The details tabs are Ctrl+1 to Ctrl+6 in their order ({@link DetailsTab}). */
    static KeyCombination tabKey(DetailsTab tab) {
        return KeyCombination.valueOf("Shortcut+" + (tab.ordinal() + 1));
    }

    private Shortcuts() {}

    static List<Shortcut> all() {
        List<Shortcut> all = new ArrayList<>();
        for (StudioAction action : StudioAction.values()) {
            ActionControls.accelerator(action)
                    .ifPresent(key -> all.add(new Shortcut(key.getDisplayText(), action.label())));
        }
        for (var action : dev.assetstudio.app.actions.AssetMenus.withShortcuts()) {
            action.accelerator()
                    .map(KeyCombination::valueOf)
                    .ifPresent(
                            key -> all.add(new Shortcut(key.getDisplayText(), action.label() + " (selected assets)")));
        }
        DetailsTab[] tabs = DetailsTab.values();
        all.add(new Shortcut(FIND_KEY, "Find asset (outside text fields)"));
        all.add(new Shortcut(
                tabKey(tabs[0]).getDisplayText() + " … "
                        + tabKey(tabs[tabs.length - 1]).getDisplayText(),
                "Details tabs: " + tabs[0].title() + " … " + tabs[tabs.length - 1].title()));
        all.add(new Shortcut("+  −", "Zoom the graph in or out (graph focused)"));
        all.add(new Shortcut("Space+drag", "Pan the graph"));
        all.add(new Shortcut("Esc", "Clear the selection (graph), clear the filter (filter field)"));
        all.add(new Shortcut("Enter", "Materialize the selected assets (catalog focused)"));
        return all;
    }
}
