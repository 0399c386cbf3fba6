package dev.assetstudio.app.graph.layout;

/** A point in layout coordinates (y grows downwards, as on screen). */
public record Point(double x, double y) {}
