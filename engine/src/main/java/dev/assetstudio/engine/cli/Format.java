package dev.assetstudio.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Text formats shared by the commands: times, metadata, aligned tables, JSON (durations: {@code text.Durations}). */
final class Format {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Format() {}

    /** Local time, to the second; {@code -} for none. */
    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** {@code num_rows=26 avg_sugar=10.2} — compact JSON for nested values. */
    static String metadata(Map<String, Object> metadata) {
        return metadata.entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            // six significant digits, never in exponent form: 42.6727, 12345.7, 0.000123457
            return new java.math.BigDecimal(d)
                    .round(new java.math.MathContext(6))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (v instanceof Map<?, ?> m && m.containsKey(dev.assetstudio.engine.model.MetadataValues.KIND_FIELD)) {
            // a MetadataValue: shown as its kind says (a table as its size, markdown as its text)
            String s = dev.assetstudio.engine.model.MetadataValues.oneLine(v);
            return s.contains(" ") ? '"' + s + '"' : s;
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            try {
                return new ObjectMapper().writeValueAsString(v);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return String.valueOf(v);
            }
        }
        String s = String.valueOf(v);
        return s.contains(" ") ? '"' + s + '"' : s;
    }

    /** The first line of {@code text}. */
    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).stripTrailing();
    }

    /** A table with a header row, columns padded to their widest cell, the last one not padded. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();
        private final int columns;

        Table(String... header) {
            this.columns = header.length;
            rows.add(header);
        }

        Table row(Object... cells) {
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
            }
            rows.add(row);
            return this;
        }

        boolean isEmpty() {
            return rows.size() == 1;
        }

        String render() {
            int[] widths = new int[columns];
            for (String[] row : rows) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
                }
            }
            StringBuilder sb = new StringBuilder();
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    line.append(row[i]);
                    if (i < columns - 1) {
                        line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                    }
                }
                sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
            }
            return sb.toString();
        }
    }

    /** Status marks: Unicode where the terminal takes it, ASCII otherwise. */
    record Symbols(String ok, String failed, String skipped, String notMaterialized, String canceled, String dot) {
        static final Symbols UNICODE = new Symbols("✓", "✗", "↷", "○", "■", "·");
        static final Symbols ASCII = new Symbols("ok", "FAILED", "skip", "--", "canceled", "-");

        static Symbols of(boolean unicode) {
            return unicode ? UNICODE : ASCII;
        }
    }
}
