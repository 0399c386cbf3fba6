package dev.assetstudio.app.launchpad;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetstudio.engine.config.ConfigField;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the launchpad's form: what the user typed (or ticked, or chose) and what is wrong
 * with it. {@link #parse()} turns the input into the value the config map gets.
 */
public final class FieldModel {
    static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigField field;
    private final FieldKind kind;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final List<String> choices;
    private Object defaultValue;

    public FieldModel(ConfigField field) {
        this.field = Objects.requireNonNull(field, "field");
        this.kind = FieldKind.of(field.type());
        this.choices = kind == FieldKind.CHOICE
                ? Arrays.stream(field.type().getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .toList()
                : List.of();
    }

    public ConfigField field() {
        return field;
    }

    public String name() {
        return field.name();
    }

    public FieldKind kind() {
        return kind;
    }

    /**
     * The value the config record's no-arg constructor gives this field, or {@code null} for none. An empty input
     * then means the default, as for a run without config.
     */
    public Object defaultValue() {
        return defaultValue;
    }

    void setDefaultValue(Object value) {
        defaultValue = value;
    }

    /** The default as the form shows it, e.g. {@code default: 6}; empty when the field has no default. */
    public Optional<String> defaultHint() {
        if (defaultValue == null) {
            return Optional.empty();
        }
        String shown;
        try {
            shown = kind == FieldKind.JSON || kind == FieldKind.TEXT
                    ? JSON.writeValueAsString(defaultValue)
                    : String.valueOf(defaultValue);
        } catch (JsonProcessingException e) {
            shown = String.valueOf(defaultValue);
        }
        return Optional.of("default: " + shown);
    }

    /** The input of every kind but {@link FieldKind#BOOLEAN} (for a choice: the constant's name). */
    public StringProperty textProperty() {
        return text;
    }

    /** The input of a {@link FieldKind#BOOLEAN} field. */
    public BooleanProperty checkedProperty() {
        return checked;
    }

    /** The enum constants' names of a {@link FieldKind#CHOICE} field. */
    public List<String> choices() {
        return choices;
    }

    /** What is wrong with the input, or {@code ""}. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String value) {
        problem.set(value == null ? "" : value);
    }

    /** Fills the input from a config value (remembered, or read from JSON). */
    public void setValue(Object value) {
        if (kind == FieldKind.BOOLEAN) {
            checked.set(Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)));
        } else if (value == null) {
            text.set("");
        } else if (kind == FieldKind.JSON) {
            try {
                text.set(JSON.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                text.set(String.valueOf(value));
            }
        } else {
            text.set(String.valueOf(value));
        }
    }

    /**
     * The config value of the input, or empty with {@link #problemProperty()} saying why (e.g.
     * {@code expects a whole number, got "abc"}).
     */
    public Optional<Object> parse() {
        String raw = text.get() == null ? "" : text.get().strip();
        if (raw.isEmpty() && defaultValue != null && kind != FieldKind.BOOLEAN && kind != FieldKind.TEXT) {
            setProblem("");
            return Optional.of(defaultValue); // left empty: the record's default, as a run without config
        }
        try {
            Object value =
                    switch (kind) {
                        case BOOLEAN -> checked.get();
                        case TEXT -> text.get() == null ? "" : text.get();
                        case INTEGER -> integer(raw);
                        case DECIMAL -> decimal(raw);
                        case CHOICE -> choice(raw);
                        case JSON -> json(raw);
                    };
            setProblem("");
            return Optional.of(value);
        } catch (IllegalArgumentException e) {
            setProblem(e.getMessage());
            return Optional.empty();
        }
    }

    private Object integer(String raw) {
        required(raw);
        try {
            if (field.type() == BigInteger.class) {
                return new BigInteger(raw);
            }
            long value = Long.parseLong(raw);
            boolean small = field.type() != long.class && field.type() != Long.class;
            if (small && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                throw new IllegalArgumentException("is too large for " + field.typeName());
            }
            return small ? (Object) (int) value : (Object) value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expects a whole number, got \"" + raw + "\"");
        }
    }

    private Object decimal(String raw) {
        required(raw);
        try {
            return field.type() == BigDecimal.class ? new BigDecimal(raw) : Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expects a number, got \"" + raw + "\"");
        }
    }

    private Object choice(String raw) {
        required(raw);
        if (!choices.contains(raw)) {
            throw new IllegalArgumentException("expects one of " + String.join(", ", choices));
        }
        return raw;
    }

    private Object json(String raw) {
        required(raw);
        try {
            return JSON.readValue(raw, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void required(String raw) {
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("is required");
        }
    }
}
