/**
 * Graph layout for the asset graph: pure Java (no JavaFX) so it can be unit-tested and benchmarked
 * without a window. Input is a {@link dev.assetstudio.app.graph.layout.LayoutGraph}, output a
 * {@link dev.assetstudio.app.graph.layout.GraphLayout} of plain records the UI draws as is.
 */
package dev.assetstudio.app.graph.layout;
