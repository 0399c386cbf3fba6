/**
 * {@code MetadataValue}s drawn by kind: tables as tables, markdown rendered (commonmark-java), URLs that open in the
 * browser, paths that can be revealed, JSON as a tree, table schemas as a table. Used by the Activity, Preview and
 * Checks tabs.
 */
package dev.assetstudio.app.metadata;
