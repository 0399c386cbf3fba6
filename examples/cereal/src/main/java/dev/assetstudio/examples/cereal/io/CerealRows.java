package dev.assetstudio.examples.cereal.io;

import dev.assetstudio.examples.cereal.model.Cereal;
import java.util.List;
import java.util.Map;

/** Converts between {@link Cereal} records and CSV rows with the data set's column names. */
public final class CerealRows {
    /** The columns of the data set, in file order. */
    public static final List<String> COLUMNS = List.of(
            "name",
            "mfr",
            "type",
            "calories",
            "protein",
            "fat",
            "sodium",
            "fiber",
            "carbo",
            "sugars",
            "potass",
            "vitamins",
            "shelf",
            "weight",
            "cups",
            "rating");

    private CerealRows() {}

    /** Parses one row; a missing column or a malformed number is an error naming the cereal. */
    public static Cereal fromRow(Map<String, String> row) {
        String name = field(row, "name", "?");
        try {
            return new Cereal(
                    name,
                    field(row, "mfr", name),
                    field(row, "type", name),
                    integer(row, "calories", name),
                    integer(row, "protein", name),
                    integer(row, "fat", name),
                    integer(row, "sodium", name),
                    decimal(row, "fiber", name),
                    decimal(row, "carbo", name),
                    integer(row, "sugars", name),
                    integer(row, "potass", name),
                    integer(row, "vitamins", name),
                    integer(row, "shelf", name),
                    decimal(row, "weight", name),
                    decimal(row, "cups", name),
                    decimal(row, "rating", name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cereal '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The row of {@code c}, in {@link #COLUMNS} order; numbers round-trip exactly. */
    public static List<String> toRow(Cereal c) {
        return List.of(
                c.name(),
                c.manufacturer(),
                c.type(),
                Integer.toString(c.calories()),
                Integer.toString(c.protein()),
                Integer.toString(c.fat()),
                Integer.toString(c.sodium()),
                Double.toString(c.fiber()),
                Double.toString(c.carbo()),
                Integer.toString(c.sugars()),
                Integer.toString(c.potassium()),
                Integer.toString(c.vitamins()),
                Integer.toString(c.shelf()),
                Double.toString(c.weight()),
                Double.toString(c.cups()),
                Double.toString(c.rating()));
    }

    private static String field(Map<String, String> row, String column, String cereal) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("cereal '" + cereal + "' has no column '" + column + "'");
        }
        return value.trim();
    }

    private static int integer(Map<String, String> row, String column, String cereal) {
        return Integer.parseInt(field(row, column, cereal));
    }

    private static double decimal(Map<String, String> row, String column, String cereal) {
        return Double.parseDouble(field(row, column, cereal));
    }
}
