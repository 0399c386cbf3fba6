package dev.assetstudio.app.shell;

import dev.assetstudio.app.theme.Icon;
import java.util.Optional;

/**
 * Every command of the main window: its label, icon, keyboard shortcut and what it needs before it can run.
 *
 * <p>Menus, toolbar buttons and shortcuts are made from these; what a command does is a handler set on the
 * {@link MainViewModel} by the feature that owns it ({@link MainViewModel#setHandler}). A command without a handler
 * is shown disabled, never faked.
 *
 * <p>Shortcuts are in {@code KeyCombination.valueOf} syntax; {@code Shortcut} is Ctrl, or Cmd on macOS.
 */
public enum StudioAction {
    OPEN("Open…", Icon.OPEN, "Shortcut+O", Requirement.NONE),
    RELOAD("Reload", Icon.RELOAD, "Shortcut+R", Requirement.PROJECT),
    PROJECT_SETTINGS("Project settings…", null, "Shortcut+Comma", Requirement.PROJECT),
    QUIT("Quit", null, "Shortcut+Q", Requirement.NONE),

    UNDO("Undo move", null, "Shortcut+Z", Requirement.PROJECT),
    FIND("Find asset…", Icon.SEARCH, "Shortcut+F", Requirement.PROJECT),
    FIND_IN_GRAPH("Find in graph…", null, "Shortcut+Shift+F", Requirement.PROJECT),
    BACK("Back", null, "Alt+Left", Requirement.PROJECT),
    FIT_TO_VIEW("Fit to view", Icon.FIT_TO_VIEW, "F", Requirement.PROJECT),
    EXPAND_ALL("Expand all groups", null, "Shortcut+Shift+E", Requirement.PROJECT),
    COLLAPSE_ALL("Collapse all groups (overview)", null, "Shortcut+Shift+C", Requirement.PROJECT),
    ZOOM_IN("Zoom in", Icon.ZOOM_IN, "Shortcut+Equals", Requirement.PROJECT),
    ZOOM_OUT("Zoom out", Icon.ZOOM_OUT, "Shortcut+Minus", Requirement.PROJECT),
    RELAYOUT("Re-layout", Icon.RELAYOUT, "Shortcut+L", Requirement.PROJECT),
    LAYOUT_LAYERED("Layered", null, null, Requirement.PROJECT),
    LAYOUT_FORCE_DIRECTED("Force-directed", null, null, Requirement.PROJECT),
    LAYOUT_CIRCULAR("Circular", null, null, Requirement.PROJECT),
    TOGGLE_CATALOG("Show or hide the catalog", Icon.CATALOG_PANEL, "Shortcut+B", Requirement.NONE),
    TOGGLE_DETAILS("Show or hide the details", Icon.DETAILS_PANEL, "Shortcut+Shift+B", Requirement.NONE),
    TOGGLE_RUN_PANEL("Show or hide the run panel", Icon.RUN_PANEL, "Shortcut+J", Requirement.NONE),
    TOGGLE_THEME("Toggle dark theme", Icon.THEME, "Shortcut+Shift+D", Requirement.NONE),
    AUTOMATION("Automation…", null, "Shortcut+Shift+A", Requirement.PROJECT),

    MATERIALIZE_SELECTED("Materialize selected", Icon.MATERIALIZE, "Shortcut+Enter", Requirement.SELECTION),
    MATERIALIZE_ALL("Materialize all", Icon.MATERIALIZE_ALL, "Shortcut+Shift+M", Requirement.PROJECT),
    CANCEL_RUN("Cancel run", Icon.CANCEL, "Shortcut+Period", Requirement.RUN),
    SHOW_RUNS("Runs and backfills", Icon.RUN_PANEL, "Shortcut+Shift+R", Requirement.PROJECT),
    CLUSTER_PANEL("Cluster…", null, "Shortcut+Shift+W", Requirement.NONE),

    KEYBOARD_SHORTCUTS("Keyboard shortcuts", null, "F1", Requirement.NONE),
    ABOUT("About Asset Studio", Icon.INFO, null, Requirement.NONE);

    /** What must be true, besides having a handler, for an action to run. */
    public enum Requirement {
        NONE,
        /** A project is open. */
        PROJECT,
        /** A project is open and an asset is selected. */
        SELECTION,
        /** A run is in progress. */
        RUN
    }

    private final String label;
    private final Icon icon;
    private final String accelerator;
    private final Requirement requirement;

    StudioAction(String label, Icon icon, String accelerator, Requirement requirement) {
        this.label = label;
        this.icon = icon;
        this.accelerator = accelerator;
        this.requirement = requirement;
    }

    /** Menu text. */
    public String label() {
        return label;
    }

    public Optional<Icon> icon() {
        return Optional.ofNullable(icon);
    }

    /** The shortcut in {@code KeyCombination.valueOf} syntax, e.g. {@code Shortcut+R}. */
    public Optional<String> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    public Requirement requirement() {
        return requirement;
    }
}
