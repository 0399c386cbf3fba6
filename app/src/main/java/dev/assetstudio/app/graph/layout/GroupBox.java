package dev.assetstudio.app.graph.layout;

/**
 * The box drawn behind a group: {@code bounds} encloses the group's nodes with padding, and {@code
 * label} is the band at its top reserved for the group's name (inside {@code bounds}).
 */
public record GroupBox(String group, Rect bounds, Rect label) {}
