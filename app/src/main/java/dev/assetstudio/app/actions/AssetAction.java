package dev.assetstudio.app.actions;

import dev.assetstudio.app.theme.Icon;
import java.util.Optional;

/**
 * Every command on one or more assets, in menu order: its label, icon, node-id suffix, menu section and shortcut.
 * What each does and when it may run is {@link AssetActions}' business, so every menu agrees.
 */
public enum AssetAction {
    MATERIALIZE("materialize", "Materialize", Icon.MATERIALIZE, Section.RUN, null),
    MATERIALIZE_WITH_UPSTREAM(
            "materialize-upstream", "Materialize with upstream", Icon.MATERIALIZE_ALL, Section.RUN, null),
    MATERIALIZE_DOWNSTREAM("materialize-downstream", "Materialize downstream", null, Section.RUN, null),
    MATERIALIZE_WITH_CONFIG("materialize-config", "Materialize with config…", null, Section.RUN, null),
    RUN_CHECKS("run-checks", "Run checks", Icon.FRESH, Section.RUN, "Shortcut+Shift+K"),
    SHOW_UPSTREAM("show-upstream", "Show only upstream", null, Section.NAVIGATE, null),
    SHOW_DOWNSTREAM("show-downstream", "Show only downstream", null, Section.NAVIGATE, null),
    SHOW_IN_GRAPH("show-in-graph", "Show in graph", null, Section.NAVIGATE, null),
    SHOW_IN_CATALOG("show-in-catalog", "Show in catalog", null, Section.NAVIGATE, null),
    OPEN_CHECKS("open-checks", "Open checks", null, Section.NAVIGATE, null),
    COPY_KEY("copy-key", "Copy key", Icon.COPY, Section.CLIPBOARD, null);

    /** Menus put a separator between sections. */
    public enum Section {
        RUN,
        NAVIGATE,
        CLIPBOARD
    }

    private final String id;
    private final String label;
    private final Icon icon;
    private final Section section;
    private final String accelerator;

    AssetAction(String id, String label, Icon icon, Section section, String accelerator) {
        this.id = id;
        this.label = label;
        this.icon = icon;
        this.section = section;
        this.accelerator = accelerator;
    }

    /** The node-id suffix: a menu's items are {@code <prefix>-<id>}, e.g. {@code graph-materialize}. */
    public String id() {
        return id;
    }

    /** The menu text for one asset. */
    public String label() {
        return label;
    }

    public Optional<Icon> icon() {
        return Optional.ofNullable(icon);
    }

    public Section section() {
        return section;
    }

    /** The shortcut in {@code KeyCombination.valueOf} syntax; it acts on the selected assets. */
    public Optional<String> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    /** Whether this command starts a materialization (sources refuse those). */
    public boolean materializes() {
        return section == Section.RUN && this != RUN_CHECKS;
    }
}
