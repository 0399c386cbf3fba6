package dev.assetstudio.app.theme;

/**
 * CSS style-class names used by the studio, as constants so that views and {@code studio.css} agree.
 *
 * <p>Every class is defined in {@code studio.css}; {@code dark.css} only overrides colours. Example:
 *
 * <pre>{@code
 * label.getStyleClass().add(Styles.TEXT_MUTED);
 * }</pre>
 */
public final class Styles {

    /** The root of the main window. */
    public static final String STUDIO = "as-studio";

    // Text
    public static final String TITLE = "as-title";
    public static final String SUBTITLE = "as-subtitle";
    public static final String TEXT_MUTED = "as-text-muted";
    public static final String TEXT_SMALL = "as-text-small";
    public static final String MONOSPACE = "as-monospace";

    // Icons (see Icons)
    public static final String ICON = "as-icon";
    public static final String ICON_ACCENT = "as-icon-accent";
    public static final String ICON_MUTED = "as-icon-muted";

    // Buttons
    public static final String FLAT = "as-flat";
    /** An active catalog filter (a tag, owner, kind or health chip). */
    public static final String FILTER_CHIP = "as-filter-chip";

    public static final String ACCENT = "as-accent";

    // Shell areas
    public static final String TOOLBAR = "as-toolbar";
    public static final String AREA = "as-area";
    public static final String AREA_HEADER = "as-area-header";
    public static final String CATALOG_AREA = "as-catalog-area";
    public static final String GRAPH_AREA = "as-graph-area";
    public static final String DETAILS_AREA = "as-details-area";
    public static final String RUN_PANEL = "as-run-panel";
    /** The window's page tabs (Assets, Runs). */
    public static final String PAGES = "as-pages";

    public static final String STATUS_BAR = "as-status-bar";
    public static final String EMPTY_STATE = "as-empty-state";
    public static final String ERROR_PANEL = "as-error-panel";
    public static final String SHORTCUT_KEY = "as-shortcut-key";

    // Asset status, for badges and icons. Pair with the status' icon, never colour alone.
    public static final String STATUS_FRESH = "as-status-fresh";
    public static final String STATUS_STALE = "as-status-stale";
    public static final String STATUS_MISSING = "as-status-missing";
    public static final String STATUS_FAILED = "as-status-failed";
    public static final String STATUS_RUNNING = "as-status-running";
    public static final String STATUS_SOURCE = "as-status-source";

    /** How many group colours the palette defines ({@code -as-group-0 .. -as-group-11}). */
    public static final int GROUP_COLOR_COUNT = 12;

    private Styles() {}

    /**
     * The style class that colours a node with the group palette entry {@code index} (wrapping around), e.g.
     * {@code as-group-3}. Give the same group the same index everywhere (catalog, graph, plots).
     */
    public static String groupColor(int index) {
        return "as-group-" + Math.floorMod(index, GROUP_COLOR_COUNT);
    }
}
