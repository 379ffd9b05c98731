package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Memo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The reports of a monitoring document laid against the reporting requirements of its roadmap: which report answers
 * which requirement and reporting period, when each period's report was due, who was expected to report. The four
 * reporting rules read their findings from it.
 *
 * <h2>Reporting periods and due dates</h2>
 *
 * The reporting periods of a requirement are the {@link Deadline#occurrences(DateRange,
 * io.github.eduroadmap.model.SchoolYearCalendar) occurrences} of its deadline within the roadmap period. Each period's
 * report is due on the occurrence's due date: for a recurring deadline with a due rule, day N of the month after the
 * period ("до 10 числа месяца, следующего за отчетным"); for a recurring deadline without one, the validator's
 * {@link RuleContext#reportingDueDay() reporting due day} of the month after the period. A due date on a day off moves
 * to the next working day of the production calendar (Civil Code art. 193), and the report may be submitted until
 * the end of that day (art. 194): a report submitted on the moved due date is on time.
 *
 * <h2>Which report answers which requirement</h2>
 *
 * A report belongs to the first requirement whose reporter it is: the same words as the requirement's reporter, the
 * abbreviation or name of the organisation of the glossary the requirement names, or a participant of the kind the
 * requirement's reporter names (schools for "ОО" or "школы", curators, coordinators). A report from anyone else (a
 * municipal authority "Управление образованием администрации Надеждинского муниципального района" under a
 * requirement of "МОУО", a kind of body) belongs to the first requirement with a reporting period equal to the
 * report's, else to the first with a period overlapping it. Within its requirement the report answers the reporting
 * period equal to its own, else the one it overlaps most. A report for a period that does not overlap the roadmap
 * period at all answers nothing and is outside the period.
 *
 * <h2>Who is expected to report</h2>
 *
 * Every distinct reporter of a requirement's reports reports separately, for every reporting period: a requirement
 * of "МОУО" is met by each municipal authority. Expected for every period are: the participants of the kind the
 * requirement's reporter names, and every reporter that submitted at least one report under the requirement; when
 * that is nobody, the requirement's own reporter ("МОУО"), or, when it names none, an unnamed reporter. Reporters are
 * compared by their folded words (case, quotes and white space aside).
 *
 * <h2>Late, missing, duplicated</h2>
 *
 * Of several reports of one reporter for one reporting period the earliest submitted is the report, the others are
 * duplicates. The report is late when submitted after the (moved) due date; by how many calendar days. A reporting
 * period's report is missing once its (moved) due date lies before the as-of date: a report due today is not missing
 * yet. The as-of date is the validator's, or the monitoring document's own date when that is earlier, since a
 * document cannot show reports submitted after its date. Without a roadmap period (and no approval date to take a
 * year from) the reporting periods are those of the reports' own span: lateness and duplicates are checked, missing
 * reports and periods outside are not.
 */
final class ReportingPlan {

    /** The key of the reporter of a requirement that names none and has no reports. */
    static final String UNNAMED = "";

    private static final Pattern SCHOOLS =
            Pattern.compile("(^|[^\\p{L}])оо([^\\p{L}]|$)|школ|образовательн\\S* (организац|учрежден)");
    private static final Pattern CURATORS = Pattern.compile("куратор");
    private static final Pattern MUNICIPAL = Pattern.compile("муниципальн\\S* координатор");
    private static final Pattern SCHOOL_COORDINATORS = Pattern.compile("школьн\\S* координатор");
    private static final Pattern REGIONAL = Pattern.compile("региональн\\S* координатор");

    /** One reporting period of a requirement. */
    static final class Slot {
        final DateRange window;
        final DueDate due;
        /** Folded reporter to the indices of its reports for this period, earliest submitted first. */
        final Map<String, List<Integer>> reports = new LinkedHashMap<>();

        Slot(DateRange window, DueDate due) {
            this.window = window;
            this.due = due;
        }
    }

    /** A requirement with its reporting periods and expected reporters. */
    static final class Duty {
        final int index;
        final ReportingRequirement requirement;
        final List<Slot> slots = new ArrayList<>();
        final Map<DateRange, Slot> byWindow = new HashMap<>();
        final Set<String> names = new HashSet<>();
        /** Folded reporter to its words, in the order they became known. */
        final Map<String, String> expected = new LinkedHashMap<>();

        Duty(int index, ReportingRequirement requirement) {
            this.index = index;
            this.requirement = requirement;
        }
    }

    /** A late report. */
    record Late(int report, Slot slot, long days) {}

    /** A reporting period without the report of an expected reporter. */
    record Missing(Duty duty, Slot slot, String reporterKey, String reporter) {}

    /** A report that repeats an earlier one. */
    record Duplicate(int report, int first) {}

    final Monitoring monitoring;
    final Optional<DateRange> period;
    final List<Duty> duties = new ArrayList<>();
    final List<Integer> outside = new ArrayList<>();
    final List<Late> late = new ArrayList<>();
    final List<Missing> missing = new ArrayList<>();
    final List<Duplicate> duplicates = new ArrayList<>();

    private ReportingPlan(Monitoring monitoring, Optional<DateRange> period) {
        this.monitoring = monitoring;
        this.period = period;
    }

    /**
     * Lays the reports of the context's monitoring document against its roadmap, once per validation.
     *
     * @param context the rule's context
     * @return the plan, or empty without a monitoring document
     */
    static Optional<ReportingPlan> of(RuleContext context) {
        // the four reporting rules read the same plan: it is laid once per validation
        return Memo.of(context).get(ReportingPlan.class, () -> lay(context));
    }

    private static Optional<ReportingPlan> lay(RuleContext context) {
        if (context.monitoring().isEmpty()) {
            return Optional.empty();
        }
        Monitoring monitoring = context.monitoring().get();
        ReportingPlan plan = new ReportingPlan(monitoring, Terms.period(context));
        plan.build(context);
        return Optional.of(plan);
    }

    private void build(RuleContext context) {
        Roadmap roadmap = context.roadmap();
        List<ReportSubmission> reports = monitoring.reports();
        Optional<DateRange> slotPeriod = period.or(() -> span(reports));
        for (int k = 0; k < roadmap.reporting().size(); k++) {
            Duty duty = new Duty(k, roadmap.reporting().get(k));
            if (slotPeriod.isPresent()) {
                addSlots(context, duty, slotPeriod.get());
            }
            addNames(roadmap, duty);
            duties.add(duty);
        }
        Map<String, List<Integer>> unplaced = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            ReportSubmission report = reports.get(i);
            String reporter = Texts.fold(report.reporter());
            if (period.isPresent() && !period.get().overlaps(report.period())) {
                outside.add(i);
                unplaced.computeIfAbsent(reporter + "|" + report.period(), x -> new ArrayList<>())
                        .add(i);
                continue;
            }
            Duty duty = report.period().isWellOrdered() ? dutyOf(reporter, report.period()) : null;
            Slot slot = duty == null ? null : slotOf(duty, report.period());
            if (slot == null) {
                unplaced.computeIfAbsent(reporter + "|" + report.period(), x -> new ArrayList<>())
                        .add(i);
                continue;
            }
            duty.expected.putIfAbsent(reporter, report.reporter());
            slot.reports.computeIfAbsent(reporter, x -> new ArrayList<>()).add(i);
        }
        Comparator<Integer> earliest = Comparator.<Integer, LocalDate>comparing(
                        i -> reports.get(i).submitted())
                .thenComparing(i -> i);
        for (Duty duty : duties) {
            for (Slot slot : duty.slots) {
                for (List<Integer> same : slot.reports.values()) {
                    same.sort(earliest);
                    duplicates(same);
                    LocalDate submitted = reports.get(same.get(0)).submitted();
                    if (submitted.isAfter(slot.due.due())) {
                        late.add(new Late(same.get(0), slot, ChronoUnit.DAYS.between(slot.due.due(), submitted)));
                    }
                }
            }
        }
        for (List<Integer> same : unplaced.values()) {
            same.sort(earliest);
            duplicates(same);
        }
        duplicates.sort(Comparator.comparingInt(Duplicate::report));
        late.sort(Comparator.comparingInt(Late::report));
        if (period.isPresent()) {
            findMissing(Terms.asOf(context, monitoring));
        }
    }

    private void duplicates(List<Integer> same) {
        for (int j = 1; j < same.size(); j++) {
            duplicates.add(new Duplicate(same.get(j), same.get(0)));
        }
    }

    private void findMissing(LocalDate asOf) {
        for (Duty duty : duties) {
            if (duty.expected.isEmpty()) {
                String own = duty.requirement.reporter().orElse(UNNAMED);
                String key = Texts.fold(own);
                duty.expected.put(key, key.isEmpty() ? UNNAMED : own);
            }
            for (Slot slot : duty.slots) {
                if (!Terms.hasPassed(slot.due.due(), asOf)) {
                    continue;
                }
                for (Map.Entry<String, String> e : duty.expected.entrySet()) {
                    if (!slot.reports.containsKey(e.getKey())) {
                        missing.add(new Missing(duty, slot, e.getKey(), e.getValue()));
                    }
                }
            }
        }
    }

    private void addSlots(RuleContext context, Duty duty, DateRange within) {
        Deadline deadline = Terms.withDueDay(duty.requirement.deadline(), context.reportingDueDay());
        for (Occurrence o : deadline.occurrences(within, context.schoolYear())) {
            if (!duty.byWindow.containsKey(o.window())) {
                Slot slot = new Slot(o.window(), context.calendar().rollForward(o.due()));
                duty.slots.add(slot);
                duty.byWindow.put(o.window(), slot);
            }
        }
    }

    /** Collects the words that name the requirement's reporter, and the participants of the kind it names. */
    private static void addNames(Roadmap roadmap, Duty duty) {
        Optional<String> reporter = duty.requirement.reporter();
        if (reporter.isEmpty()) {
            return;
        }
        duty.names.add(Texts.fold(reporter.get()));
        Optional<Organisation> org = roadmap.organisation(reporter.get());
        org.ifPresent(o -> {
            duty.names.add(Texts.fold(o.name()));
            o.abbreviation().ifPresent(a -> duty.names.add(Texts.fold(a)));
        });
        Optional<ParticipantKind> kind = org.filter(o -> o.kind() == OrganisationKind.SCHOOL)
                .map(o -> ParticipantKind.SCHOOL)
                .or(() -> kindOf(Texts.fold(reporter.get())));
        if (kind.isPresent()) {
            for (Participant p : roadmap.participants()) {
                if (p.kind() == kind.get()) {
                    String key = Texts.fold(p.name());
                    duty.names.add(key);
                    duty.expected.putIfAbsent(key, p.name());
                }
            }
        }
    }

    private static Optional<ParticipantKind> kindOf(String folded) {
        if (MUNICIPAL.matcher(folded).find()) {
            return Optional.of(ParticipantKind.MUNICIPAL_COORDINATOR);
        }
        if (SCHOOL_COORDINATORS.matcher(folded).find()) {
            return Optional.of(ParticipantKind.SCHOOL_COORDINATOR);
        }
        if (REGIONAL.matcher(folded).find()) {
            return Optional.of(ParticipantKind.REGIONAL_COORDINATOR);
        }
        if (CURATORS.matcher(folded).find()) {
            return Optional.of(ParticipantKind.CURATOR);
        }
        if (SCHOOLS.matcher(folded).find()) {
            return Optional.of(ParticipantKind.SCHOOL);
        }
        return Optional.empty();
    }

    private Duty dutyOf(String reporter, DateRange reported) {
        // one reporter may owe several requirements (monthly and half-yearly): the reported period decides first
        Duty named = null;
        for (Duty d : duties) {
            if (d.names.contains(reporter)) {
                if (d.byWindow.containsKey(reported)) {
                    return d;
                }
                named = named == null ? d : named;
            }
        }
        for (Duty d : duties) {
            if (d.byWindow.containsKey(reported)) {
                return d;
            }
        }
        if (named != null) {
            return named;
        }
        for (Duty d : duties) {
            for (Slot s : d.slots) {
                if (s.window.overlaps(reported)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Slot slotOf(Duty duty, DateRange reported) {
        Slot exact = duty.byWindow.get(reported);
        if (exact != null) {
            return exact;
        }
        Slot best = null;
        long most = 0;
        for (Slot s : duty.slots) {
            long days = s.window
                    .intersection(reported)
                    .map(x -> ChronoUnit.DAYS.between(x.start(), x.end()) + 1)
                    .orElse(0L);
            if (days > most) {
                most = days;
                best = s;
            }
        }
        return best;
    }

    private static Optional<DateRange> span(List<ReportSubmission> reports) {
        DateRange span = null;
        for (ReportSubmission r : reports) {
            if (r.period().isWellOrdered()) {
                span = span == null ? r.period() : span.span(r.period());
            }
        }
        return Optional.ofNullable(span);
    }
}
