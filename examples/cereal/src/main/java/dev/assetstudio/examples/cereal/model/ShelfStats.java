package dev.assetstudio.examples.cereal.model;

import java.io.Serializable;

/** What sits on one store shelf (1 = floor, 2 = children's eye level, 3 = top). */
public record ShelfStats(int shelf, int cereals, double avgSugars, double avgRating) implements Serializable {

    private static final long serialVersionUID = 1L;
}
