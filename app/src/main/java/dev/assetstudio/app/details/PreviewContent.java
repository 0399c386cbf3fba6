package dev.assetstudio.app.details;

import java.util.List;

/** What the Preview tab shows for a value: a table, text, or a message saying why there is none. */
public sealed interface PreviewContent {

    /**
     * Rows and columns, cut to at most {@link ValueRenderer#MAX_ROWS} rows.
     *
     * @param totalRows how many rows the value has in all
     * @param typeName the value's type in words, e.g. {@code List<Cereal>}
     */
    record Table(List<String> columns, List<List<String>> rows, long totalRows, String typeName)
            implements PreviewContent {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        public boolean truncated() {
            return rows.size() < totalRows;
        }
    }

    /**
     * Text (a string, or JSON of an object), cut to at most {@link ValueRenderer#MAX_CHARS}.
     *
     * @param totalChars the length of the whole text
     */
    record Text(String text, long totalChars, String typeName) implements PreviewContent {
        public boolean truncated() {
            return text.length() < totalChars;
        }
    }

    /** No value to show, and why. */
    record Message(String title, String detail, boolean error) implements PreviewContent {}
}
