package io.github.eduroadmap.testing;

import io.github.eduroadmap.validation.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A defect that {@link Defects} can plant into a valid roadmap, or its monitoring document, at a known place: one
 * for every code of the validator's domain rules and of its Bean Validation constraints.
 *
 * <p>Each constant says what it plants, where the validator is expected to report it (its {@link #code() code}, the
 * {@link #document() document} and the pointer of the {@link Planted} result), and which other codes planting it
 * may {@linkplain #sideEffects() also cause}. Plantings change as little as they can: they add rather than replace,
 * and append to lists rather than insert, so that every other pointer of the documents stays as it was. Places where
 * a planting causes nothing but its defect are preferred; a side effect appears only where a document leaves no such
 * place (a roadmap whose every activity title holds an abbreviation, say).
 *
 * <p>Most defects are planted into the roadmap alone. Those whose {@link #needsMonitoring()} is true are planted
 * into the monitoring document, or found through it, and the roadmap must be validated with it; one of them,
 * {@link #REPORTING_MISSING}, is reported in the roadmap, at the reporting requirement whose report is missing. One
 * code has several plantings: {@code percent.out-of-range} in a target, a share and a measurement.
 *
 * <pre>{@code
 * Planted planted = Defects.plant(Defect.NUMBERING_GAP, 42L);
 * planted.pointer();   // e.g. /sections/2/activities/4/number
 * }</pre>
 */
public enum Defect {

    // ---- reporting --------------------------------------------------------------------------------------------------

    /**
     * A report submitted late: an on-time report of the monitoring document is given a submission date well after
     * its due date (more than any move to a working day), before the as-of date. Reported at
     * {@code /reports/i/submitted} in the monitoring document.
     */
    REPORTING_LATE("reporting.late", Document.MONITORING, true),

    /**
     * A missing report: the latest report whose due date has passed is removed, its reporter keeping other reports
     * under the same requirement; preferably the last report of the document. Reported at the requirement,
     * {@code /reporting/k} in the roadmap. Where the report removed is not the last, the violations of the reports
     * after it move up by one ({@code reporting.late}, {@code reporting.duplicate}, {@code reporting.outside-period});
     * where it is a participant school's, the coverage computed from the schools' reports may drop:
     * {@code coverage.below-target}.
     */
    REPORTING_MISSING(
            "reporting.missing",
            Document.ROADMAP,
            true,
            "coverage.below-target",
            "reporting.late",
            "reporting.duplicate",
            "reporting.outside-period"),

    /**
     * A report for a month two months before the roadmap period, appended to the reports. Reported at
     * {@code /reports/i/period} in the monitoring document.
     */
    REPORTING_OUTSIDE_PERIOD("reporting.outside-period", Document.MONITORING, true),

    /**
     * A report submitted twice: a copy of a report, submitted the same day, appended to the reports. Reported at the
     * copy, {@code /reports/i} in the monitoring document.
     */
    REPORTING_DUPLICATE("reporting.duplicate", Document.MONITORING, true),

    // ---- coverage ---------------------------------------------------------------------------------------------------

    /**
     * A coverage target over all participants below 100%: the result "Не менее 90% школ-участниц проекта прошли
     * самодиагностику" appended to an activity. Reported at {@code /sections/i/activities/j/results/k}.
     */
    COVERAGE_NOT_FULL("coverage.not-full", Document.ROADMAP, false),

    /**
     * A measured coverage below its target: a measurement, dated the as-of date, of a percent target of an activity
     * that is due, 10 points below the target, appended to the measurements. Reported at
     * {@code /measurements/i/value} in the monitoring document. A roadmap with no such target gets one first: the
     * result "Не менее 80% учителей ..." appended to an activity that is due.
     */
    COVERAGE_BELOW_TARGET("coverage.below-target", Document.MONITORING, true),

    /**
     * A percentage above 100 in a target: the result "Не менее 120% родителей ..." appended to an activity.
     * Reported at {@code /sections/i/activities/j/results/k}.
     */
    PERCENT_OUT_OF_RANGE_TARGET("percent.out-of-range", Document.ROADMAP, false),

    /**
     * A percentage above 100 in a share: a context fact with a share of 130% appended to the context. Reported at
     * {@code /context/i/shares/0/percent}.
     */
    PERCENT_OUT_OF_RANGE_SHARE("percent.out-of-range", Document.ROADMAP, false),

    /**
     * A measured percentage above 100: a measurement of 120% of a result, preferably one without a target, appended
     * to the measurements. Reported at {@code /measurements/i/value} in the monitoring document. Where every result
     * has a target, the measurement may miss an "at most" target: {@code coverage.below-target}.
     */
    PERCENT_OUT_OF_RANGE_MEASUREMENT("percent.out-of-range", Document.MONITORING, true, "coverage.below-target"),

    /**
     * Shares of a whole that do not sum to 100: a context fact that splits 20 schools into 60% and 30%, appended to
     * the context. Reported at {@code /context/i/shares}.
     */
    SHARES_SUM("shares.sum", Document.ROADMAP, false),

    /**
     * A share's count that disagrees with its percentage: a context fact of 16 schools, 75% of them counted as 10,
     * appended to the context. Reported at {@code /context/i/shares/0/count}.
     */
    SHARES_COUNT("shares.count", Document.ROADMAP, false),

    // ---- deadlines --------------------------------------------------------------------------------------------------

    /**
     * Deadline words no rule understands: the deadline of the last activity of a section becomes "Сентяьбря".
     * Reported at {@code /sections/i/activities/j/deadline}. Where the deadline replaced is not the last of its
     * section, or its words held an abbreviation, {@code deadline.chronology} or {@code abbreviation.undefined} may
     * move.
     */
    DEADLINE_UNPARSED("deadline.unparsed", Document.ROADMAP, false, "deadline.chronology", "abbreviation.undefined"),

    /**
     * A span that ends before it starts: the deadline of the last activity of a section becomes the last day of
     * the period to the day before. Reported at {@code /sections/i/activities/j/deadline}; side effects as
     * {@link #DEADLINE_UNPARSED}.
     */
    DEADLINE_ILL_ORDERED(
            "deadline.ill-ordered", Document.ROADMAP, false, "deadline.chronology", "abbreviation.undefined"),

    /**
     * A deadline outside the roadmap period: the deadline of the last activity of a section becomes the second
     * month after the period. Reported at {@code /sections/i/activities/j/deadline}; side effects as
     * {@link #DEADLINE_UNPARSED}.
     */
    DEADLINE_OUTSIDE_PERIOD(
            "deadline.outside-period", Document.ROADMAP, false, "deadline.chronology", "abbreviation.undefined"),

    /**
     * An overdue activity: a progress record "planned" or "in progress", dated the as-of date, of an activity due
     * well before it and preferably followed by no other record, appended to the progress. Reported at
     * {@code /progress/i/status} in the monitoring document.
     */
    ACTIVITY_OVERDUE("activity.overdue", Document.MONITORING, true),

    /**
     * An activity due earlier than the one before it: the last two activities of a section become due on the last
     * day of the period and on the day before. Reported at the last one's {@code /sections/i/activities/j/deadline}.
     * Where a deadline replaced held an abbreviation, {@code abbreviation.undefined} may move.
     */
    DEADLINE_CHRONOLOGY("deadline.chronology", Document.ROADMAP, false, "abbreviation.undefined"),

    /**
     * An activity without a deadline: the deadline of the last activity of a section is removed. Reported at the
     * activity, {@code /sections/i/activities/j}; side effects as {@link #DEADLINE_UNPARSED}.
     */
    ACTIVITY_NO_DEADLINE(
            "activity.no-deadline", Document.ROADMAP, false, "deadline.chronology", "abbreviation.undefined"),

    // ---- structure --------------------------------------------------------------------------------------------------

    /**
     * A gap in the numbering: the last activity of a run of numbers ("1.", "2.", "3.") skips one ("1.", "2.", "4.").
     * Reported at {@code /sections/i/activities/j/number}. Needs numbered activities.
     */
    NUMBERING_GAP("numbering.gap", Document.ROADMAP, false),

    /**
     * A number printed twice: the last activity of a run of numbers takes the number before it ("1.", "2.", "2.").
     * Reported at the second, {@code /sections/i/activities/j/number}. Needs numbered activities.
     */
    NUMBERING_DUPLICATE("numbering.duplicate", Document.ROADMAP, false),

    /**
     * An unnumbered row among numbered ones: an activity, not the first of its section, loses its number. Reported at
     * the activity, {@code /sections/i/activities/j}. Needs numbered activities.
     */
    NUMBERING_MISSING("numbering.missing", Document.ROADMAP, false),

    /**
     * A number written unlike the others of its level: an activity's number gains or loses its final dot ("3" among
     * "1.", "2.", "4."), keeping its value. Reported at {@code /sections/i/activities/j/number}. Needs numbered
     * activities.
     */
    NUMBERING_STYLE("numbering.style", Document.ROADMAP, false),

    /**
     * An activity without executor: an activity's executors are removed. Reported at the activity,
     * {@code /sections/i/activities/j}. Where every activity has an executor with an undefined abbreviation, the
     * abbreviation's first use may move: {@code abbreviation.undefined}; a school named there,
     * {@code participant.spelling}.
     */
    ACTIVITY_NO_EXECUTOR(
            "activity.no-executor", Document.ROADMAP, false, "abbreviation.undefined", "participant.spelling"),

    /**
     * An activity without expected result: an activity's results are removed. Reported at the activity,
     * {@code /sections/i/activities/j}; side effects as {@link #ACTIVITY_NO_EXECUTOR}.
     */
    ACTIVITY_NO_RESULT("activity.no-result", Document.ROADMAP, false, "abbreviation.undefined", "participant.spelling"),

    /**
     * A result cell holding the executor list: a result made of the activity's executors' words, joined by commas,
     * appended to its results. Reported at {@code /sections/i/activities/j/results/k}.
     */
    RESULT_IS_EXECUTOR_LIST("result.is-executor-list", Document.ROADMAP, false),

    /**
     * An objective nothing serves: an objective "Развитие сетевого взаимодействия школ" with a new id appended to
     * the objectives. Reported at {@code /objectives/i}. Needs a roadmap whose sections or activities name their
     * objectives.
     */
    OBJECTIVE_NO_ACTIVITY("objective.no-activity", Document.ROADMAP, false),

    /**
     * A reference to an objective that does not exist: an activity that names no objective of its own names one.
     * Reported at {@code /sections/i/activities/j/objective}. In a roadmap that has objectives but links none, the
     * new link makes the others unserved: {@code objective.no-activity}.
     */
    OBJECTIVE_UNKNOWN("objective.unknown", Document.ROADMAP, false, "objective.no-activity"),

    /**
     * An organisation executor not in the glossary: an executor "Городской методический центр" (or another name the
     * glossary lacks) appended to an activity's executors. Reported at
     * {@code /sections/i/activities/j/executors/k}.
     */
    EXECUTOR_UNKNOWN_ORGANISATION("executor.unknown-organisation", Document.ROADMAP, false),

    /**
     * An abbreviation used but not defined: " совместно с ЦРКП" (or another made-up abbreviation the roadmap does not
     * use) appended to an activity's title. Reported at {@code /sections/i/activities/j/title}.
     */
    ABBREVIATION_UNDEFINED("abbreviation.undefined", Document.ROADMAP, false),

    /**
     * A school spelled two ways: a participant school with one letter of its longest word left out ("МОУ
     * «Нижеильиновская СОШ»" beside "МОУ «Нижнеильиновская СОШ»") appended to the participants; a roadmap without
     * participant schools gets the right spelling first. Reported at the misspelling, {@code /participants/i/name}.
     */
    PARTICIPANT_SPELLING("participant.spelling", Document.ROADMAP, false),

    /**
     * A placeholder approval number: the approval's number becomes "___" (a roadmap without approval gets an order
     * numbered so). Reported at {@code /approval/number}.
     */
    APPROVAL_PLACEHOLDER("approval.placeholder", Document.ROADMAP, false),

    /**
     * Unbalanced quotes: " «Точка роста" appended to an activity title without quotes. Reported at
     * {@code /sections/i/activities/j/title}.
     */
    TEXT_UNBALANCED_QUOTES("text.unbalanced-quotes", Document.ROADMAP, false),

    // ---- Bean Validation --------------------------------------------------------------------------------------------

    /**
     * A blank required text: an activity's title becomes empty. Reported at {@code /sections/i/activities/j/title};
     * side effects as {@link #ACTIVITY_NO_EXECUTOR} where every title holds an abbreviation.
     */
    STRUCTURE_BLANK("structure.blank", Document.ROADMAP, false, "abbreviation.undefined", "participant.spelling"),

    /**
     * A roadmap without sections: the sections are removed. Reported at the roadmap itself. The first use of an
     * undefined abbreviation, or a school's spelling, may move to the notes after the table:
     * {@code abbreviation.undefined}, {@code participant.spelling}.
     */
    STRUCTURE_EMPTY("structure.empty", Document.ROADMAP, false, "abbreviation.undefined", "participant.spelling"),

    /**
     * An identifier of two lines: an activity's id becomes its id (or a new one) followed by a line break and
     * "(копия)". Reported at {@code /sections/i/activities/j/id}.
     */
    STRUCTURE_NOT_ONE_LINE("structure.not-one-line", Document.ROADMAP, false),

    /**
     * A negative count: a context fact with the total -3 appended to the context. Reported at
     * {@code /context/i/total}.
     */
    STRUCTURE_NEGATIVE("structure.negative", Document.ROADMAP, false),

    /**
     * A period that ends before it starts: the roadmap period's ends are swapped. Reported at {@code /period}. The
     * rules that need a period skip it; where a month without a year then has none, an activity's chronology may
     * change: {@code deadline.chronology}.
     */
    STRUCTURE_PERIOD_ORDER("structure.period-order", Document.ROADMAP, false, "deadline.chronology"),

    /**
     * An activity id used twice: an activity takes the id of an earlier one (both get a new id when the earlier one
     * has none). Reported at the later use, {@code /sections/i/activities/j/id}.
     */
    STRUCTURE_DUPLICATE_ID("structure.duplicate-id", Document.ROADMAP, false);

    private final String code;
    private final Document document;
    private final boolean needsMonitoring;
    private final Set<String> sideEffects;

    Defect(String code, Document document, boolean needsMonitoring, String... sideEffects) {
        this.code = code;
        this.document = document;
        this.needsMonitoring = needsMonitoring;
        this.sideEffects = Set.of(sideEffects);
    }

    /**
     * Returns the code the validator reports the defect with.
     *
     * @return e.g. {@code numbering.gap}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the document the validator reports the defect in.
     *
     * @return the roadmap, or the monitoring document
     */
    public Document document() {
        return document;
    }

    /**
     * Tells whether the defect is planted into, or found through, the monitoring document, so that the roadmap must
     * be validated with it.
     *
     * @return true for the reporting defects, {@link #COVERAGE_BELOW_TARGET}, {@link #ACTIVITY_OVERDUE} and
     *     {@link #PERCENT_OUT_OF_RANGE_MEASUREMENT}
     */
    public boolean needsMonitoring() {
        return needsMonitoring;
    }

    /**
     * Returns the codes of the other violations planting this defect may cause where the documents leave no better
     * place, as each constant describes.
     *
     * @return the codes, possibly none
     */
    public Set<String> sideEffects() {
        return sideEffects;
    }

    /**
     * Returns the defects planted with a code.
     *
     * @param code a code, e.g. {@code percent.out-of-range}
     * @return the defects, one or more, in declaration order
     * @throws IllegalArgumentException if no defect has the code; the message lists the codes
     */
    public static List<Defect> withCode(String code) {
        List<Defect> found = new ArrayList<>();
        for (Defect d : values()) {
            if (d.code.equals(code)) {
                found.add(d);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no defect has the code \"" + code + "\"; the codes are " + codes());
        }
        return List.copyOf(found);
    }

    /**
     * Returns every code a defect is planted with.
     *
     * @return the codes, sorted
     */
    public static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (Defect d : values()) {
            codes.add(d.code);
        }
        return codes;
    }
}
