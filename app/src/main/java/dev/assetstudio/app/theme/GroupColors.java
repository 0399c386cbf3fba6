package dev.assetstudio.app.theme;

/**
 * The one place that decides which palette entry a group gets, so the catalog, the graph and the plots
 * colour a group alike. The choice depends only on the group's name (not on how many groups a project
 * has or their order), so a group keeps its colour when assets are added or the project is reloaded.
 *
 * <pre>{@code
 * int index = GroupColors.index("ingest");            // 0 .. 11
 * node.getStyleClass().add(GroupColors.styleClass("ingest"));
 * }</pre>
 */
public final class GroupColors {

    private GroupColors() {}

    /** The palette index ({@code -as-group-N}) of {@code group}, in {@code 0 .. GROUP_COLOR_COUNT-1}. */
    public static int index(String group) {
        // String.hashCode is specified by the JLS, so the colour is the same on every machine and run.
        return Math.floorMod(group == null ? 0 : group.hashCode(), Styles.GROUP_COLOR_COUNT);
    }

    /** The style class exposing {@code -as-group-color} for {@code group}, see {@link Styles#groupColor}. */
    public static String styleClass(String group) {
        return Styles.groupColor(index(group));
    }

    /** The looked-up colour name of {@code group}'s palette entry, e.g. {@code -as-group-3}. */
    public static String lookedUpColor(String group) {
        return "-as-group-" + index(group);
    }
}
