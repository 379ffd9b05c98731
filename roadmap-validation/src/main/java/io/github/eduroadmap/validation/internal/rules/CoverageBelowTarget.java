package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code coverage.below-target} (needs a monitoring document): the actual coverage of a percentage target falls
 * short of it as of the as-of date (the validator's, or the monitoring document's own date when that is earlier).
 *
 * <p><b>Measured.</b> A measurement in percent of an expected result whose target is in percent ({@link
 * IndicatorMeasurement#result()} resolves to it): the latest measurement dated on or before the as-of date, for each
 * scope separately (a measurement of one municipality or school does not replace another's; the variant {@code
 * scope} names it), is compared with the target by its comparison ("не менее 60%" is met by 60, "100%" only by 100,
 * "не более 20%" by 20 or less). Points at {@code /measurements/<i>/value} in the monitoring document. Arguments:
 * {@code value}, {@code date}, {@code target} (its words), {@code result} (the result's pointer in the roadmap) and
 * {@code scope}.
 *
 * <p><b>Computed.</b> A result without any measurement whose target counts the participant schools ("100%
 * школ-участниц", "ШНОР", see {@link Populations#isParticipantSchools(String)}), in a roadmap that lists participant
 * schools some of which report in the monitoring document: its coverage is the share of the participant schools
 * (compared by folded names) that submitted a report for a period overlapping the activity's latest occurrence due
 * before the as-of date. Variant {@code computed}; points at the result, {@code
 * /sections/<s>/activities/<a>/results/<r>} in the roadmap. Arguments: {@code reported}, {@code total}, {@code
 * value} (the share, one decimal), {@code period}, {@code target}.
 *
 * <p><b>Not yet due.</b> A target is to be reached by its activity's deadline: while the activity's latest due date
 * (moved by Civil Code art. 193) has not passed, a coverage below target is progress, not a shortfall, and is not
 * reported. Activities without dates are compared whenever measured.
 */
public final class CoverageBelowTarget extends BuiltInRule {

    /** Creates the rule. */
    public CoverageBelowTarget() {
        super("coverage.below-target", Severity.WARNING, CoverageRules.BUNDLE, "scope", "computed");
    }

    @Override
    public void check(RuleContext context) {
        if (context.monitoring().isEmpty()) {
            return;
        }
        Monitoring monitoring = context.monitoring().get();
        LocalDate asOf = Terms.asOf(context, monitoring);
        RoadmapRefs refs = RoadmapRefs.of(context);
        // presized: most measurements measure a result of their own
        Set<RoadmapRefs.Place> measured =
                new HashSet<>(capacity(monitoring.measurements().size()));
        measured(context, monitoring, refs, asOf, measured);
        computed(context, monitoring, asOf, measured);
    }

    /**
     * What a measurement measures: a result, in a scope (folded; empty for the whole population).
     *
     * @param place the result
     * @param scope the scope
     */
    private record Measured(RoadmapRefs.Place place, String scope) {}

    /** The latest measurement so far of a result in a scope: its index among the measurements. */
    private static final class Latest {
        final RoadmapRefs.Place place;
        int index;

        Latest(RoadmapRefs.Place place, int index) {
            this.place = place;
            this.index = index;
        }
    }

    /** The capacity of a hash table that holds {@code n} entries without growing. */
    private static int capacity(int n) {
        return (int) (n / 0.75f) + 1;
    }

    private void measured(
            RuleContext context,
            Monitoring monitoring,
            RoadmapRefs refs,
            LocalDate asOf,
            Set<RoadmapRefs.Place> measured) {
        List<IndicatorMeasurement> measurements = monitoring.measurements();
        Map<Measured, Latest> latest = new HashMap<>(capacity(measurements.size()));
        List<Latest> order = new ArrayList<>();
        // scopes repeat from measurement to measurement: each is folded once
        Map<String, String> folded = new HashMap<>();
        for (int i = 0; i < measurements.size(); i++) {
            IndicatorMeasurement m = measurements.get(i);
            RoadmapRefs.Place place = refs.result(m.result());
            if (place == null) {
                continue;
            }
            measured.add(place);
            if (m.date().isAfter(asOf) || !hasPercentTarget(refs, place)) {
                // a result without a target in percent is never compared, whichever its latest measurement
                continue;
            }
            String scope =
                    m.scope().isPresent() ? folded.computeIfAbsent(m.scope().get(), Texts::fold) : "";
            Measured key = new Measured(place, scope);
            Latest before = latest.get(key);
            if (before == null) {
                Latest first = new Latest(place, i);
                order.add(first);
                latest.put(key, first);
            } else if (!m.date().isBefore(measurements.get(before.index).date())) {
                before.index = i;
            }
        }
        Dues dues = Dues.of(context);
        for (Latest key : order) {
            int i = key.index;
            IndicatorMeasurement m = measurements.get(i);
            RoadmapRefs.Place place = key.place;
            Activity activity = refs.activityAt(place);
            Target target = activity.results().get(place.result()).target().orElse(null);
            if (m.unit() != Unit.PERCENT
                    || target == null
                    || target.unit() != Unit.PERCENT
                    || !isDue(dues, place, asOf)
                    || target.comparison().isMet(m.value(), target.value())) {
                continue;
            }
            Pointer result = Pointer.activity(place.section(), place.activity())
                    .add("results")
                    .add(place.result());
            Pointer where = Pointers.MEASUREMENTS.add(i).add("value");
            if (m.scope().isPresent()) {
                context.report(
                        Document.MONITORING,
                        where,
                        "scope",
                        Args.of(
                                "value",
                                m.value(),
                                "date",
                                m.date(),
                                "target",
                                target.text(),
                                "result",
                                result.toString(),
                                "scope",
                                m.scope().get()));
            } else {
                context.report(
                        Document.MONITORING,
                        where,
                        Args.of(
                                "value",
                                m.value(),
                                "date",
                                m.date(),
                                "target",
                                target.text(),
                                "result",
                                result.toString()));
            }
        }
    }

    private void computed(RuleContext context, Monitoring monitoring, LocalDate asOf, Set<RoadmapRefs.Place> measured) {
        Optional<DateRange> period = Terms.period(context);
        Set<String> schools = new LinkedHashSet<>();
        for (Participant p : context.roadmap().participants()) {
            if (p.kind() == ParticipantKind.SCHOOL) {
                schools.add(Texts.fold(p.name()));
            }
        }
        Map<String, List<DateRange>> reported = new HashMap<>();
        for (ReportSubmission r : monitoring.reports()) {
            String reporter = Texts.fold(r.reporter());
            if (schools.contains(reporter) && !r.submitted().isAfter(asOf)) {
                reported.computeIfAbsent(reporter, x -> new ArrayList<>()).add(r.period());
            }
        }
        if (period.isEmpty() || reported.isEmpty()) {
            return;
        }
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                List<ExpectedResult> results = activity.results();
                for (int r = 0; r < results.size(); r++) {
                    Target t = results.get(r).target().orElse(null);
                    if (t == null
                            || t.unit() != Unit.PERCENT
                            || t.population().isEmpty()
                            || !Populations.isParticipantSchools(t.population().get())
                            || measured.contains(new RoadmapRefs.Place(s, a, r))) {
                        continue;
                    }
                    Occurrence last = lastDue(context, activity, period.get(), asOf);
                    if (last == null) {
                        continue;
                    }
                    int count = 0;
                    for (List<DateRange> periods : reported.values()) {
                        if (periods.stream().anyMatch(p -> p.isWellOrdered() && p.overlaps(last.window()))) {
                            count++;
                        }
                    }
                    BigDecimal total = BigDecimal.valueOf(schools.size());
                    if (t.comparison()
                            .isMet(BigDecimal.valueOf(count * 100L), t.value().multiply(total))) {
                        continue;
                    }
                    context.report(
                            Pointer.activity(s, a).add("results").add(r),
                            "computed",
                            Args.of(
                                    "reported",
                                    count,
                                    "total",
                                    schools.size(),
                                    "value",
                                    SharesSum.plain(
                                            BigDecimal.valueOf(count * 100L).divide(total, 1, RoundingMode.HALF_UP)),
                                    "period",
                                    Terms.periodText(last.window()),
                                    "target",
                                    t.text()));
                }
            }
        }
    }

    /** Tells whether the result at a place has a target in percent. */
    private static boolean hasPercentTarget(RoadmapRefs refs, RoadmapRefs.Place place) {
        Target target =
                refs.activityAt(place).results().get(place.result()).target().orElse(null);
        return target != null && target.unit() == Unit.PERCENT;
    }

    /** Tells whether an activity's latest due date, moved by art. 193, has passed; true for activities without dates. */
    private static boolean isDue(Dues dues, RoadmapRefs.Place place, LocalDate asOf) {
        DueDate due = dues.latest(place.section(), place.activity());
        return due == null || Terms.hasPassed(due.due(), asOf);
    }

    /** Returns the activity's latest occurrence whose due date, moved by art. 193, has passed, or null. */
    private static Occurrence lastDue(RuleContext context, Activity activity, DateRange period, LocalDate asOf) {
        if (activity.deadline().isEmpty()) {
            return null;
        }
        Occurrence last = null;
        for (Occurrence o : activity.deadline().get().occurrences(period, context.schoolYear())) {
            if (Terms.hasPassed(context.calendar().rollForward(o.due()).due(), asOf)) {
                last = o;
            }
        }
        return last;
    }
}
