/**
 * The {@code asset-studio} command line: list, materialize, history, graph, runs and logs of an asset
 * jar, through the {@link dev.assetstudio.engine.Project} facade. Entry point {@link
 * dev.assetstudio.engine.cli.AssetStudioCli}.
 */
package dev.assetstudio.engine.cli;
