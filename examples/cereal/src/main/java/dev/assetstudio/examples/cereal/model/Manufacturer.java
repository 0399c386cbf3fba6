package dev.assetstudio.examples.cereal.model;

import java.util.Arrays;

/** The manufacturers of the cereal data set and their one-letter codes. */
public enum Manufacturer {
    AMERICAN_HOME_FOOD_PRODUCTS("A", "American Home Food Products"),
    GENERAL_MILLS("G", "General Mills"),
    KELLOGGS("K", "Kellogg's"),
    NABISCO("N", "Nabisco"),
    POST("P", "Post"),
    QUAKER_OATS("Q", "Quaker Oats"),
    RALSTON_PURINA("R", "Ralston Purina");

    private final String code;
    private final String displayName;

    Manufacturer(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The one-letter code used in the {@code mfr} column. */
    public String code() {
        return code;
    }

    /** The name as printed on the box. */
    public String displayName() {
        return displayName;
    }

    /** The manufacturer with the given code; an unknown code is an error naming it. */
    public static Manufacturer fromCode(String code) {
        return Arrays.stream(values())
                .filter(m -> m.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown manufacturer code '" + code + "'"));
    }
}
