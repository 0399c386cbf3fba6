package dev.assetstudio.examples.cereal.model;

import java.io.Serializable;
import java.time.LocalDate;

/** One day of sales over all stores. */
public record DailySales(LocalDate date, int units, double revenue, String bestSeller) implements Serializable {

    private static final long serialVersionUID = 1L;
}
