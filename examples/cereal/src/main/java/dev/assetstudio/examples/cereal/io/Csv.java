package dev.assetstudio.examples.cereal.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal RFC 4180 CSV reader and writer: a header line, comma separated fields, fields with a
 * comma, quote or line break wrapped in double quotes (a quote inside is doubled). Enough for the
 * bundled data, with no library to ship in the asset jar.
 */
public final class Csv {
    private Csv() {}

    /** Reads a CSV with a header line into one ordered {@code column -> value} map per row. */
    public static List<Map<String, String>> read(Reader in) throws IOException {
        List<List<String>> records = parse(new BufferedReader(in));
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue; // blank line
            }
            if (fields.size() != header.size()) {
                throw new IOException(
                        "CSV line " + (i + 1) + " has " + fields.size() + " fields, the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), fields.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Writes {@code header} and then {@code rows}, quoting fields where needed. */
    public static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        writeLine(out, header);
        for (List<String> row : rows) {
            writeLine(out, row);
        }
        out.flush();
    }

    /** One field as written in a CSV file. */
    public static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static void writeLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    private static List<List<String>> parse(BufferedReader in) {
        try {
            List<List<String>> records = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int ch;
            while ((ch = in.read()) != -1) {
                any = true;
                char c = (char) ch;
                if (quoted) {
                    if (c == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    fields.add(field.toString());
                    field.setLength(0);
                    records.add(fields);
                    fields = new ArrayList<>();
                    any = false;
                } else {
                    field.append(c);
                }
            }
            if (any) {
                fields.add(field.toString());
                records.add(fields);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
