/**
 * Graph layout for the asset graph: pure Java (no JavaFX) so it can be unit-tested and benchmarked
 * without a window. Input is a {@link dev.assetstudio.app.graph.layout.LayoutGraph}, output a
 * {@link dev.assetstudio.app.graph.layout.GraphLayout} of plain records the UI draws as is.
 *
 * <p>The default, {@link dev.assetstudio.app.graph.layout.LayeredLayout}, is compound: each group's
 * interior is laid out on its own (crowded layers wrap into a grid of columns, so a big group is a
 * block, not a strip), then the groups are placed as a layered graph of boxes and edges between
 * groups run through the gaps between boxes. The result does not depend on the order nodes and edges
 * were added in: ties are broken by node id and group name.
 *
 * <p><b>Laying out any small graph, e.g. a group overview.</b> Build a {@code LayoutGraph} whose
 * nodes are the things to place, each with its own size, all in one group (the group name is then
 * irrelevant; ignore {@code GraphLayout.groups()}), and add one edge per pair with the number of
 * asset edges it stands for as its weight ({@link
 * dev.assetstudio.app.graph.layout.LayoutGraph.Builder#edge(String, String, int)}; adding the same
 * pair again adds up the weights). Crossing reduction weighs edges by it, so heavy edges cross least
 * (between boxes by its number of binary digits: every edge is one line, so many light lines are not
 * crossed to spare one heavy one):
 *
 * <pre>{@code
 * LayoutGraph.Builder b = LayoutGraph.builder();
 * b.node("staging", "overview", 220, 90).node("marts", "overview", 220, 90);
 * b.edge("staging", "marts", 412);
 * GraphLayout layout = new LayeredLayout().layout(b.build(), LayoutOptions.defaults());
 * }</pre>
 *
 * <p>The layout then comes out about as wide as tall where the graph allows (crowded layers wrap);
 * a long chain of nodes stays a long row. Node sizes are kept; {@code PlacedNode.bounds()} gives
 * each node's place and {@code GraphLayout.bounds()} the extent to fit to the window.
 * {@link dev.assetstudio.app.graph.layout.LayoutMetrics} measures crossings and aspect ratio.
 */
package dev.assetstudio.app.graph.layout;
