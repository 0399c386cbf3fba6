package dev.assetstudio.engine.preview;

import java.util.List;

/**
 * A stored value made fit to show, bounded in size ({@link ValuePreviews}): a table, a text, or
 * the note that the value is {@code null}. Plain data, so a worker process can send it.
 *
 * @param kind what it is
 * @param columns the table's columns (tables only)
 * @param rows the table's rows, at most {@link ValuePreviews#MAX_ROWS}
 * @param total the table's rows in all, or the text's length in all
 * @param typeName the value's type in words, e.g. {@code List<Cereal>}
 * @param text the text, at most {@link ValuePreviews#MAX_CHARS} characters (texts only)
 */
public record ValuePreview(
        Kind kind, List<String> columns, List<List<String>> rows, long total, String typeName, String text) {
    /** A table, a text, or a null value. */
    public enum Kind {
        TABLE,
        TEXT,
        NULL
    }

    public ValuePreview {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        typeName = typeName == null ? "" : typeName;
        text = text == null ? "" : text;
    }

    static ValuePreview table(List<String> columns, List<List<String>> rows, long total, String typeName) {
        return new ValuePreview(Kind.TABLE, columns, rows, total, typeName, "");
    }

    static ValuePreview text(String text, long total, String typeName) {
        return new ValuePreview(Kind.TEXT, List.of(), List.of(), total, typeName, text);
    }

    static ValuePreview nullValue() {
        return new ValuePreview(Kind.NULL, List.of(), List.of(), 0, "", "");
    }
}
