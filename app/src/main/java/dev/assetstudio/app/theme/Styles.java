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

    // Details tabs and the launchpad (rules in details/details.css)
    public static final String TAB = "as-details-tab";
    public static final String SECTION_TITLE = "as-section-title";
    public static final String PROPERTY_NAME = "as-property-name";
    public static final String PROPERTY_SHEET = "as-property-sheet";
    public static final String KEY_TITLE = "as-key-title";
    public static final String GROUP_CHIP = "as-group-chip";
    public static final String GROUP_DOT = "as-group-dot";
    public static final String FLAG = "as-flag";
    public static final String DETAILS_TOOLBAR = "as-details-toolbar";
    public static final String CARD = "as-card";
    public static final String CHART = "as-metric-chart";
    public static final String CHART_TITLE = "as-chart-title";
    public static final String CHART_LATEST = "as-chart-latest";
    public static final String CHART_TICK = "as-chart-tick";
    public static final String CHART_GRID = "as-chart-grid";
    public static final String CHART_LINE = "as-chart-line";
    public static final String CHART_AREA = "as-chart-area";
    public static final String CHART_POINT = "as-chart-point";
    public static final String CHART_HOVER = "as-chart-hover";
    public static final String CHART_HOVER_CARD = "as-chart-hover-card";
    public static final String LINEAGE_NODE = "as-lineage-node";
    public static final String LINEAGE_FOCUS = "as-lineage-focus";
    public static final String LINEAGE_EDGE = "as-lineage-edge";
    public static final String LINEAGE_ARROW = "as-lineage-arrow";
    public static final String LOG_LIST = "as-log-list";
    public static final String FIELD_PROBLEM = "as-field-problem";
    public static final String INVALID = "as-invalid";

    // Asset health (last attempt, checks, freshness)
    public static final String HEALTH_HEALTHY = "as-health-healthy";
    public static final String HEALTH_WARNING = "as-health-warning";
    public static final String HEALTH_DEGRADED = "as-health-degraded";
    public static final String HEALTH_UNKNOWN = "as-health-unknown";
    /** Prefix of every health class ({@code as-health-healthy} …). */
    public static final String HEALTH_PREFIX = "as-health-";

    // Badges and logs
    public static final String BADGE = "as-badge";
    /** Prefix of the log-level classes ({@code as-log-warn} …). */
    public static final String LOG_PREFIX = "as-log-";

    public static final String LOG_WARN = "as-log-warn";
    public static final String LOG_ERROR = "as-log-error";
    public static final String LOG_DEBUG = "as-log-debug";
    /** A retried step's State cell in the run's step table, and its amber retry mark. */
    public static final String STEP_ATTEMPT = "as-step-attempt";

    // Metadata values (Markdown, tables, links)
    public static final String MARKDOWN = "as-markdown";
    public static final String MARKDOWN_TEXT = "as-markdown-text";
    public static final String MARKDOWN_CODE = "as-markdown-code";
    public static final String MARKDOWN_STRONG = "as-markdown-strong";
    public static final String MARKDOWN_EMPHASIS = "as-markdown-emphasis";
    public static final String METADATA_PANE = "as-metadata-pane";
    /** Prefix of the class of each metadata kind ({@code as-metadata-url} …). */
    public static final String METADATA_PREFIX = "as-metadata-";

    // Catalog
    public static final String CATALOG_GROUP = "as-catalog-group";
    public static final String CATALOG_ASSET = "as-catalog-asset";
    public static final String CATALOG_GROUP_DOT = "as-catalog-group-dot";
    public static final String CATALOG_GROUP_NAME = "as-catalog-group-name";
    /** The catalog's health dot; {@code as-health-dot-<state>} colours it. */
    public static final String HEALTH_DOT = "as-health-dot";

    // Graph
    public static final String GRAPH_VIEW = "as-graph-view";
    public static final String GRAPH_MINIMAP = "as-graph-minimap";
    public static final String TOP_BAR = "as-top-bar";
    public static final String GRAPH_MINIMAP_VIEW = "as-graph-minimap-view";
    public static final String GRAPH_FIND_FIELD = "as-graph-find-field";
    public static final String GRAPH_FIND_RESULT = "as-graph-find-result";
    public static final String GRAPH_FILTER_CHIP = "as-graph-filter-chip";
    public static final String GRAPH_CHIP_LABEL = "as-graph-chip-label";
    public static final String GRAPH_CHIP_BUTTON = "as-graph-chip-button";
    public static final String GRAPH_BACK = "as-graph-back";
    public static final String GRAPH_HOVER_CARD = "as-graph-hover-card";
    public static final String GRAPH_BUSY = "as-graph-busy";
    public static final String GRAPH_BUSY_LABEL = "as-graph-busy-label";

    // Projects
    public static final String LOAD_ERROR_CARD = "as-load-error-card";
    /** What stops a form being accepted (settings, launchpad). */
    public static final String PROBLEMS = "as-problems";

    // Runs
    public static final String RUN_TIMELINE = "as-run-timeline";
    public static final String RUN_SELECTOR_BUTTON_CELL = "as-run-selector-button-cell";
    public static final String RUN_LOG = "as-run-log";

    // Partitions (rules in partitions/partitions.css)
    public static final String PARTITIONS_TAB = "as-partitions-tab";
    public static final String PARTITIONS_COUNTS = "as-partitions-counts";
    public static final String PARTITIONS_DETAILS = "as-partitions-details";
    public static final String PARTITIONS_LIST = "as-partitions-list";
    public static final String PARTITION_HEALTH_BAR = "as-partition-health-bar";
    public static final String PARTITION_LEGEND_SWATCH = "as-partition-legend-swatch";

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

    /** The badge class of a state name, e.g. {@code as-badge-succeeded}. */
    public static String badge(String state) {
        return BADGE + "-" + state.toLowerCase(java.util.Locale.ROOT);
    }

    /** The log-level class of a line, e.g. {@code as-log-warn}. */
    public static String logLevel(String level) {
        return LOG_PREFIX + level.toLowerCase(java.util.Locale.ROOT);
    }
}
