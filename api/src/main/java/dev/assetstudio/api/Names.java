package dev.assetstudio.api;

/** Checks of the names and texts given to the automation types, with messages naming the field. */
final class Names {
    private Names() {}

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " may not be blank");
        }
        return value.strip();
    }
}
