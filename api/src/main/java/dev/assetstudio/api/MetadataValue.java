package dev.assetstudio.api;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A metadata value that says how it is shown, as Dagster's {@code MetadataValue}: a table, markdown,
 * a URL, a path, JSON, a table schema, text, a number, a boolean or a timestamp. Put it in {@link
 * Output#withMetadata}, {@link AssetContext#addOutputMetadata} or {@link
 * AssetCheckResult#withMetadata}; a plain number is still plotted and a plain string is text.
 *
 * <pre>{@code
 * Output.of(big)
 *     .withMetadata("preview", MetadataValue.table(List.of("id", "total"), rows))
 *     .withMetadata("summary", MetadataValue.markdown("**" + big.size() + "** big orders"))
 *     .withMetadata("dashboard", MetadataValue.url("https://example.com/orders"))
 *     .withMetadata("export", MetadataValue.path(Path.of("reports/big.csv")))
 *     .withMetadata("schema", MetadataValue.tableSchema(TableColumn.of("id", "string")))
 *     .withMetadata("raw", MetadataValue.json(Map.of("threshold", 100)));
 * }</pre>
 *
 * <p>{@link #value()} is plain data the history keeps as JSON: a string for text, markdown, URL and
 * path; a {@code Number}; a {@code Boolean}; an ISO-8601 string for a timestamp; for a table a map
 * with {@code columns} (names) and {@code rows} (lists of cells); for a table schema a list of maps
 * with {@code name}, {@code type} and {@code description}; for JSON the maps, lists, strings,
 * numbers and booleans given. Immutable.
 */
public final class MetadataValue {
    /** How a value is shown. */
    public enum Kind {
        TEXT,
        MARKDOWN,
        URL,
        PATH,
        JSON,
        TABLE,
        TABLE_SCHEMA,
        NUMBER,
        BOOL,
        TIMESTAMP
    }

    private final Kind kind;
    private final Object value;

    private MetadataValue(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    /** Rebuilds a value of {@code kind} from the plain data {@link #value()} gave; for readers of history. */
    public static MetadataValue of(Kind kind, Object value) {
        return new MetadataValue(Objects.requireNonNull(kind, "kind"), value);
    }

    /** Plain text. */
    public static MetadataValue text(String text) {
        return new MetadataValue(Kind.TEXT, Objects.requireNonNull(text, "text"));
    }

    /** Markdown, rendered where it is shown. */
    public static MetadataValue markdown(String markdown) {
        return new MetadataValue(Kind.MARKDOWN, Objects.requireNonNull(markdown, "markdown"));
    }

    /** A link, opened in the browser. */
    public static MetadataValue url(String url) {
        return new MetadataValue(Kind.URL, Objects.requireNonNull(url, "url"));
    }

    /** A file or folder, which the studio can reveal. */
    public static MetadataValue path(Path path) {
        return new MetadataValue(Kind.PATH, Objects.requireNonNull(path, "path").toString());
    }

    /** A file or folder, written as a string. */
    public static MetadataValue path(String path) {
        return new MetadataValue(Kind.PATH, Objects.requireNonNull(path, "path"));
    }

    /** JSON: maps, lists, strings, numbers, booleans and nulls, shown as a tree. */
    public static MetadataValue json(Object json) {
        return new MetadataValue(Kind.JSON, json);
    }

    /** A number, plotted over materializations like a plain one. */
    public static MetadataValue number(Number number) {
        return new MetadataValue(Kind.NUMBER, Objects.requireNonNull(number, "number"));
    }

    /** A boolean. */
    public static MetadataValue bool(boolean value) {
        return new MetadataValue(Kind.BOOL, value);
    }

    /** A point in time, kept as ISO-8601. */
    public static MetadataValue timestamp(Instant instant) {
        return new MetadataValue(
                Kind.TIMESTAMP, Objects.requireNonNull(instant, "instant").toString());
    }

    /**
     * A table: column names and rows. A row is a {@code List} (or array) of cells in column order, or
     * a {@code Map} from column name to cell; cells are kept as plain data (numbers, booleans, strings,
     * else their {@code toString()}).
     *
     * @throws IllegalArgumentException naming the row whose length does not match the columns, or a
     *     row that is neither a list, an array nor a map
     */
    public static MetadataValue table(List<String> columns, List<?> rows) {
        List<String> names = List.copyOf(Objects.requireNonNull(columns, "columns"));
        List<List<Object>> cells = new ArrayList<>();
        int index = 0;
        for (Object row : Objects.requireNonNull(rows, "rows")) {
            List<Object> line = new ArrayList<>();
            if (row instanceof Map<?, ?> map) {
                for (String name : names) {
                    line.add(cell(map.get(name)));
                }
            } else if (row instanceof List<?> || row instanceof Object[]) {
                List<?> list = row instanceof List<?> l ? l : List.of((Object[]) row);
                if (list.size() != names.size()) {
                    throw new IllegalArgumentException("table row " + index + " has " + list.size()
                            + " cells but there are " + names.size() + " columns " + names);
                }
                list.forEach(c -> line.add(cell(c)));
            } else {
                throw new IllegalArgumentException("table row " + index + " is a "
                        + (row == null ? "null" : row.getClass().getName()) + "; give a List, an array or a Map");
            }
            cells.add(Collections.unmodifiableList(line));
            index++;
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("columns", names);
        table.put("rows", List.copyOf(cells));
        return new MetadataValue(Kind.TABLE, Collections.unmodifiableMap(table));
    }

    /** The columns of a table, with their types. */
    public static MetadataValue tableSchema(TableColumn... columns) {
        List<Object> list = new ArrayList<>();
        for (TableColumn c : columns) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", c.name());
            column.put("type", c.type());
            column.put("description", c.description());
            list.add(Collections.unmodifiableMap(column));
        }
        return new MetadataValue(Kind.TABLE_SCHEMA, List.copyOf(list));
    }

    private static Object cell(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean || value instanceof String
                ? value
                : value.toString();
    }

    /** How it is shown. */
    public Kind kind() {
        return kind;
    }

    /** The plain data (see the class comment). */
    public Object value() {
        return value;
    }

    /** For a table, its column names; empty otherwise. */
    @SuppressWarnings("unchecked")
    public List<String> tableColumns() {
        return kind == Kind.TABLE && value instanceof Map<?, ?> m ? (List<String>) m.get("columns") : List.of();
    }

    /** For a table, its rows of cells; empty otherwise. */
    @SuppressWarnings("unchecked")
    public List<List<Object>> tableRows() {
        return kind == Kind.TABLE && value instanceof Map<?, ?> m ? (List<List<Object>>) m.get("rows") : List.of();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetadataValue m && kind == m.kind && Objects.equals(value, m.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    /** A short form: the text, number or URL itself; for tables and JSON a summary. */
    @Override
    public String toString() {
        return switch (kind) {
            case TABLE -> "table " + tableColumns() + " (" + tableRows().size() + " rows)";
            case TABLE_SCHEMA -> "schema " + value;
            default -> String.valueOf(value);
        };
    }
}
