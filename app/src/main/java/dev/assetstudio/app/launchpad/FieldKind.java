package dev.assetstudio.app.launchpad;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/** How the launchpad edits a config field, by its Java type. */
public enum FieldKind {
    /** {@code int}, {@code long}, {@code short}, {@code byte} and boxes, {@code BigInteger}: a numeric field. */
    INTEGER,
    /** {@code double}, {@code float} and boxes, {@code BigDecimal}: a numeric field. */
    DECIMAL,
    /** {@code boolean}: a check box. */
    BOOLEAN,
    /** {@code String}, {@code char}: a text field. */
    TEXT,
    /** An enum: a choice of its constants. */
    CHOICE,
    /** Anything else (lists, maps, records): JSON text. */
    JSON;

    private static final Set<Class<?>> INTEGERS = Set.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            short.class,
            Short.class,
            byte.class,
            Byte.class,
            BigInteger.class);
    private static final Set<Class<?>> DECIMALS =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    /** The kind for a field of {@code type}. */
    public static FieldKind of(Class<?> type) {
        if (INTEGERS.contains(type)) {
            return INTEGER;
        }
        if (DECIMALS.contains(type)) {
            return DECIMAL;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == String.class || type == char.class || type == Character.class || CharSequence.class == type) {
            return TEXT;
        }
        if (type.isEnum()) {
            return CHOICE;
        }
        return JSON;
    }
}
