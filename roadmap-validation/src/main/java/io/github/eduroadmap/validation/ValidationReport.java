package io.github.eduroadmap.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a validator found: the violations sorted by location, with counts by severity. Immutable.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(roadmap);
 * if (!report.isValid()) {
 *     report.errors().forEach(v -> log.warn("{}", v));
 * }
 * }</pre>
 */
public final class ValidationReport {

    private final List<Violation> violations;
    private final Map<Severity, Integer> counts;

    private ValidationReport(List<Violation> sorted) {
        this.violations = Collections.unmodifiableList(sorted);
        Map<Severity, Integer> c = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            c.put(s, 0);
        }
        for (Violation v : sorted) {
            c.merge(v.severity(), 1, Integer::sum);
        }
        this.counts = Collections.unmodifiableMap(c);
    }

    /**
     * Returns a report of the given violations, sorted by location.
     *
     * @param violations the violations in any order
     * @return the report
     */
    public static ValidationReport of(List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.forEach(v -> Objects.requireNonNull(v, "violation"));
        Collections.sort(sorted);
        return new ValidationReport(sorted);
    }

    /**
     * Returns the violations, sorted by location, then code.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Tells whether the roadmap has no errors; warnings and information do not count.
     *
     * @return true when there is no violation of severity {@link Severity#ERROR}
     */
    public boolean isValid() {
        return counts.get(Severity.ERROR) == 0;
    }

    /**
     * Returns how many violations have a severity.
     *
     * @param severity the severity
     * @return the count
     */
    public int count(Severity severity) {
        return counts.get(severity);
    }

    /**
     * Returns the counts of violations by severity.
     *
     * @return every severity with its count, zero included
     */
    public Map<Severity, Integer> counts() {
        return counts;
    }

    /**
     * Returns the errors.
     *
     * @return the violations of severity {@link Severity#ERROR}
     */
    public List<Violation> errors() {
        return filter(v -> v.severity() == Severity.ERROR).violations();
    }

    /**
     * Returns the report of the violations at least as bad as a severity.
     *
     * @param minimum the least severity kept
     * @return the filtered report
     */
    public ValidationReport atLeast(Severity minimum) {
        return filter(v -> v.severity().isAtLeast(minimum));
    }

    /**
     * Returns the report of the violations with the given codes.
     *
     * @param codes the codes kept
     * @return the filtered report
     */
    public ValidationReport withCodes(Set<String> codes) {
        return filter(v -> codes.contains(v.code()));
    }

    /**
     * Returns the report of the violations a predicate keeps.
     *
     * @param keep the predicate
     * @return the filtered report
     */
    public ValidationReport filter(Predicate<Violation> keep) {
        return new ValidationReport(violations.stream().filter(keep).collect(Collectors.toList()));
    }

    /**
     * Returns the report as text, one line per violation: {@code <pointer> [<code>] <SEVERITY>: <message>}.
     *
     * @return the lines, each ending with a line break; empty when there is no violation
     */
    public String toText() {
        StringBuilder s = new StringBuilder();
        for (Violation v : violations) {
            s.append(v).append('\n');
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    @Override
    public String toString() {
        return "ValidationReport" + counts;
    }
}
