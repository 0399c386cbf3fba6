package dev.assetstudio.engine.model;

import dev.assetstudio.api.MetadataValue;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Reads metadata values back from history as {@link MetadataValue}s, so the CLI and the studio show
 * each one the same way: a {@code MetadataValue} as its kind (history keeps the kind with the value),
 * a plain number as a number, a boolean as a boolean, a map or list as JSON, anything else as text.
 *
 * <pre>{@code
 * Materialization m = project.history().latestMaterialization(AssetKey.of("bigOrders")).orElseThrow();
 * MetadataValue preview = MetadataValues.read(m.metadata().get("preview"));
 * preview.kind();          // TABLE
 * preview.tableRows();     // the rows
 * }</pre>
 */
public final class MetadataValues {
    /** The field holding a stored {@code MetadataValue}'s kind. */
    public static final String KIND_FIELD = "@kind";
    /** The field holding a stored {@code MetadataValue}'s plain data. */
    public static final String VALUE_FIELD = "value";

    private MetadataValues() {}

    /** The value as shown; {@code null} is text {@code "null"}. */
    public static MetadataValue read(Object stored) {
        if (stored instanceof MetadataValue m) {
            return m;
        }
        if (stored instanceof Map<?, ?> map
                && map.size() == 2
                && map.get(KIND_FIELD) instanceof String kind
                && map.containsKey(VALUE_FIELD)) {
            try {
                return MetadataValue.of(
                        MetadataValue.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), map.get(VALUE_FIELD));
            } catch (IllegalArgumentException unknownKind) {
                return MetadataValue.json(stored);
            }
        }
        if (stored instanceof Number n) {
            return MetadataValue.number(n);
        }
        if (stored instanceof Boolean b) {
            return MetadataValue.bool(b);
        }
        if (stored instanceof Map<?, ?> || stored instanceof Collection<?>) {
            return MetadataValue.json(stored);
        }
        return MetadataValue.text(String.valueOf(stored));
    }

    /** One line for a table cell or a terminal: tables and JSON summarized, the rest as written. */
    public static String oneLine(Object stored) {
        MetadataValue v = read(stored);
        String text =
                switch (v.kind()) {
                    case TABLE -> v.tableColumns().size() + " columns x "
                            + v.tableRows().size() + " rows";
                    case TABLE_SCHEMA -> "schema of " + (v.value() instanceof Collection<?> c ? c.size() : 0)
                            + " columns";
                    case JSON -> String.valueOf(v.value());
                    default -> String.valueOf(v.value());
                };
        String flat = text.replace('\n', ' ');
        return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
    }
}
