/**
 * The dependency graph view: {@link dev.assetstudio.app.graph.GraphView} paints the assets, groups and
 * dependencies of the open project on a canvas; {@link dev.assetstudio.app.graph.GraphViewModel} decides
 * what is shown and where (layouts from {@code app.graph.layout}, computed off the FX thread); {@link
 * dev.assetstudio.app.graph.GraphFeature} plugs both into the main window.
 */
package dev.assetstudio.app.graph;
