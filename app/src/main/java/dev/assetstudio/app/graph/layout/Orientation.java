package dev.assetstudio.app.graph.layout;

/** Which way dependencies flow in the layered layout: upstream assets first. */
public enum Orientation {
    /** Layers are columns; upstream on the left. */
    LEFT_TO_RIGHT,
    /** Layers are rows; upstream on top (as Dagster draws). */
    TOP_TO_BOTTOM
}
