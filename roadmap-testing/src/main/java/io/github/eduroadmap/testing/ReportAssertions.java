package io.github.eduroadmap.testing;

import io.github.eduroadmap.validation.ValidationReport;

/**
 * The entry point of the fluent assertions on {@linkplain ValidationReport validation reports}.
 *
 * <p>They need no assertion library at run time: a failed assertion throws an {@link AssertionError} whose message
 * says what was expected, what the report holds instead, and lists the report's violations as text, one per line.
 * They go with JUnit, AssertJ, Hamcrest or none.
 *
 * <pre>{@code
 * import static io.github.eduroadmap.testing.ReportAssertions.assertThat;
 *
 * ValidationReport report = validator.validate(roadmap);
 * assertThat(report).hasNoErrors();
 * assertThat(report)
 *         .hasViolation("numbering.gap")
 *         .at("/sections/0/activities/6/number")
 *         .withSeverity(Severity.WARNING)
 *         .withArgument("missing", "6.");
 * assertThat(report).hasNoViolation("activity.no-executor").hasOnlyCodes("numbering.gap", "deadline.chronology");
 * }</pre>
 *
 * <p>A failure reads:
 *
 * <pre>
 * Expected a violation [numbering.gap] at /sections/0/activities/7/number, but the violations [numbering.gap] are at:
 *   /sections/0/activities/6/number
 * The report has 2 violations:
 *   /sections/0/activities/6/number [numbering.gap] WARNING: после № 5 идёт № 7, № 6 отсутствует
 *   /sections/1/activities/0/deadline [deadline.unparsed] WARNING: ...
 * </pre>
 *
 * <p>It can be imported beside AssertJ's {@code assertThat}: for a {@code ValidationReport} this one is the more
 * specific, and AssertJ's serves everything else.
 */
public final class ReportAssertions {

    private ReportAssertions() {}

    /**
     * Starts the assertions on a report.
     *
     * @param report the report checked
     * @return the assertions on it
     * @throws NullPointerException if {@code report} is null
     */
    public static ReportAssert assertThat(ValidationReport report) {
        return new ReportAssert(report);
    }
}
