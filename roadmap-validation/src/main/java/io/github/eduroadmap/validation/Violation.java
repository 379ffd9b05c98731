package io.github.eduroadmap.validation;

import io.github.eduroadmap.validation.internal.Args;
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
 * monitoring#/reports/4/submitted [reporting.late] WARNING: ...
 * </pre>
 *
 * <p>The pointer points into the {@link #document() document} named: the roadmap, or the monitoring document checked
 * with it.
 *
 * <p>Programs key their behaviour on {@link #code()}, never on {@link #message()}, whose words depend on the locale.
 *
 * @param code the stable code of the rule, e.g. {@code numbering.gap}
 * @param severity how bad it is
 * @param document the document the pointer points into
 * @param pointer where it is, a JSON Pointer into the serialized document
 * @param message what it is, in the report's language
 * @param arguments the values the message speaks of, by name, in the order the rule gave them: texts, numbers,
 *     dates, booleans or lists of these
 */
public record Violation(
        String code,
        Severity severity,
        Document document,
        Pointer pointer,
        String message,
        Map<String, Object> arguments)
        implements Comparable<Violation> {

    /**
     * Checks the parts and copies the arguments, keeping their order.
     *
     * @throws NullPointerException if a part, argument name or argument value is null
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (!Args.isChecked(arguments)) {
            // arguments made by Args are immutable and were checked when made: only others are copied
            Map<String, Object> copy = new LinkedHashMap<>();
            arguments.forEach(
                    (k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "value")));
            arguments = Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Creates a violation in the roadmap.
     *
     * @param code the stable code of the rule
     * @param severity how bad it is
     * @param pointer where it is in the roadmap
     * @param message what it is, in the report's language
     * @param arguments the values the message speaks of, by name, in order
     * @throws NullPointerException if a part, argument name or argument value is null
     */
    public Violation(String code, Severity severity, Pointer pointer, String message, Map<String, Object> arguments) {
        this(code, severity, Document.ROADMAP, pointer, message, arguments);
    }

    /** Orders violations by document (the roadmap first), then location, then code, then message. */
    @Override
    public int compareTo(Violation other) {
        int c = document.compareTo(other.document);
        if (c == 0) {
            c = pointer.compareTo(other.pointer);
        }
        if (c == 0) {
            c = code.compareTo(other.code);
        }
        return c == 0 ? message.compareTo(other.message) : c;
    }

    /**
     * Returns the violation as one line of text.
     *
     * @return {@code <pointer> [<code>] <SEVERITY>: <message>}, the root pointer shown as {@code /}, and a pointer
     *     into the monitoring document prefixed with {@code monitoring#}
     */
    @Override
    public String toString() {
        String where = pointer.toString().isEmpty() ? "/" : pointer.toString();
        if (document == Document.MONITORING) {
            where = "monitoring#" + where;
        }
        return where + " [" + code + "] " + severity + ": " + message;
    }
}
