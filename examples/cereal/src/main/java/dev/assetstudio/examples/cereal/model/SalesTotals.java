package dev.assetstudio.examples.cereal.model;

import java.io.Serializable;
import java.time.LocalDate;

/** Sales summed over every materialized day. */
public record SalesTotals(int days, int units, double revenue, LocalDate bestDay) implements Serializable {

    private static final long serialVersionUID = 1L;
}
