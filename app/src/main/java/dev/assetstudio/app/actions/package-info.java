/**
 * The asset commands (materialize, run checks, show upstream, copy key…) defined once, with their enabled rules:
 * {@link dev.assetstudio.app.actions.AssetAction} names them, {@link dev.assetstudio.app.actions.AssetActions} runs
 * them and says when they may run, {@link dev.assetstudio.app.actions.AssetMenus} makes the menu items and buttons
 * of the catalog, the graph, the details and the main menu from them (JabRef's {@code ActionFactory} is the model).
 */
package dev.assetstudio.app.actions;
