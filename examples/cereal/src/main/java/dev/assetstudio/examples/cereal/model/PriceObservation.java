package dev.assetstudio.examples.cereal.model;

import java.io.Serializable;
import java.time.LocalDate;

/** The shelf price of one cereal in one store on one day, and how many boxes were sold. */
public record PriceObservation(LocalDate date, String cereal, String store, double price, int units)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Price times units sold. */
    public double revenue() {
        return price * units;
    }
}
