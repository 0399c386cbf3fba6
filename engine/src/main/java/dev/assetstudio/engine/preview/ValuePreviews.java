package dev.assetstudio.engine.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a stored asset value into a {@link ValuePreview}, wherever the value lives (the studio's
 * process for an in-process project, the worker for the others): a list of records or beans becomes a
 * table with a column per component or getter, a list of maps a table with the union of their
 * keys, a list of scalars one column, a map a key/value table, an array like a list; a string is
 * shown as is, anything else as pretty-printed JSON (or {@code toString()} if Jackson cannot write
 * it). Big values are cut: at most {@value #MAX_ROWS} rows or {@value #MAX_CHARS} characters.
 *
 * <pre>{@code
 * ValuePreviews.render(List.of(new Cereal("Apple Jacks", "K", ...)));  // table [name, manufacturer, ...]
 * }</pre>
 */
public final class ValuePreviews {
    public static final int MAX_ROWS = 1_000;
    public static final int MAX_CHARS = 100_000;
    private static final int MAX_CELL = 300;
    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ValuePreviews() {}

    /** The preview of {@code value}. */
    public static ValuePreview render(Object value) {
        if (value == null) {
            return ValuePreview.nullValue();
        }
        if (value instanceof CharSequence text) {
            return text(text.toString(), "String");
        }
        if (value.getClass().isArray()) {
            return list(arrayAsList(value), value.getClass().getComponentType().getSimpleName() + "[]");
        }
        if (value instanceof Collection<?> collection) {
            // The interface reads better than the implementation (List, not ImmutableCollections.List12).
            String name = value instanceof List<?> ? "List" : value instanceof java.util.Set<?> ? "Set" : "Collection";
            return list(new ArrayList<>(collection), name);
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (isScalar(value)) {
            return text(String.valueOf(value), value.getClass().getSimpleName());
        }
        return text(json(value), value.getClass().getSimpleName());
    }

    private static ValuePreview list(List<?> items, String containerName) {
        String element = elementName(items);
        String typeName = containerName + (element.isEmpty() ? "" : "<" + element + ">");
        List<?> shown = items.subList(0, Math.min(items.size(), MAX_ROWS));
        if (!shown.isEmpty() && shown.stream().allMatch(i -> i instanceof Map<?, ?>)) {
            Set<String> columns = new LinkedHashSet<>();
            shown.forEach(i -> ((Map<?, ?>) i).keySet().forEach(k -> columns.add(String.valueOf(k))));
            List<List<String>> rows = new ArrayList<>();
            for (Object item : shown) {
                Map<String, Object> byName = new LinkedHashMap<>();
                ((Map<?, ?>) item).forEach((k, v) -> byName.put(String.valueOf(k), v));
                rows.add(columns.stream().map(c -> cell(byName.get(c))).toList());
            }
            return ValuePreview.table(List.copyOf(columns), rows, items.size(), typeName);
        }
        Object first = shown.stream().filter(i -> i != null).findFirst().orElse(null);
        if (first != null
                && !isScalar(first)
                && shown.stream().allMatch(i -> i == null || i.getClass() == first.getClass())) {
            List<Column> columns = columnsOf(first.getClass());
            if (!columns.isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Object item : shown) {
                    rows.add(columns.stream().map(c -> cell(c.read(item))).toList());
                }
                return ValuePreview.table(columns.stream().map(Column::name).toList(), rows, items.size(), typeName);
            }
        }
        List<List<String>> rows = shown.stream().map(i -> List.of(cell(i))).toList();
        return ValuePreview.table(List.of("value"), rows, items.size(), typeName);
    }

    private static ValuePreview map(Map<?, ?> map) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (rows.size() == MAX_ROWS) {
                break;
            }
            rows.add(List.of(cell(e.getKey()), cell(e.getValue())));
        }
        return ValuePreview.table(
                List.of("key", "value"), rows, map.size(), map.getClass().getSimpleName());
    }

    private static ValuePreview text(String text, String typeName) {
        String shown = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return ValuePreview.text(shown, text.length(), typeName);
    }

    /** A column of a record or bean table: a name and how to read it. */
    private record Column(String name, Method accessor) {
        Object read(Object item) {
            if (item == null) {
                return null;
            }
            try {
                return accessor.invoke(item);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return "⚠ " + e.getClass().getSimpleName();
            }
        }
    }

    private static List<Column> columnsOf(Class<?> type) {
        List<Column> columns = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                trySetAccessible(accessor);
                columns.add(new Column(c.getName(), accessor));
            }
            return columns;
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0
                    || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName();
            if (name.startsWith("get") && name.length() > 3) {
                columns.add(new Column(decapitalize(name.substring(3)), m));
            } else if (name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class) {
                columns.add(new Column(decapitalize(name.substring(2)), m));
            }
        }
        columns.sort(java.util.Comparator.comparing(Column::name));
        return columns;
    }

    private static void trySetAccessible(Method method) {
        try {
            method.setAccessible(true);
        } catch (RuntimeException e) {
            // a public record of a public class needs no access override
        }
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value.getClass().isArray()) {
            text = arrayAsList(value).toString();
        } else {
            text = String.valueOf(value);
        }
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
    }

    private static boolean isScalar(Object value) {
        return value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof Enum<?>
                || value instanceof java.time.temporal.Temporal
                || value instanceof java.util.Date
                || value instanceof java.util.UUID;
    }

    private static String elementName(List<?> items) {
        return items.stream()
                .filter(i -> i != null)
                .findFirst()
                .map(i -> i.getClass().getSimpleName())
                .orElse("");
    }

    private static List<Object> arrayAsList(Object array) {
        int length = Array.getLength(array);
        List<Object> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            list.add(Array.get(array, i));
        }
        return list;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception | StackOverflowError e) {
            return String.valueOf(value);
        }
    }
}
