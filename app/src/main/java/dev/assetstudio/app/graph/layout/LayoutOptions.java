package dev.assetstudio.app.graph.layout;

/**
 * Tuning for every layout algorithm; each algorithm reads the fields that concern it. Start from
 * {@link #defaults()} and change what you need with the {@code with…} methods.
 *
 * @param orientation direction of the layered layout
 * @param nodeSpacing minimum gap between two nodes of the same layer (and the target distance of the
 *     force-directed and circular layouts)
 * @param edgeSpacing minimum gap next to a bend point of a long edge in the layered layout
 * @param layerSpacing minimum gap between two layers; widened when group boxes need more room
 * @param groupPadding space between a group's nodes and its box
 * @param groupLabelHeight height of the label band at the top of a group box
 * @param groupSpacing minimum gap between two group boxes of the layered layout
 * @param crossingPasses down-and-up barycenter sweeps of the layered layout
 * @param coordinatePasses passes pulling nodes towards their neighbours in the layered layout
 * @param forceIterations iterations of the force-directed layout
 * @param seed seed of every random choice, so a layout is reproducible
 */
public record LayoutOptions(
        Orientation orientation,
        double nodeSpacing,
        double edgeSpacing,
        double layerSpacing,
        double groupPadding,
        double groupLabelHeight,
        double groupSpacing,
        int crossingPasses,
        int coordinatePasses,
        int forceIterations,
        long seed) {

    public LayoutOptions {
        if (orientation == null) {
            throw new IllegalArgumentException("orientation is required");
        }
        requireNonNegative("nodeSpacing", nodeSpacing);
        requireNonNegative("edgeSpacing", edgeSpacing);
        requireNonNegative("layerSpacing", layerSpacing);
        requireNonNegative("groupPadding", groupPadding);
        requireNonNegative("groupLabelHeight", groupLabelHeight);
        requireNonNegative("groupSpacing", groupSpacing);
        if (crossingPasses < 0 || coordinatePasses < 0 || forceIterations < 1) {
            throw new IllegalArgumentException("passes must be >= 0 and forceIterations >= 1");
        }
    }

    public static LayoutOptions defaults() {
        return new LayoutOptions(Orientation.LEFT_TO_RIGHT, 24, 12, 80, 12, 22, 24, 6, 4, 100, 42L);
    }

    public LayoutOptions withOrientation(Orientation value) {
        return new LayoutOptions(
                value,
                nodeSpacing,
                edgeSpacing,
                layerSpacing,
                groupPadding,
                groupLabelHeight,
                groupSpacing,
                crossingPasses,
                coordinatePasses,
                forceIterations,
                seed);
    }

    public LayoutOptions withCrossingPasses(int value) {
        return new LayoutOptions(
                orientation,
                nodeSpacing,
                edgeSpacing,
                layerSpacing,
                groupPadding,
                groupLabelHeight,
                groupSpacing,
                value,
                coordinatePasses,
                forceIterations,
                seed);
    }

    public LayoutOptions withForceIterations(int value) {
        return new LayoutOptions(
                orientation,
                nodeSpacing,
                edgeSpacing,
                layerSpacing,
                groupPadding,
                groupLabelHeight,
                groupSpacing,
                crossingPasses,
                coordinatePasses,
                value,
                seed);
    }

    public LayoutOptions withSeed(long value) {
        return new LayoutOptions(
                orientation,
                nodeSpacing,
                edgeSpacing,
                layerSpacing,
                groupPadding,
                groupLabelHeight,
                groupSpacing,
                crossingPasses,
                coordinatePasses,
                forceIterations,
                value);
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
    }
}
