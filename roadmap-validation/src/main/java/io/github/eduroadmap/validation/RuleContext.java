package io.github.eduroadmap.validation;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.ProductionCalendar;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.SchoolYearCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a {@link Rule} checks, the validator's settings, and where the rule reports what it finds. */
public interface RuleContext {

    /**
     * Returns the roadmap being checked.
     *
     * @return the roadmap
     */
    Roadmap roadmap();

    /**
     * Returns the monitoring document checked with the roadmap.
     *
     * @return the monitoring document, if one was given
     */
    Optional<Monitoring> monitoring();

    /**
     * Returns the roadmap's period, or, when it states none, the calendar year of its approval date.
     *
     * @return the period to check deadlines against, if any can be known
     */
    Optional<DateRange> period();

    /**
     * Returns the day the check is made as of: reports due after it are not yet missing, activities due after it
     * not yet overdue.
     *
     * @return the as-of date
     */
    LocalDate asOf();

    /**
     * Returns the time zone in which the roadmap's deadlines end (Civil Code art. 194).
     *
     * @return the roadmap's zone, or the validator's default
     */
    ZoneId zone();

    /**
     * Returns the production calendar, in the profile the validator was configured with.
     *
     * @return the calendar
     */
    ProductionCalendar calendar();

    /**
     * Returns the school-year calendar.
     *
     * @return the school-year calendar
     */
    SchoolYearCalendar schoolYear();

    /**
     * Returns the day of the following month reports are due when a requirement states no due rule.
     *
     * @return the due day, 10 unless configured
     */
    int reportingDueDay();

    /**
     * Returns the abbreviations everyone knows, which a roadmap need not define ("ЕГЭ", "ОГЭ", "РФ", ...).
     *
     * @return the abbreviations
     */
    Set<String> knownAbbreviations();

    /**
     * Reports a violation of the checking rule in the roadmap, with the message {@code <code>} of the rule's bundle.
     *
     * @param where where the problem is in the roadmap
     * @param arguments the values the message speaks of, by name, in order
     */
    default void report(Pointer where, Map<String, ?> arguments) {
        report(Document.ROADMAP, where, arguments);
    }

    /**
     * Reports a violation of the checking rule in the roadmap, with the message {@code <code>.<variant>} of the
     * rule's bundle.
     *
     * @param where where the problem is in the roadmap
     * @param variant which of the rule's messages applies, e.g. {@code suggestion}
     * @param arguments the values the message speaks of, by name, in order
     */
    default void report(Pointer where, String variant, Map<String, ?> arguments) {
        report(Document.ROADMAP, where, variant, arguments);
    }

    /**
     * Reports a violation of the checking rule in a document, with the message {@code <code>} of the rule's bundle.
     *
     * <pre>{@code
     * context.report(Document.MONITORING, Pointer.root().add("reports").add(4).add("submitted"), Map.of("days", 3));
     * }</pre>
     *
     * @param document the document the pointer points into: the roadmap, or the monitoring document
     * @param where where the problem is in that document
     * @param arguments the values the message speaks of, by name, in order
     */
    void report(Document document, Pointer where, Map<String, ?> arguments);

    /**
     * Reports a violation of the checking rule in a document, with the message {@code <code>.<variant>} of the
     * rule's bundle.
     *
     * @param document the document the pointer points into: the roadmap, or the monitoring document
     * @param where where the problem is in that document
     * @param variant which of the rule's messages applies, e.g. {@code suggestion}
     * @param arguments the values the message speaks of, by name, in order
     */
    void report(Document document, Pointer where, String variant, Map<String, ?> arguments);
}
