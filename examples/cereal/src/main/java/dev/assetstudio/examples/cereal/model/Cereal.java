package dev.assetstudio.examples.cereal.model;

import java.io.Serializable;

/**
 * One row of the "80 cereals" data set: nutrition facts per serving, where the box sits on the
 * store shelf (1 = floor, 3 = top) and a consumer rating. A value of {@code -1} means unknown
 * (the data set's convention, kept as is).
 */
public record Cereal(
        String name,
        String manufacturer,
        String type,
        int calories,
        int protein,
        int fat,
        int sodium,
        double fiber,
        double carbo,
        int sugars,
        int potassium,
        int vitamins,
        int shelf,
        double weight,
        double cups,
        double rating)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The manufacturer behind the one-letter code. */
    public Manufacturer maker() {
        return Manufacturer.fromCode(manufacturer);
    }

    /** Whether the sugar content is known (the data set writes {@code -1} when it is not). */
    public boolean knownSugars() {
        return sugars >= 0;
    }

    /** Whether any nutrient is recorded as unknown ({@code -1}). */
    public boolean hasMissingValues() {
        return sugars < 0 || potassium < 0 || carbo < 0;
    }

    /** Hot cereals ({@code H}) are cooked; cold ones ({@code C}) go straight into the bowl. */
    public boolean isHot() {
        return "H".equals(type);
    }
}
