package io.github.eduroadmap.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in a roadmap: the rule's code, its severity, where it is and what it is, in the report's
 * language, with the arguments of the message.
 *
 * <pre>
 * /sections/0/activities/6/number [numbering.gap] WARNING: после № 5 идёт № 7, № 6 отсутствует
 * </pre>
 *
 * <p>Programs key their behaviour on {@link #code()}, never on {@link #message()}, whose words depend on the locale.
 *
 * @param code the stable code of the rule, e.g. {@code numbering.gap}
 * @param severity how bad it is
 * @param pointer where it is, a JSON Pointer into the serialized document
 * @param message what it is, in the report's language
 * @param arguments the values the message speaks of, by name, in the order the rule gave them: texts, numbers,
 *     dates, booleans or lists of these
 */
public record Violation(String code, Severity severity, Pointer pointer, String message, Map<String, Object> arguments)
        implements Comparable<Violation> {

    /**
     * Checks the parts and copies the arguments, keeping their order.
     *
     * @throws NullPointerException if a part, argument name or argument value is null
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Map<String, Object> copy = new LinkedHashMap<>();
        arguments.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "value")));
        arguments = Collections.unmodifiableMap(copy);
    }

    /** Orders violations by location, then code, then message. */
    @Override
    public int compareTo(Violation other) {
        int c = pointer.compareTo(other.pointer);
        if (c == 0) {
            c = code.compareTo(other.code);
        }
        return c == 0 ? message.compareTo(other.message) : c;
    }

    /**
     * Returns the violation as one line of text.
     *
     * @return {@code <pointer> [<code>] <SEVERITY>: <message>}
     */
    @Override
    public String toString() {
        return (pointer.toString().isEmpty() ? "/" : pointer.toString()) + " [" + code + "] " + severity + ": "
                + message;
    }
}
