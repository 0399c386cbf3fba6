package dev.assetstudio.examples.cereal.model;

import java.io.Serializable;

/** Averages over one manufacturer's cereals. */
public record ManufacturerStats(
        String code, String name, int cereals, double avgCalories, double avgSugars, double avgRating, String bestRated)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
