package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plants one defect into a roadmap (and its monitoring document) at a place chosen from a seed, and says where.
 *
 * <p>Every planting changes as little as it can, adds rather than replaces where it can, and appends to lists rather
 * than inserting, so that the pointers of everything else stay as they were. A place is <em>ideal</em> when the
 * planting is expected to cause nothing but the defect; other places may cause the side effects the public
 * {@code Defect} documents. Plantings are keyed by the name of the public {@code Defect} constant.
 */
public final class Planter {

    /**
     * What a planting made.
     *
     * @param roadmap the roadmap with the defect
     * @param monitoring the monitoring document with the defect, or as given
     * @param document the document the pointer points into
     * @param pointer where the validator is expected to report the defect
     */
    public record Result(Roadmap roadmap, Optional<Monitoring> monitoring, Document document, Pointer pointer) {}

    /** A place a defect can be planted at, and the planting there. */
    private record Place(boolean ideal, Supplier<Result> plant) {}

    /** The text of a deadline no rule understands (a misspelt month of the seeds). */
    public static final String UNPARSED_DEADLINE = "Сентяьбря";

    /** Abbreviations no roadmap defines and no generated text uses; one absent from the roadmap is planted. */
    private static final List<String> MADE_UP_ABBREVIATIONS =
            List.of("ЦРКП", "МЦОКП", "РЦМПС", "ОЦРКО", "ГМЦПК", "КЦСМП", "ЦПРКО", "МРЦКП");

    /** An organisation key no glossary of the generator has. */
    private static final List<String> UNKNOWN_ORGANISATIONS =
            List.of("Городской методический центр", "Краевой ресурсный центр", "Центр сетевого взаимодействия школ");

    /** Schools with balanced quotes, for a roadmap without participant schools. */
    private static final List<String> SCHOOLS =
            List.of("МОУ «Нижнеильиновская СОШ»", "МОАУ «Калининская СОШ»", "МОБУ «Новочесноковская СОШ»");

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)(\\.?)$");

    private final Roadmap roadmap;
    private final Optional<Monitoring> monitoring;
    private final LocalDate asOf;
    private final DateRange period;

    /**
     * Creates a planter for a roadmap and its monitoring document.
     *
     * @param roadmap the roadmap
     * @param monitoring its monitoring document, needed by the defects of monitoring
     * @param asOf the day the documents are to be validated as of
     */
    public Planter(Roadmap roadmap, Optional<Monitoring> monitoring, LocalDate asOf) {
        this.roadmap = roadmap;
        this.monitoring = monitoring;
        this.asOf = asOf;
        this.period = periodOf(roadmap);
    }

    /**
     * Returns the period the plantings work in: the roadmap's when it is well ordered, else the year of the approval
     * date, else {@link MonitoringAssembler#FALLBACK_PERIOD}.
     *
     * @param roadmap the roadmap
     * @return the period
     */
    public static DateRange periodOf(Roadmap roadmap) {
        return roadmap.period()
                .filter(DateRange::isWellOrdered)
                .or(() -> roadmap.approval().flatMap(ApprovalDocument::date).map(d -> DateRange.ofYear(d.getYear())))
                .orElse(MonitoringAssembler.FALLBACK_PERIOD);
    }

    /**
     * Plants a defect.
     *
     * @param defect the name of the public {@code Defect} constant
     * @param seed the seed that chooses among the places
     * @param idealOnly whether to plant at ideal places only
     * @return what was planted, or empty when the documents have no (ideal) place for the defect
     * @throws IllegalArgumentException if {@code defect} names no planting
     */
    public Optional<Result> plant(String defect, long seed, boolean idealOnly) {
        List<Place> places = places(defect);
        List<Place> ideal = new ArrayList<>();
        for (Place p : places) {
            if (p.ideal()) {
                ideal.add(p);
            }
        }
        List<Place> chosen = ideal.isEmpty() && !idealOnly ? places : ideal;
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Rng rng = Rng.derive(seed, 0x9D1A7L, defect.hashCode(), 0);
        return Optional.of(rng.pick(chosen).plant().get());
    }

    private List<Place> places(String defect) {
        switch (defect) {
            case "REPORTING_LATE":
                return reportingLate();
            case "REPORTING_MISSING":
                return reportingMissing();
            case "REPORTING_OUTSIDE_PERIOD":
                return reportingOutsidePeriod();
            case "REPORTING_DUPLICATE":
                return reportingDuplicate();
            case "COVERAGE_NOT_FULL":
                return coverageNotFull();
            case "COVERAGE_BELOW_TARGET":
                return coverageBelowTarget();
            case "PERCENT_OUT_OF_RANGE_TARGET":
                return percentTarget();
            case "PERCENT_OUT_OF_RANGE_SHARE":
                return percentShare();
            case "PERCENT_OUT_OF_RANGE_MEASUREMENT":
                return percentMeasurement();
            case "SHARES_SUM":
                return sharesSum();
            case "SHARES_COUNT":
                return sharesCount();
            case "DEADLINE_UNPARSED":
                return lastDeadline(() -> new Deadline.Unparsed(UNPARSED_DEADLINE), Deadline::isParsed, false);
            case "DEADLINE_ILL_ORDERED":
                return lastDeadline(
                        () -> Deadline.between(period.end(), period.end().minusDays(1)),
                        Deadline::isWellOrdered,
                        false);
            case "DEADLINE_OUTSIDE_PERIOD":
                return lastDeadline(
                        () -> Deadline.in(YearMonth.from(period.end()).plusMonths(2)), d -> d.isWithin(period), false);
            case "ACTIVITY_OVERDUE":
                return activityOverdue();
            case "DEADLINE_CHRONOLOGY":
                return chronology();
            case "ACTIVITY_NO_DEADLINE":
                return lastDeadline(() -> null, d -> true, true);
            case "NUMBERING_GAP":
                return numberingGap();
            case "NUMBERING_DUPLICATE":
                return numberingDuplicate();
            case "NUMBERING_MISSING":
                return numberingMissing();
            case "NUMBERING_STYLE":
                return numberingStyle();
            case "ACTIVITY_NO_EXECUTOR":
                return noExecutor();
            case "ACTIVITY_NO_RESULT":
                return noResult();
            case "RESULT_IS_EXECUTOR_LIST":
                return resultIsExecutorList();
            case "OBJECTIVE_NO_ACTIVITY":
                return objectiveNoActivity();
            case "OBJECTIVE_UNKNOWN":
                return objectiveUnknown();
            case "EXECUTOR_UNKNOWN_ORGANISATION":
                return unknownOrganisation();
            case "ABBREVIATION_UNDEFINED":
                return abbreviationUndefined();
            case "PARTICIPANT_SPELLING":
                return participantSpelling();
            case "APPROVAL_PLACEHOLDER":
                return approvalPlaceholder();
            case "TEXT_UNBALANCED_QUOTES":
                return unbalancedQuotes();
            case "STRUCTURE_BLANK":
                return blank();
            case "STRUCTURE_EMPTY":
                return empty();
            case "STRUCTURE_NOT_ONE_LINE":
                return notOneLine();
            case "STRUCTURE_NEGATIVE":
                return negative();
            case "STRUCTURE_PERIOD_ORDER":
                return periodOrder();
            case "STRUCTURE_DUPLICATE_ID":
                return duplicateId();
            default:
                throw new IllegalArgumentException("no planting of " + defect);
        }
    }

    // ---- reporting -------------------------------------------------------------------------------------------------

    private List<Place> reportingLate() {
        List<Place> places = new ArrayList<>();
        Monitoring m = monitoring();
        for (int i = 0; i < m.reports().size(); i++) {
            ReportSubmission r = m.reports().get(i);
            Optional<LocalDate> due = dueOf(r);
            if (due.isEmpty()) {
                continue;
            }
            LocalDate late = due.get().plusDays(MonitoringAssembler.LATE_BY_AT_LEAST + 3);
            if (late.isAfter(asOf)) {
                continue;
            }
            int index = i;
            boolean onTime = !r.submitted().isAfter(due.get());
            places.add(new Place(onTime, () -> {
                List<ReportSubmission> reports = new ArrayList<>(m.reports());
                reports.set(
                        index,
                        ReportSubmission.builder().from(r).submitted(late).build());
                return monitoringResult(
                        m.withReports(reports),
                        Pointer.root().add("reports").add(index).add("submitted"));
            }));
        }
        return places;
    }

    private List<Place> reportingMissing() {
        Monitoring m = monitoring();
        Set<String> schools = schoolNames();
        // the latest report whose due date has passed, whose reporter keeps another report under the same duty;
        // ideally the last report, so that removing it moves no other report's pointer
        int last = m.reports().size() - 1;
        for (int i = last; i >= 0; i--) {
            ReportSubmission r = m.reports().get(i);
            List<Integer> duties = dutiesOf(r);
            if (duties.size() != 1) {
                continue;
            }
            int k = duties.get(0);
            Optional<LocalDate> due = dueOf(roadmap.reporting().get(k), r.period());
            if (due.isEmpty()
                    || !due.get().plusDays(MonitoringAssembler.LATE_BY_AT_LEAST).isBefore(asOf)) {
                continue;
            }
            boolean another = false;
            for (int j = 0; j < m.reports().size(); j++) {
                ReportSubmission o = m.reports().get(j);
                if (j != i && o.reporter().equals(r.reporter()) && dutiesOf(o).equals(duties)) {
                    another = true;
                    break;
                }
            }
            if (!another) {
                continue;
            }
            int index = i;
            boolean ideal = i == last && !schools.contains(r.reporter());
            return List.of(new Place(ideal, () -> {
                List<ReportSubmission> reports = new ArrayList<>(m.reports());
                reports.remove(index);
                return new Result(
                        roadmap,
                        Optional.of(m.withReports(reports)),
                        Document.ROADMAP,
                        Pointer.root().add("reporting").add(k));
            }));
        }
        return List.of();
    }

    private List<Place> reportingOutsidePeriod() {
        Monitoring m = monitoring();
        YearMonth before = YearMonth.from(period.start()).minusMonths(2);
        LocalDate submitted = before.atEndOfMonth().plusDays(5);
        if (submitted.isAfter(asOf)) {
            submitted = asOf;
        }
        String reporter = m.reports().isEmpty()
                ? roadmap.reporting().stream()
                        .flatMap(q -> q.reporter().stream())
                        .findFirst()
                        .orElse("МОУО")
                : m.reports().get(0).reporter();
        LocalDate on = submitted;
        return List.of(new Place(true, () -> {
            ReportSubmission report = ReportSubmission.builder()
                    .period(DateRange.ofMonth(before))
                    .reporter(reporter)
                    .submitted(on)
                    .build();
            return monitoringResult(
                    m.withReports(append(m.reports(), report)),
                    Pointer.root().add("reports").add(m.reports().size()).add("period"));
        }));
    }

    private List<Place> reportingDuplicate() {
        List<Place> places = new ArrayList<>();
        Monitoring m = monitoring();
        Set<String> schools = schoolNames();
        for (ReportSubmission r : m.reports()) {
            places.add(new Place(!schools.contains(r.reporter()), () -> {
                ReportSubmission copy = ReportSubmission.builder()
                        .period(r.period())
                        .reporter(r.reporter())
                        .submitted(r.submitted())
                        .note("отчет направлен повторно")
                        .build();
                return monitoringResult(
                        m.withReports(append(m.reports(), copy)),
                        Pointer.root().add("reports").add(m.reports().size()));
            }));
        }
        return places;
    }

    // ---- coverage --------------------------------------------------------------------------------------------------

    private List<Place> coverageNotFull() {
        return appendResult(
                new ExpectedResult(
                        "Не менее 90% школ-участниц проекта прошли самодиагностику",
                        Optional.of(percentTarget("не менее 90% школ-участниц проекта", 90, "школ-участниц проекта"))),
                a -> true);
    }

    private List<Place> coverageBelowTarget() {
        List<Place> places = new ArrayList<>();
        Monitoring m = monitoring();
        forEachActivity((s, a, activity) -> {
            if (!isDue(activity)) {
                return;
            }
            for (int k = 0; k < activity.results().size(); k++) {
                Target t = activity.results().get(k).target().orElse(null);
                if (t == null
                        || t.unit() != Unit.PERCENT
                        || t.comparison() == Comparison.AT_MOST
                        || t.value().compareTo(BigDecimal.TEN) < 0
                        || t.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                    continue;
                }
                int result = k;
                BigDecimal below = t.value().subtract(BigDecimal.TEN);
                places.add(new Place(true, () -> {
                    IndicatorMeasurement x = measurement(s, a, result, below);
                    return monitoringResult(
                            m.withMeasurements(append(m.measurements(), x)),
                            Pointer.root()
                                    .add("measurements")
                                    .add(m.measurements().size())
                                    .add("value"));
                }));
            }
            if (places.isEmpty()) {
                // no result of the activity has a percent target: give it one, measured below
                int result = activity.results().size();
                places.add(new Place(false, () -> {
                    ExpectedResult target = new ExpectedResult(
                            "Не менее 80% учителей прошли курсы повышения квалификации",
                            Optional.of(percentTarget("не менее 80% учителей", 80, "учителей")));
                    Roadmap r = withActivity(roadmap, s, a, x -> x.withResults(append(x.results(), target)));
                    IndicatorMeasurement x = measurement(s, a, result, BigDecimal.valueOf(70));
                    return new Result(
                            r,
                            Optional.of(m.withMeasurements(append(m.measurements(), x))),
                            Document.MONITORING,
                            Pointer.root()
                                    .add("measurements")
                                    .add(m.measurements().size())
                                    .add("value"));
                }));
            }
        });
        return places;
    }

    private IndicatorMeasurement measurement(int s, int a, int result, BigDecimal value) {
        return IndicatorMeasurement.builder()
                .result(Pointer.activity(s, a).add("results").add(result).toString())
                .value(value)
                .unit(Unit.PERCENT)
                .date(asOf)
                .source("анкетирование")
                .build();
    }

    private List<Place> percentTarget() {
        return appendResult(
                new ExpectedResult(
                        "Не менее 120% родителей приняли участие в собраниях",
                        Optional.of(percentTarget("Не менее 120% родителей", 120, "родителей"))),
                a -> true);
    }

    private List<Place> percentShare() {
        ContextFact fact = ContextFact.builder()
                .text("доля школ с низкими результатами обучения составила 130%")
                .addShares(
                        new Share("школы с низкими результатами обучения", BigDecimal.valueOf(130), Optional.empty()))
                .build();
        return appendFact(
                fact,
                Pointer.root()
                        .add("context")
                        .add(roadmap.context().size())
                        .add("shares")
                        .add(0)
                        .add("percent"));
    }

    private List<Place> percentMeasurement() {
        List<Place> places = new ArrayList<>();
        Monitoring m = monitoring();
        forEachActivity((s, a, activity) -> {
            for (int k = 0; k < activity.results().size(); k++) {
                int result = k;
                boolean ideal = activity.results().get(k).target().isEmpty();
                places.add(new Place(ideal, () -> {
                    IndicatorMeasurement x = measurement(s, a, result, BigDecimal.valueOf(120));
                    return monitoringResult(
                            m.withMeasurements(append(m.measurements(), x)),
                            Pointer.root()
                                    .add("measurements")
                                    .add(m.measurements().size())
                                    .add("value"));
                }));
            }
        });
        return places;
    }

    private List<Place> sharesSum() {
        ContextFact fact = ContextFact.builder()
                .text("По результатам анкетирования 20 школ: 60% - городские, 30% - сельские")
                .total(BigDecimal.valueOf(20))
                .totalOf("школ")
                .addShares(new Share("городские", BigDecimal.valueOf(60), Optional.empty()))
                .addShares(new Share("сельские", BigDecimal.valueOf(30), Optional.empty()))
                .partition(true)
                .build();
        return appendFact(
                fact,
                Pointer.root().add("context").add(roadmap.context().size()).add("shares"));
    }

    private List<Place> sharesCount() {
        ContextFact fact = ContextFact.builder()
                .text("По результатам анкетирования 16 школ: 75% - городские (10), 25% - сельские (4)")
                .total(BigDecimal.valueOf(16))
                .totalOf("школ")
                .addShares(new Share("городские", BigDecimal.valueOf(75), Optional.of(BigDecimal.TEN)))
                .addShares(new Share("сельские", BigDecimal.valueOf(25), Optional.of(BigDecimal.valueOf(4))))
                .partition(true)
                .build();
        return appendFact(
                fact,
                Pointer.root()
                        .add("context")
                        .add(roadmap.context().size())
                        .add("shares")
                        .add(0)
                        .add("count"));
    }

    // ---- deadlines -------------------------------------------------------------------------------------------------

    /**
     * Replaces the deadline of an activity, ideally the last of its section with words that name nothing, so that no
     * other activity's chronology changes.
     *
     * @param deadline the new deadline, or null for none
     * @param sound whether a deadline replaced is free of the defect already
     * @param atActivity whether the defect is reported at the activity rather than at its deadline
     */
    private List<Place> lastDeadline(Supplier<Deadline> deadline, Predicate<Deadline> sound, boolean atActivity) {
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            boolean last = a == roadmap.sections().get(s).activities().size() - 1;
            boolean quietWords = activity.deadline()
                    .map(d -> quiet(d.text()) && sound.test(d))
                    .orElse(!atActivity);
            places.add(new Place(last && quietWords, () -> {
                Deadline d = deadline.get();
                Roadmap r = withActivity(roadmap, s, a, x -> x.withDeadline(Optional.ofNullable(d)));
                Pointer at = Pointer.activity(s, a);
                return roadmapResult(r, atActivity ? at : at.add("deadline"));
            }));
        });
        return places;
    }

    private List<Place> activityOverdue() {
        List<Place> places = new ArrayList<>();
        Monitoring m = monitoring();
        Set<String> followed = new HashSet<>();
        for (ActivityProgress p : m.progress()) {
            followed.add(p.activity());
        }
        forEachActivity((s, a, activity) -> {
            Optional<LocalDate> due = activity.deadline().flatMap(d -> d.latestDueDate(period));
            if (due.isEmpty()
                    || !due.get().plusDays(MonitoringAssembler.LATE_BY_AT_LEAST).isBefore(asOf)) {
                return;
            }
            String pointer = Pointer.activity(s, a).toString();
            boolean ideal = !followed.contains(pointer)
                    && activity.id().map(id -> !followed.contains(id)).orElse(true);
            places.add(new Place(ideal, () -> {
                ActivityProgress p = ActivityProgress.builder()
                        .activity(pointer)
                        .status((s + a) % 2 == 0 ? ActivityStatus.PLANNED : ActivityStatus.IN_PROGRESS)
                        .asOf(asOf)
                        .build();
                return monitoringResult(
                        m.withProgress(append(m.progress(), p)),
                        Pointer.root().add("progress").add(m.progress().size()).add("status"));
            }));
        });
        return places;
    }

    private List<Place> chronology() {
        List<Place> places = new ArrayList<>();
        LocalDate earlier = period.end().minusDays(1);
        if (earlier.isBefore(period.start())) {
            return places;
        }
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            int n = activities.size();
            if (n < 2) {
                continue;
            }
            int section = s;
            boolean ideal = activities.subList(n - 2, n).stream()
                            .allMatch(
                                    x -> x.deadline().map(d -> quiet(d.text())).orElse(true))
                    && !earlierThanBefore(activities);
            places.add(new Place(ideal, () -> {
                Roadmap r = withActivity(roadmap, section, n - 2, x -> x.withDeadline(Deadline.on(period.end())));
                r = withActivity(r, section, n - 1, x -> x.withDeadline(Deadline.on(earlier)));
                return roadmapResult(r, Pointer.activity(section, n - 1).add("deadline"));
            }));
        }
        return places;
    }

    /**
     * Tells whether the last activity of a list is due earlier than the dated one before it, as far as a rough reading
     * of the deadlines tells (recurring and throughout parts have no place in the order), so that planting an earlier
     * deadline there would find the place taken.
     */
    private boolean earlierThanBefore(List<Activity> activities) {
        DateRange last = dates(activities.get(activities.size() - 1));
        if (last == null) {
            return false;
        }
        for (int a = activities.size() - 2; a >= 0; a--) {
            DateRange before = dates(activities.get(a));
            if (before != null) {
                return last.start().isBefore(before.start()) && last.end().isBefore(before.end());
            }
        }
        return false;
    }

    /** Returns the first day and the latest due date of an activity's dated deadline parts, or null. */
    private DateRange dates(Activity activity) {
        if (activity.deadline().isEmpty()) {
            return null;
        }
        List<Deadline> parts = new ArrayList<>();
        List<Deadline> todo = new ArrayList<>(List.of(activity.deadline().get()));
        while (!todo.isEmpty()) {
            Deadline d = todo.remove(0);
            if (d instanceof Deadline.Combined) {
                todo.addAll(((Deadline.Combined) d).parts());
            } else if (!(d instanceof Deadline.Recurring) && !(d instanceof Deadline.Throughout)) {
                parts.add(d);
            }
        }
        LocalDate first = null;
        LocalDate last = null;
        for (Deadline d : parts) {
            for (Occurrence o : d.occurrences(period)) {
                LocalDate start = o.window().isWellOrdered()
                        ? o.window().start()
                        : o.window().end();
                first = first == null || start.isBefore(first) ? start : first;
                last = last == null || o.due().isAfter(last) ? o.due() : last;
            }
        }
        return first == null ? null : new DateRange(first, last);
    }

    // ---- numbering -------------------------------------------------------------------------------------------------

    /** A printed number read as a prefix, a value and a final dot: "1.2." is "1.", 2, ".". */
    private record Number(String prefix, int value, String dot) {
        static Optional<Number> of(Optional<String> printed) {
            if (printed.isEmpty()) {
                return Optional.empty();
            }
            Matcher m = TRAILING_NUMBER.matcher(printed.get());
            if (!m.matches() || m.group(2).length() > 6) {
                return Optional.empty();
            }
            return Optional.of(new Number(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        }

        String with(int other) {
            return prefix + other + dot;
        }
    }

    /**
     * Returns the places of the activities that end a run of numbers counting up by one, each with the number before
     * it: the last activity of a section numbered on its own, or the last activity of the roadmap where the numbers
     * run on through the sections.
     */
    private List<int[]> lastOfSeries() {
        List<int[]> ends = new ArrayList<>();
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            if (activities.isEmpty() || !countsUp(activities)) {
                continue;
            }
            int last = activities.size() - 1;
            Number end = Number.of(activities.get(last).number()).get();
            boolean runsOn = false;
            for (int t = s + 1; t < sections.size(); t++) {
                if (sections.get(t).activities().isEmpty()) {
                    continue;
                }
                Optional<Number> next =
                        Number.of(sections.get(t).activities().get(0).number());
                runsOn = next.isPresent()
                        && next.get().prefix().equals(end.prefix())
                        && next.get().value() == end.value() + 1;
                break;
            }
            boolean hasPrevious = last > 0 || end.value() > 1;
            if (!runsOn && hasPrevious) {
                ends.add(new int[] {s, last});
            }
        }
        return ends;
    }

    /** Tells whether every activity is numbered, with one prefix, counting up by one. */
    private static boolean countsUp(List<Activity> activities) {
        Number first = null;
        for (int a = 0; a < activities.size(); a++) {
            Optional<Number> n = Number.of(activities.get(a).number());
            if (n.isEmpty()) {
                return false;
            }
            if (first == null) {
                first = n.get();
            } else if (!n.get().prefix().equals(first.prefix())
                    || !n.get().dot().equals(first.dot())
                    || n.get().value() != first.value() + a) {
                return false;
            }
        }
        return true;
    }

    private List<Place> numberingGap() {
        return renumberLastOfSeries(+1);
    }

    private List<Place> numberingDuplicate() {
        return renumberLastOfSeries(-1);
    }

    /** The last activity of each numbered series, its number moved by {@code delta}: a gap (+1) or a duplicate (-1). */
    private List<Place> renumberLastOfSeries(int delta) {
        List<Place> places = new ArrayList<>();
        for (int[] end : lastOfSeries()) {
            int s = end[0];
            int a = end[1];
            Number n = Number.of(roadmap.sections().get(s).activities().get(a).number())
                    .get();
            places.add(new Place(
                    true,
                    () -> roadmapResult(
                            withActivity(roadmap, s, a, x -> x.withNumber(n.with(n.value() + delta))),
                            Pointer.activity(s, a).add("number"))));
        }
        return places;
    }

    private List<Place> numberingMissing() {
        List<Place> places = new ArrayList<>();
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            if (activities.size() < 2 || !countsUp(activities)) {
                continue;
            }
            for (int a = 1; a < activities.size(); a++) {
                int section = s;
                int activity = a;
                places.add(new Place(
                        true,
                        () -> roadmapResult(
                                withActivity(roadmap, section, activity, x -> x.withNumber(Optional.empty())),
                                Pointer.activity(section, activity))));
            }
        }
        return places;
    }

    private List<Place> numberingStyle() {
        List<Place> places = new ArrayList<>();
        List<Section> sections = roadmap.sections();
        int numbered = 0;
        Activity first = null;
        for (Section section : sections) {
            for (Activity a : section.activities()) {
                if (a.number().isPresent()) {
                    numbered++;
                    first = first == null ? a : first;
                }
            }
        }
        boolean ideal = numbered >= 3;
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            if (!countsUp(activities)) {
                continue;
            }
            for (int a = 0; a < activities.size(); a++) {
                if (activities.get(a) == first) {
                    continue; // where two styles tie, the first number's is the usual one
                }
                Number n = Number.of(activities.get(a).number()).get();
                String other = n.prefix() + n.value() + (n.dot().isEmpty() ? "." : "");
                int section = s;
                int activity = a;
                places.add(new Place(
                        ideal,
                        () -> roadmapResult(
                                withActivity(roadmap, section, activity, x -> x.withNumber(other)),
                                Pointer.activity(section, activity).add("number"))));
            }
        }
        return places;
    }

    // ---- activities, results, objectives, executors -----------------------------------------------------------------

    private List<Place> noExecutor() {
        Set<String> abbreviations = definedAbbreviations();
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            boolean ideal = activity.executors().stream()
                    .allMatch(e ->
                            quiet(e.text()) || (e instanceof OrganisationExecutor && abbreviations.contains(e.text())));
            places.add(new Place(
                    ideal,
                    () -> roadmapResult(
                            withActivity(roadmap, s, a, x -> x.withExecutors(List.of())), Pointer.activity(s, a))));
        });
        return places;
    }

    private List<Place> noResult() {
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            boolean ideal = activity.results().stream().allMatch(r -> quiet(r.text()));
            places.add(new Place(
                    ideal,
                    () -> roadmapResult(
                            withActivity(roadmap, s, a, x -> x.withResults(List.of())), Pointer.activity(s, a))));
        });
        return places;
    }

    private List<Place> resultIsExecutorList() {
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            List<String> texts = new ArrayList<>();
            for (Executor e : activity.executors()) {
                String t = e.text().strip();
                // words that a list of executors can hold as they are: no separator, digit or quote, and no final
                // dot, which the rule takes for the end of the cell's sentence ("Жаравина К.А.")
                if (!t.isEmpty()
                        && !t.endsWith(".")
                        && t.chars().noneMatch(c -> ";,\n%«»\"0123456789".indexOf(c) >= 0)) {
                    texts.add(t);
                }
                if (texts.size() == 3) {
                    break;
                }
            }
            if (texts.isEmpty()) {
                return;
            }
            places.add(new Place(
                    true,
                    () -> roadmapResult(
                            withActivity(
                                    roadmap,
                                    s,
                                    a,
                                    x -> x.withResults(
                                            append(x.results(), ExpectedResult.ofText(String.join(", ", texts))))),
                            Pointer.activity(s, a)
                                    .add("results")
                                    .add(activity.results().size()))));
        });
        return places;
    }

    private List<Place> objectiveNoActivity() {
        if (!linked()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        boolean numbered = !roadmap.objectives().isEmpty();
        for (Objective o : roadmap.objectives()) {
            ids.add(o.id());
            numbered &= o.number().isPresent();
        }
        String id = fresh(ids, "z");
        int n = roadmap.objectives().size();
        Objective.Builder o = Objective.builder().id(id).title("Развитие сетевого взаимодействия школ");
        if (numbered) {
            o.number((n + 1) + ".");
        }
        Objective objective = o.build();
        return List.of(new Place(
                true,
                () -> roadmapResult(
                        roadmap.withObjectives(append(roadmap.objectives(), objective)),
                        Pointer.root().add("objectives").add(n))));
    }

    private List<Place> objectiveUnknown() {
        Set<String> ids = new HashSet<>();
        roadmap.objectives().forEach(o -> ids.add(o.id()));
        String unknown = fresh(ids, "нет-");
        boolean quietElsewhere = linked() || roadmap.objectives().isEmpty();
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            boolean ideal = quietElsewhere && activity.objective().isEmpty();
            places.add(new Place(
                    ideal,
                    () -> roadmapResult(
                            withActivity(roadmap, s, a, x -> x.withObjective(unknown)),
                            Pointer.activity(s, a).add("objective"))));
        });
        return places;
    }

    private List<Place> unknownOrganisation() {
        Set<String> keys = new HashSet<>();
        roadmap.organisations().forEach(o -> keys.add(o.key()));
        String key = UNKNOWN_ORGANISATIONS.stream()
                .filter(k -> !keys.contains(k))
                .findFirst()
                .orElseThrow();
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> places.add(new Place(
                true,
                () -> roadmapResult(
                        withActivity(
                                roadmap,
                                s,
                                a,
                                x -> x.withExecutors(append(x.executors(), OrganisationExecutor.of(key)))),
                        Pointer.activity(s, a)
                                .add("executors")
                                .add(activity.executors().size())))));
        return places;
    }

    // ---- texts -----------------------------------------------------------------------------------------------------

    private List<Place> abbreviationUndefined() {
        String everything = roadmap.toString();
        Optional<String> fresh = MADE_UP_ABBREVIATIONS.stream()
                .filter(x -> !everything.contains(x))
                .findFirst();
        if (fresh.isEmpty()) {
            return List.of();
        }
        String abbreviation = fresh.get();
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> places.add(new Place(
                true,
                () -> roadmapResult(
                        withActivity(roadmap, s, a, x -> x.withTitle(x.title() + " совместно с " + abbreviation)),
                        Pointer.activity(s, a).add("title")))));
        return places;
    }

    private List<Place> participantSpelling() {
        List<Participant> participants = roadmap.participants();
        Set<String> names = new HashSet<>();
        participants.forEach(p -> names.add(p.name()));
        List<Place> places = new ArrayList<>();
        for (Participant p : participants) {
            if (p.kind() != ParticipantKind.SCHOOL || !balanced(p.name())) {
                continue;
            }
            Optional<String> misspelt = misspell(p.name()).filter(x -> !names.contains(x));
            misspelt.ifPresent(x -> places.add(new Place(true, () -> {
                Participant wrong = Participant.builder()
                        .kind(ParticipantKind.SCHOOL)
                        .name(x)
                        .build();
                return roadmapResult(
                        roadmap.withParticipants(append(participants, wrong)),
                        Pointer.root()
                                .add("participants")
                                .add(participants.size())
                                .add("name"));
            })));
        }
        if (places.isEmpty()) {
            for (String school : SCHOOLS) {
                if (names.contains(school) || roadmap.toString().contains(school)) {
                    continue;
                }
                String wrong = misspell(school).orElseThrow();
                places.add(new Place(false, () -> {
                    List<Participant> more = append(
                            participants,
                            Participant.builder()
                                    .kind(ParticipantKind.SCHOOL)
                                    .name(school)
                                    .build());
                    more = append(
                            more,
                            Participant.builder()
                                    .kind(ParticipantKind.SCHOOL)
                                    .name(wrong)
                                    .build());
                    return roadmapResult(
                            roadmap.withParticipants(more),
                            Pointer.root()
                                    .add("participants")
                                    .add(participants.size() + 1)
                                    .add("name"));
                }));
            }
        }
        return places;
    }

    /**
     * Returns a name with one letter left out of the longest word of its quoted part, as a typist leaves it
     * ("Нижнеильиновская" and "Нижеильиновская"), or empty when no word in «» has seven letters or more. The words
     * outside the quotes (the school's kind, its town) are left alone: they are not the school's own name.
     */
    static Optional<String> misspell(String name) {
        int open = name.indexOf('«');
        int close = name.lastIndexOf('»');
        if (open < 0 || close < open) {
            return Optional.empty();
        }
        Matcher words = Pattern.compile("\\p{L}{7,}").matcher(name);
        words.region(open + 1, close);
        int start = -1;
        int end = -1;
        while (words.find()) {
            if (words.end() - words.start() > end - start) {
                start = words.start();
                end = words.end();
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        int cut = start + (end - start) / 2;
        // leave out a letter that differs from the one before it, so that the name really changes
        while (cut < end - 1 && name.charAt(cut) == name.charAt(cut - 1)) {
            cut++;
        }
        return Optional.of(name.substring(0, cut) + name.substring(cut + 1));
    }

    private List<Place> approvalPlaceholder() {
        Optional<ApprovalDocument> approval = roadmap.approval();
        // ideally the number replaced is a plain one ("234", "23/6045"), not a placeholder or OCR noise already
        boolean plain = approval.flatMap(ApprovalDocument::number)
                .map(n -> n.matches("[\\p{L}\\p{Nd} /\\-.]*\\p{Nd}[\\p{L}\\p{Nd} /\\-.]*"))
                .orElse(true);
        ApprovalDocument planted = approval.map(x -> x.withNumber("___"))
                .orElseGet(() -> ApprovalDocument.builder()
                        .kind(ApprovalKind.ORDER)
                        .number("___")
                        .build());
        return List.of(new Place(
                plain,
                () -> roadmapResult(
                        roadmap.withApproval(planted),
                        Pointer.root().add("approval").add("number"))));
    }

    private List<Place> unbalancedQuotes() {
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            String title = activity.title();
            if (title.indexOf('«') >= 0 || title.indexOf('»') >= 0) {
                return;
            }
            places.add(new Place(
                    true,
                    () -> roadmapResult(
                            withActivity(roadmap, s, a, x -> x.withTitle(title + " «Точка роста")),
                            Pointer.activity(s, a).add("title"))));
        });
        return places;
    }

    // ---- Bean Validation -------------------------------------------------------------------------------------------

    private List<Place> blank() {
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> places.add(new Place(
                quiet(activity.title()),
                () -> roadmapResult(
                        withActivity(roadmap, s, a, x -> x.withTitle("")),
                        Pointer.activity(s, a).add("title")))));
        return places;
    }

    private List<Place> empty() {
        boolean ideal = roadmap.notes().stream().allMatch(Planter::quiet);
        return List.of(new Place(ideal, () -> roadmapResult(roadmap.withSections(List.of()), Pointer.root())));
    }

    private List<Place> notOneLine() {
        Set<String> ids = new HashSet<>();
        forEachActivity((s, a, activity) -> activity.id().ifPresent(ids::add));
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            String id = activity.id().orElse("мер-" + (s + 1) + "-" + (a + 1)) + "\n(копия)";
            if (ids.contains(id)) {
                return;
            }
            places.add(new Place(
                    true,
                    () -> roadmapResult(
                            withActivity(roadmap, s, a, x -> x.withId(id)),
                            Pointer.activity(s, a).add("id"))));
        });
        return places;
    }

    private List<Place> negative() {
        ContextFact fact = ContextFact.builder()
                .text("количество школ, получивших методическую помощь")
                .total(BigDecimal.valueOf(-3))
                .totalOf("школ")
                .build();
        return appendFact(
                fact,
                Pointer.root().add("context").add(roadmap.context().size()).add("total"));
    }

    private List<Place> periodOrder() {
        DateRange reversed = new DateRange(period.end(), period.start());
        return List.of(new Place(
                true,
                () -> roadmapResult(roadmap.withPeriod(reversed), Pointer.root().add("period"))));
    }

    private List<Place> duplicateId() {
        List<int[]> all = new ArrayList<>();
        forEachActivity((s, a, activity) -> all.add(new int[] {s, a}));
        Set<String> ids = new HashSet<>();
        forEachActivity((s, a, activity) -> activity.id().ifPresent(ids::add));
        String fresh = fresh(ids, "мер-");
        List<Place> places = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            int[] first = all.get(i / 2);
            int[] later = all.get(i);
            places.add(new Place(true, () -> {
                Activity one = roadmap.sections().get(first[0]).activities().get(first[1]);
                String id = one.id().orElse(fresh);
                Roadmap r = withActivity(roadmap, first[0], first[1], x -> x.withId(id));
                r = withActivity(r, later[0], later[1], x -> x.withId(id));
                return roadmapResult(r, Pointer.activity(later[0], later[1]).add("id"));
            }));
        }
        return places;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Receives an activity with its place. */
    @FunctionalInterface
    private interface ActivityVisitor {
        void visit(int section, int activity, Activity a);
    }

    private void forEachActivity(ActivityVisitor visitor) {
        List<Section> sections = roadmap.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                visitor.visit(s, a, activities.get(a));
            }
        }
    }

    private Monitoring monitoring() {
        return monitoring.orElseThrow(() -> new IllegalStateException("this defect needs a monitoring document"));
    }

    private Result roadmapResult(Roadmap r, Pointer pointer) {
        return new Result(r, monitoring, Document.ROADMAP, pointer);
    }

    private Result monitoringResult(Monitoring m, Pointer pointer) {
        return new Result(roadmap, Optional.of(m), Document.MONITORING, pointer);
    }

    private List<Place> appendResult(ExpectedResult result, Predicate<Activity> where) {
        List<Place> places = new ArrayList<>();
        forEachActivity((s, a, activity) -> {
            if (where.test(activity)) {
                places.add(new Place(
                        true,
                        () -> roadmapResult(
                                withActivity(roadmap, s, a, x -> x.withResults(append(x.results(), result))),
                                Pointer.activity(s, a)
                                        .add("results")
                                        .add(activity.results().size()))));
            }
        });
        return places;
    }

    private List<Place> appendFact(ContextFact fact, Pointer pointer) {
        return List.of(new Place(
                true, () -> roadmapResult(roadmap.withContext(append(roadmap.context(), fact)), pointer)));
    }

    private static Target percentTarget(String text, int value, String population) {
        return new Target(
                text,
                Comparison.AT_LEAST,
                BigDecimal.valueOf(value),
                Unit.PERCENT,
                Optional.of(population),
                Optional.empty());
    }

    /** Returns a roadmap with one activity changed. */
    static Roadmap withActivity(Roadmap r, int s, int a, UnaryOperator<Activity> change) {
        List<Section> sections = new ArrayList<>(r.sections());
        Section section = sections.get(s);
        List<Activity> activities = new ArrayList<>(section.activities());
        activities.set(a, change.apply(activities.get(a)));
        sections.set(s, section.withActivities(activities));
        return r.withSections(sections);
    }

    static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list.size() + 1);
        longer.addAll(list);
        longer.add(element);
        return longer;
    }

    private static String fresh(Set<String> taken, String prefix) {
        for (int i = 99; ; i++) {
            if (!taken.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }

    /** Tells whether some section or activity names the objective it serves. */
    private boolean linked() {
        for (Section s : roadmap.sections()) {
            if (s.objective().isPresent()) {
                return true;
            }
            for (Activity a : s.activities()) {
                if (a.objective().isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> definedAbbreviations() {
        Set<String> defined = new HashSet<>();
        for (Organisation o : roadmap.organisations()) {
            o.abbreviation().ifPresent(defined::add);
        }
        roadmap.terms().forEach(t -> defined.add(t.abbreviation()));
        return defined;
    }

    private Set<String> schoolNames() {
        Set<String> names = new HashSet<>();
        for (Participant p : roadmap.participants()) {
            if (p.kind() == ParticipantKind.SCHOOL) {
                names.add(p.name());
            }
        }
        for (Organisation o : roadmap.organisations()) {
            if (o.kind() == OrganisationKind.SCHOOL) {
                names.add(o.key());
            }
        }
        return names;
    }

    /**
     * Tells whether a text is quiet: no abbreviation (two capitals in a row, or a capital before a dot), no quotes,
     * no line break, so that removing or repeating it changes nothing the text rules see elsewhere.
     */
    static boolean quiet(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("«»\"'„“”\n".indexOf(c) >= 0) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if (!Character.isLowerCase(next)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«') {
                depth++;
            } else if (c == '»' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Tells whether an activity's latest due date has passed well before the as-of date, or it has none. */
    private boolean isDue(Activity activity) {
        Optional<LocalDate> due = activity.deadline().flatMap(d -> d.latestDueDate(period));
        return due.map(d -> d.plusDays(MonitoringAssembler.LATE_BY_AT_LEAST).isBefore(asOf))
                .orElse(true);
    }

    /** Returns the indices of the reporting requirements a report answers: by its reporter and period. */
    private List<Integer> dutiesOf(ReportSubmission report) {
        List<Integer> duties = new ArrayList<>();
        for (int k = 0; k < roadmap.reporting().size(); k++) {
            ReportingRequirement q = roadmap.reporting().get(k);
            String reporter = q.reporter().orElseGet(() -> MonitoringAssembler.defaultReporter(roadmap));
            if (reporter.equals(report.reporter()) && dueOf(q, report.period()).isPresent()) {
                duties.add(k);
            }
        }
        return duties;
    }

    /** Returns the nominal due date of a report: of the first requirement with its period. */
    private Optional<LocalDate> dueOf(ReportSubmission report) {
        for (ReportingRequirement q : roadmap.reporting()) {
            Optional<LocalDate> due = dueOf(q, report.period());
            if (due.isPresent()) {
                return due;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the nominal due date of a requirement's reporting period, a recurring deadline without a due rule being
     * due on the 10th of the following month, as the validator's default has it, or on its own last day, whichever
     * is later.
     */
    private Optional<LocalDate> dueOf(ReportingRequirement requirement, DateRange window) {
        Optional<LocalDate> due = Optional.empty();
        for (Deadline d : List.of(requirement.deadline(), withDueDay(requirement.deadline()))) {
            for (Occurrence o : d.occurrences(period)) {
                if (o.window().equals(window)) {
                    LocalDate x = o.due();
                    due = Optional.of(due.filter(y -> y.isAfter(x)).orElse(x));
                }
            }
        }
        return due;
    }

    private static Deadline withDueDay(Deadline d) {
        if (d instanceof Deadline.Recurring) {
            Deadline.Recurring r = (Deadline.Recurring) d;
            return r.due().isPresent()
                    ? r
                    : new Deadline.Recurring(r.text(), r.frequency(), Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH));
        }
        if (d instanceof Deadline.Combined) {
            Deadline.Combined c = (Deadline.Combined) d;
            List<Deadline> parts = new ArrayList<>();
            c.parts().forEach(p -> parts.add(withDueDay(p)));
            return new Deadline.Combined(c.text(), parts);
        }
        return d;
    }
}
