package io.github.eduroadmap.testing;

import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assertions on one {@link ValidationReport}; start them with {@link ReportAssertions#assertThat(ValidationReport)}.
 *
 * <p>Each assertion returns this object, or a {@link ViolationAssert} that narrows down the violations of one code,
 * so that they chain. A failed assertion throws an {@link AssertionError} that lists the report's violations.
 */
public final class ReportAssert {

    private final ValidationReport report;

    ReportAssert(ValidationReport report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Returns the report under test, for checks of your own.
     *
     * @return the report
     */
    public ValidationReport report() {
        return report;
    }

    /**
     * Checks that the report has no error: that it {@linkplain ValidationReport#isValid() is valid}. Warnings and
     * information do not count.
     *
     * @return this object
     * @throws AssertionError if the report has a violation of severity {@link Severity#ERROR}
     */
    public ReportAssert hasNoErrors() {
        List<Violation> errors = report.errors();
        if (!errors.isEmpty()) {
            throw failure(
                    "Expected no errors, but the report has " + count(errors.size(), "error") + ":\n" + lines(errors));
        }
        return this;
    }

    /**
     * Checks that the report has no violation at all, of any severity.
     *
     * @return this object
     * @throws AssertionError if the report has a violation
     */
    public ReportAssert hasNoViolations() {
        if (!report.violations().isEmpty()) {
            throw failure("Expected no violations, but the report has "
                    + count(report.violations().size(), "violation") + ".");
        }
        return this;
    }

    /**
     * Checks that the report has a violation of a code, and returns the assertions that narrow the violations of that
     * code down: {@code .at(pointer)}, {@code .inDocument(document)}, {@code .withSeverity(severity)},
     * {@code .withMessageContaining(words)}, {@code .withArgument(name, value)}. The report passes when at least one
     * of its violations of the code meets every condition given.
     *
     * @param code the rule's code, e.g. {@code numbering.gap}
     * @return the assertions on the violations of {@code code}
     * @throws AssertionError if the report has no violation of {@code code}
     */
    public ViolationAssert hasViolation(String code) {
        Objects.requireNonNull(code, "code");
        List<Violation> ofCode =
                report.violations().stream().filter(v -> v.code().equals(code)).collect(Collectors.toList());
        if (ofCode.isEmpty()) {
            Set<String> codes = codes();
            throw failure("Expected a violation [" + code + "], but the report has none"
                    + (codes.isEmpty() ? "." : "; its codes are " + String.join(", ", codes) + "."));
        }
        return new ViolationAssert(this, code, ofCode);
    }

    /**
     * Checks that the report has found a planted defect: a violation of its code, in its document, at its pointer.
     *
     * <pre>{@code
     * Planted planted = Defects.plant(Defect.NUMBERING_GAP, 42L);
     * assertThat(planted.validate(validator)).hasViolation(planted).withSeverity(Severity.WARNING);
     * }</pre>
     *
     * @param planted the planted defect
     * @return the assertions on the violations found there, to narrow further
     * @throws AssertionError if the report has no violation of the defect's code at its place
     */
    public ViolationAssert hasViolation(Planted planted) {
        Objects.requireNonNull(planted, "planted");
        return hasViolation(planted.code()).inDocument(planted.document()).at(planted.pointer());
    }

    /**
     * Checks that the report has no violation of a code.
     *
     * @param code the rule's code
     * @return this object
     * @throws AssertionError if the report has a violation of {@code code}
     */
    public ReportAssert hasNoViolation(String code) {
        Objects.requireNonNull(code, "code");
        List<Violation> ofCode =
                report.violations().stream().filter(v -> v.code().equals(code)).collect(Collectors.toList());
        if (!ofCode.isEmpty()) {
            throw failure("Expected no violation [" + code + "], but the report has " + count(ofCode.size(), "") + ":\n"
                    + lines(ofCode));
        }
        return this;
    }

    /**
     * Checks how many violations the report has, of every severity.
     *
     * @param expected the number of violations
     * @return this object
     * @throws AssertionError if the report has another number of violations
     */
    public ReportAssert hasViolationCount(int expected) {
        int actual = report.violations().size();
        if (actual != expected) {
            throw failure("Expected " + count(expected, "violation") + ", but the report has " + actual + ".");
        }
        return this;
    }

    /**
     * Checks that every violation of the report has one of the given codes. Codes given that the report does not
     * have are allowed: {@code hasOnlyCodes("numbering.gap")} passes for a report without violations; combine with
     * {@link #hasViolation(String)} to require a code.
     *
     * @param codes the codes allowed
     * @return this object
     * @throws AssertionError if a violation has another code
     */
    public ReportAssert hasOnlyCodes(String... codes) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String c : codes) {
            allowed.add(Objects.requireNonNull(c, "code"));
        }
        List<Violation> others = report.violations().stream()
                .filter(v -> !allowed.contains(v.code()))
                .collect(Collectors.toList());
        if (!others.isEmpty()) {
            Set<String> unexpected = new LinkedHashSet<>();
            others.forEach(v -> unexpected.add(v.code()));
            throw failure("Expected only the codes " + (allowed.isEmpty() ? "(none)" : String.join(", ", allowed))
                    + ", but the report also has " + String.join(", ", unexpected) + ":\n" + lines(others));
        }
        return this;
    }

    /** Returns the distinct codes of the report, in the order of its violations. */
    Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        report.violations().forEach(v -> codes.add(v.code()));
        return codes;
    }

    /**
     * Returns the error of a failed assertion: the explanation, then the report's violations.
     *
     * @param explanation what was expected and what was found
     * @return the error
     */
    AssertionError failure(String explanation) {
        List<Violation> all = report.violations();
        String listing = all.isEmpty()
                ? "The report has no violations."
                : "The report has " + count(all.size(), "violation") + ":\n" + lines(all);
        return new AssertionError(explanation + "\n" + listing);
    }

    /**
     * Returns the violations as text, one indented line each (a message of several lines indented further), the last
     * one without a line break.
     */
    static String lines(List<Violation> violations) {
        List<String> lines = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            lines.add("  " + v.toString().replace("\n", "\n    "));
        }
        return String.join("\n", lines);
    }

    /** Returns "1 violation", "2 violations", or the bare number when {@code noun} is empty. */
    private static String count(int n, String noun) {
        if (noun.isEmpty()) {
            return Integer.toString(n);
        }
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return "ReportAssert[" + report + "]";
    }
}
