package dev.assetstudio.api;

import java.util.Objects;

/**
 * One column of a table schema ({@link MetadataValue#tableSchema}), as Dagster's {@code TableColumn}.
 *
 * <pre>{@code
 * MetadataValue.tableSchema(TableColumn.of("id", "string"), TableColumn.of("total", "decimal")
 *         .withDescription("in euros"));
 * }</pre>
 */
public final class TableColumn {
    private final String name;
    private final String type;
    private final String description;

    private TableColumn(String name, String type, String description) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a table column needs a name");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, () -> "type of column " + name);
        this.description = Objects.requireNonNull(description, () -> "description of column " + name);
    }

    /** A column with a name and a type name ({@code string}, {@code int}, {@code decimal}…). */
    public static TableColumn of(String name, String type) {
        return new TableColumn(name, type, "");
    }

    /** A copy with a description. */
    public TableColumn withDescription(String description) {
        return new TableColumn(name, type, description);
    }

    /** The column's name. */
    public String name() {
        return name;
    }

    /** The column's type name. */
    public String type() {
        return type;
    }

    /** The description, or {@code ""}. */
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableColumn c
                && name.equals(c.name)
                && type.equals(c.type)
                && description.equals(c.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, description);
    }

    @Override
    public String toString() {
        return name + ": " + type;
    }
}
