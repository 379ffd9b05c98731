package io.github.eduroadmap.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value in an extension map: data a portal keeps beside a roadmap that the model has no field for, and the
 * unknown fields a lenient reader keeps instead of dropping them. A JSON value: text, number, boolean, null, list or
 * map, immutable all the way down.
 */
public sealed interface ExtensionValue
        permits ExtensionValue.Text,
                ExtensionValue.Number,
                ExtensionValue.Bool,
                ExtensionValue.Null,
                ExtensionValue.ListValue,
                ExtensionValue.MapValue {

    /**
     * Returns a text value.
     *
     * @param value the text
     * @return the value
     */
    static ExtensionValue of(String value) {
        return new Text(value);
    }

    /**
     * Returns a number value.
     *
     * @param value the number
     * @return the value
     */
    static ExtensionValue of(BigDecimal value) {
        return new Number(value);
    }

    /**
     * Returns a boolean value.
     *
     * @param value the boolean
     * @return the value
     */
    static ExtensionValue of(boolean value) {
        return new Bool(value);
    }

    /**
     * A text.
     *
     * @param value the text
     */
    record Text(String value) implements ExtensionValue {
        /**
         * Checks the value.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A number, kept exactly as written: {@code 1.0} and {@code 1.00} are different values.
     *
     * @param value the number
     */
    record Number(BigDecimal value) implements ExtensionValue {
        /**
         * Checks the value.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A boolean.
     *
     * @param value the boolean
     */
    record Bool(boolean value) implements ExtensionValue {}

    /** The null value. */
    record Null() implements ExtensionValue {}

    /**
     * A list of values.
     *
     * @param values the values in order
     */
    record ListValue(List<ExtensionValue> values) implements ExtensionValue {
        /**
         * Copies the values.
         *
         * @throws NullPointerException if a value is null
         */
        public ListValue {
            values = List.copyOf(values);
        }
    }

    /**
     * A map of named values, in the order given.
     *
     * @param values the values by name
     */
    record MapValue(Map<String, ExtensionValue> values) implements ExtensionValue {
        /**
         * Copies the values, keeping their order.
         *
         * @throws NullPointerException if a name or value is null
         */
        public MapValue {
            Map<String, ExtensionValue> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "value")));
            values = java.util.Collections.unmodifiableMap(copy);
        }
    }
}
