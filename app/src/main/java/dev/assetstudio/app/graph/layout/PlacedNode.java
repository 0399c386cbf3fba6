package dev.assetstudio.app.graph.layout;

/** Where a node ended up: {@code bounds} is its top-left corner and its (unchanged) size. */
public record PlacedNode(String id, String group, Rect bounds) {}
