package dev.assetstudio.examples.cereal.model;

import java.io.Serializable;

/** How one cereal's average shelf price moved over the observed days. */
public record PriceTrend(String cereal, int days, double firstPrice, double lastPrice, double minPrice, double maxPrice)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Change from the first to the last day, in percent. */
    public double changePercent() {
        return firstPrice == 0 ? 0 : (lastPrice - firstPrice) / firstPrice * 100;
    }
}
