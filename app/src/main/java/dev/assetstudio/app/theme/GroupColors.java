package dev.assetstudio.app.theme;

/**
 * Which palette colour a group gets, the same in every view (catalog, graph, details, plots):
 *
 * <pre>{@code
 * chip.getStyleClass().add(Styles.groupColor(GroupColors.indexOf("nutrition")));
 * }</pre>
 *
 * <p>Derived from the name alone, so a group keeps its colour across reloads and projects.
 */
public final class GroupColors {
    private GroupColors() {}

    /** The palette index of {@code group}, in {@code 0 .. Styles.GROUP_COLOR_COUNT - 1}. */
    public static int indexOf(String group) {
        return Math.floorMod(group.hashCode(), Styles.GROUP_COLOR_COUNT);
    }

    /** The style class ({@code as-group-N}) that colours a node with {@code group}'s colour. */
    public static String styleClassOf(String group) {
        return Styles.groupColor(indexOf(group));
    }
}
