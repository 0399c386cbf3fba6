package dev.assetstudio.app.details;

/**
 * CSS class names of the details tabs and the launchpad, defined in {@code details.css} (next to
 * this class), which every details view adds to its own stylesheets. Colours come from the
 * studio palette's looked-up colours, so the dark theme needs nothing here.
 */
public final class DetailsStyles {
    /** The stylesheet URL. */
    public static final String STYLESHEET =
            DetailsStyles.class.getResource("details.css").toExternalForm();

    public static final String TAB = "as-details-tab";
    public static final String SECTION_TITLE = "as-section-title";
    public static final String PROPERTY_NAME = "as-property-name";
    public static final String PROPERTY_SHEET = "as-property-sheet";
    public static final String KEY_TITLE = "as-key-title";
    public static final String GROUP_CHIP = "as-group-chip";
    public static final String GROUP_DOT = "as-group-dot";
    public static final String FLAG = "as-flag";
    public static final String TOOLBAR = "as-details-toolbar";
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

    private DetailsStyles() {}

    /** The badge class of a state name, e.g. {@code as-badge-succeeded}. */
    public static String badge(String state) {
        return "as-badge-" + state.toLowerCase(java.util.Locale.ROOT);
    }

    /** The log-level class of a line, e.g. {@code as-log-warn}. */
    public static String logLevel(String level) {
        return "as-log-" + level.toLowerCase(java.util.Locale.ROOT);
    }
}
