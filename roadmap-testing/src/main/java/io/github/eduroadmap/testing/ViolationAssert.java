package io.github.eduroadmap.testing;

import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Assertions that narrow down the violations of one code in a report: returned by
 * {@link ReportAssert#hasViolation(String)}.
 *
 * <p>Each condition keeps the violations that meet it and every condition before it; the assertion passes as long
 * as one violation is left, so that the order of the conditions does not matter:
 *
 * <pre>{@code
 * assertThat(report)
 *         .hasViolation("reporting.late")
 *         .inDocument(Document.MONITORING)
 *         .at("/reports/4/submitted")
 *         .withSeverity(Severity.WARNING)
 *         .withArgument("days", 3)
 *         .withMessageContaining("3");
 * }</pre>
 *
 * <p>A failure names the conditions met so far and what the violations left have instead of the condition that
 * failed, and lists the report's violations.
 */
public final class ViolationAssert {

    private final ReportAssert report;
    private final String code;
    private final List<Violation> ofCode;
    private int conditions;
    private final StringBuilder described;
    private List<Violation> left;

    ViolationAssert(ReportAssert report, String code, List<Violation> ofCode) {
        this.report = report;
        this.code = code;
        this.ofCode = List.copyOf(ofCode);
        this.left = this.ofCode;
        this.described = new StringBuilder("[").append(code).append(']');
    }

    /**
     * Keeps the violations at a place.
     *
     * @param pointer the JSON Pointer into the violation's document
     * @return this object
     * @throws AssertionError if no violation left is at {@code pointer}
     */
    public ViolationAssert at(Pointer pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return narrow(v -> v.pointer().equals(pointer), "at " + shown(pointer), "are at", v -> shown(v.pointer()));
    }

    /**
     * Keeps the violations at a place given as text.
     *
     * @param pointer an RFC 6901 JSON Pointer, e.g. {@code /sections/0/activities/6/number}, or {@code ""} for the
     *     whole document
     * @return this object
     * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
     * @throws AssertionError if no violation left is at {@code pointer}
     */
    public ViolationAssert at(String pointer) {
        return at(Pointer.parse(pointer));
    }

    /**
     * Keeps the violations in a document: the roadmap, or the monitoring document checked with it.
     *
     * @param document the document the pointer points into
     * @return this object
     * @throws AssertionError if no violation left is in {@code document}
     */
    public ViolationAssert inDocument(Document document) {
        Objects.requireNonNull(document, "document");
        return narrow(
                v -> v.document() == document,
                "in the " + name(document) + " document",
                "are in the documents",
                v -> name(v.document()));
    }

    /**
     * Keeps the violations of a severity.
     *
     * @param severity the severity
     * @return this object
     * @throws AssertionError if no violation left has {@code severity}
     */
    public ViolationAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(
                v -> v.severity() == severity,
                "with severity " + severity,
                "have the severities",
                v -> v.severity().toString());
    }

    /**
     * Keeps the violations whose message contains some words. Messages depend on the validator's language: pin it.
     *
     * @param words the words, matched exactly (case included)
     * @return this object
     * @throws AssertionError if no violation left has {@code words} in its message
     */
    public ViolationAssert withMessageContaining(String words) {
        Objects.requireNonNull(words, "words");
        return narrow(
                v -> v.message().contains(words),
                "with a message containing \"" + words + "\"",
                "have the messages",
                v -> "\"" + v.message() + "\"");
    }

    /**
     * Keeps the violations with an argument of a value. Numbers are equal when their values are, whatever their
     * types and scales ({@code 3}, {@code 3L} and {@code new BigDecimal("3.0")}); lists when their elements are, in
     * order; other values when they are {@linkplain Object#equals(Object) equal}: texts, dates, booleans.
     *
     * @param name the argument's name, e.g. {@code days}
     * @param value the value expected
     * @return this object
     * @throws AssertionError if no violation left has the argument {@code name} with {@code value}
     */
    public ViolationAssert withArgument(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return narrow(
                v -> v.arguments().containsKey(name) && same(v.arguments().get(name), value),
                "with the argument " + name + " = " + value,
                "have the arguments " + name + " =",
                v -> v.arguments().containsKey(name)
                        ? String.valueOf(v.arguments().get(name))
                        : "(none)");
    }

    /**
     * Returns the assertions on the whole report, to go on with other checks.
     *
     * @return the report's assertions
     */
    public ReportAssert and() {
        return report;
    }

    /**
     * Returns the first violation that meets every condition so far, for checks of your own.
     *
     * @return the violation
     */
    public Violation violation() {
        return left.get(0);
    }

    /**
     * Returns every violation that meets every condition so far.
     *
     * @return the violations, in the report's order; never empty
     */
    public List<Violation> violations() {
        return left;
    }

    private ViolationAssert narrow(
            Predicate<Violation> condition, String description, String instead, Function<Violation, String> shown) {
        List<Violation> kept = left.stream().filter(condition).collect(Collectors.toList());
        if (kept.isEmpty()) {
            Set<String> found = new LinkedHashSet<>();
            left.forEach(v -> found.add(shown.apply(v)));
            String which = conditions == 0 ? "the violations [" + code + "]" : "the violations " + described;
            throw report.failure("Expected a violation " + described + " " + description + ", but " + which + " "
                    + instead + ":\n  " + String.join("\n  ", found));
        }
        conditions++;
        described.append(' ').append(description);
        left = kept;
        return this;
    }

    private static String shown(Pointer pointer) {
        String text = pointer.toString();
        return text.isEmpty() ? "\"\" (the whole document)" : text;
    }

    private static String name(Document document) {
        return document.name().toLowerCase(Locale.ROOT);
    }

    /** Tells whether an argument's value is the value expected. */
    static boolean same(Object actual, Object expected) {
        if (actual instanceof Number && expected instanceof Number) {
            BigDecimal a = decimal((Number) actual);
            BigDecimal e = decimal((Number) expected);
            return a != null && e != null ? a.compareTo(e) == 0 : actual.equals(expected);
        }
        if (actual instanceof List && expected instanceof List) {
            List<?> a = (List<?>) actual;
            List<?> e = (List<?>) expected;
            if (a.size() != e.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), e.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return actual.equals(expected);
    }

    /** Returns a number as a decimal, or null for a double or float that is not finite. */
    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal) {
            return (BigDecimal) n;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        if (n instanceof java.math.BigInteger) {
            return new BigDecimal((java.math.BigInteger) n);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    @Override
    public String toString() {
        return "ViolationAssert" + described + " (" + left.size() + " of " + ofCode.size() + ")";
    }
}
