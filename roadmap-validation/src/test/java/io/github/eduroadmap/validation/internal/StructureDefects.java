package io.github.eduroadmap.validation.internal;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.Comparison;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.PersonExecutor;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Plants structure defects at random places of a roadmap or monitoring document: blank, multi-line, negative,
 * out-of-range, ill-ordered, duplicate and empty values, and values just inside each constraint (a no-break space is
 * not blank, a vertical tab breaks no line, 100 and -0 are fine), so that a differential test sees both sides of
 * every edge.
 */
public final class StructureDefects {

    /** Texts: blank ones, multi-line ones, and ones on the edge of both. */
    static final List<String> TEXTS = List.of(
            "",
            " ",
            "\t",
            "\n",
            "  \r\n ",
            "\u0000",
            "\u001f ",
            "\u00a0",
            "\u2007",
            "\u3000",
            "\u1680",
            "\u202f",
            "\u200b",
            "\ufeff",
            "\u001c",
            "\ud800",
            "\ud83d\ude00",
            "\u2028",
            "a\nb",
            "1\r",
            "\u0085",
            "x\u2028",
            "\u2029y",
            "a\u000bb",
            "a\fb",
            "МОУО",
            "1.",
            "ШНОР");

    /** Counts: negative ones, and zeros that are not. */
    static final List<String> COUNTS = List.of("-1", "-0.0001", "-16", "0", "-0", "0.00", "16", "-1E+2");

    /** Percentages: outside 0..100, and the ends and insides. */
    static final List<String> PERCENTS =
            List.of("101", "-0.5", "100.0001", "1E+3", "-1E-10", "100", "0", "100.000", "0E-5", "75", "-0");

    private StructureDefects() {}

    /**
     * Plants defects into a roadmap.
     *
     * @param roadmap the roadmap
     * @param random where the places and values come from
     * @param count how many defects
     * @return the roadmap with the defects
     */
    public static Roadmap plant(Roadmap roadmap, Random random, int count) {
        Roadmap r = roadmap;
        for (int i = 0; i < count; i++) {
            r = plantOne(r, random);
        }
        return r;
    }

    /**
     * Plants defects into a monitoring document.
     *
     * @param monitoring the monitoring document
     * @param random where the places and values come from
     * @param count how many defects
     * @return the monitoring document with the defects
     */
    public static Monitoring plant(Monitoring monitoring, Random random, int count) {
        Monitoring m = monitoring;
        for (int i = 0; i < count; i++) {
            m = plantOne(m, random);
        }
        return m;
    }

    static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    static BigDecimal count(Random random) {
        return new BigDecimal(COUNTS.get(random.nextInt(COUNTS.size())));
    }

    static BigDecimal percent(Random random) {
        return new BigDecimal(PERCENTS.get(random.nextInt(PERCENTS.size())));
    }

    static DateRange range(Random random) {
        LocalDate a = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(800));
        LocalDate b = random.nextInt(4) == 0 ? a : a.plusDays(random.nextInt(400) - 200);
        return DateRange.of(a, b);
    }

    static <T> List<T> set(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    /** Changes a random element of a list, or adds a new one when the list is empty or by chance. */
    static <T> List<T> change(List<T> list, Random random, UnaryOperator<T> change, T fresh) {
        if (list.isEmpty() || random.nextInt(8) == 0) {
            List<T> copy = new ArrayList<>(list);
            copy.add(random.nextInt(copy.size() + 1), fresh);
            return copy;
        }
        int i = random.nextInt(list.size());
        return set(list, i, change.apply(list.get(i)));
    }

    static Roadmap plantOne(Roadmap r, Random random) {
        switch (random.nextInt(16)) {
            case 0:
                return r.withTitle(text(random));
            case 1:
                return r.withProgramme(text(random));
            case 2:
                return r.withPeriod(range(random));
            case 3:
                if (r.approval().isEmpty()) {
                    return r.withPeriod(range(random));
                }
                return random.nextBoolean()
                        ? r.withApproval(r.approval().get().withNumber(text(random)))
                        : r.withApproval(r.approval().get().withSignatory(Person.named(text(random))));
            case 4:
                return r.withObjectives(
                        change(r.objectives(), random, o -> objective(o, r, random), objective(r, random)));
            case 5:
                return r.withOrganisations(change(
                        r.organisations(),
                        random,
                        o -> random.nextBoolean() ? o.withName(text(random)) : o.withAbbreviation(text(random)),
                        Organisation.builder()
                                .name(text(random))
                                .abbreviation(text(random))
                                .build()));
            case 6:
                return r.withTerms(change(
                        r.terms(),
                        random,
                        t -> random.nextBoolean()
                                ? new Term(text(random), t.meaning())
                                : new Term(t.abbreviation(), text(random)),
                        new Term(text(random), text(random))));
            case 7:
                return r.withParticipants(change(
                        r.participants(),
                        random,
                        p -> random.nextBoolean() ? p.withName(text(random)) : p.withHead(Person.named(text(random))),
                        Participant.builder()
                                .kind(ParticipantKind.SCHOOL)
                                .name(text(random))
                                .build()));
            case 8:
                return r.withContext(change(
                        r.context(),
                        random,
                        c -> contextFact(c, random),
                        ContextFact.builder()
                                .text(text(random))
                                .total(count(random))
                                .build()));
            case 9:
                if (random.nextInt(4) == 0) {
                    return r.withSections(List.of());
                }
                return r.withSections(change(
                        r.sections(),
                        random,
                        s -> section(s, random),
                        Section.builder().title(text(random)).build()));
            default:
                return r.withSections(change(
                        r.sections(),
                        random,
                        s -> s.withActivities(change(
                                s.activities(),
                                random,
                                a -> activity(a, r, random),
                                Activity.builder().title(text(random)).build())),
                        Section.builder().title("Раздел").build()));
        }
    }

    static Objective objective(Roadmap r, Random random) {
        return Objective.builder().id(text(random)).title(text(random)).build();
    }

    static Objective objective(Objective o, Roadmap r, Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return o.withId(text(random));
            case 1:
                return r.objectives().isEmpty()
                        ? o
                        : o.withId(r.objectives()
                                .get(random.nextInt(r.objectives().size()))
                                .id());
            case 2:
                return o.withNumber(text(random));
            default:
                return o.withTitle(text(random));
        }
    }

    static ContextFact contextFact(ContextFact c, Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return c.withText(text(random));
            case 1:
                return c.withTotal(count(random));
            default:
                return c.withShares(change(
                        c.shares(),
                        random,
                        s -> {
                            switch (random.nextInt(3)) {
                                case 0:
                                    return new Share(text(random), s.percent(), s.count());
                                case 1:
                                    return new Share(s.label(), percent(random), s.count());
                                default:
                                    return new Share(s.label(), s.percent(), Optional.of(count(random)));
                            }
                        },
                        new Share(text(random), percent(random), Optional.of(count(random)))));
        }
    }

    static Section section(Section s, Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return s.withTitle(text(random));
            case 1:
                return s.withNumber(text(random));
            default:
                return s.withObjective(text(random));
        }
    }

    static Activity activity(Activity a, Roadmap r, Random random) {
        switch (random.nextInt(7)) {
            case 0:
                return a.withTitle(text(random));
            case 1:
                return a.withId(text(random));
            case 2:
                List<String> ids = new ArrayList<>();
                r.sections().forEach(s -> s.activities().forEach(x -> x.id().ifPresent(ids::add)));
                return a.withId(ids.isEmpty() ? "a-1" : ids.get(random.nextInt(ids.size())));
            case 3:
                return random.nextBoolean() ? a.withNumber(text(random)) : a.withObjective(text(random));
            case 4:
                return a.withExecutors(change(a.executors(), random, e -> executor(random), executor(random)));
            default:
                return a.withResults(change(a.results(), random, e -> result(random), result(random)));
        }
    }

    static Executor executor(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return new RoleExecutor(text(random));
            case 1:
                return new OrganisationExecutor(text(random), "исполнитель");
            default:
                return new PersonExecutor(text(random), Optional.empty(), "И.И. Иванов");
        }
    }

    static ExpectedResult result(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return ExpectedResult.ofText(text(random));
            case 1:
                return ExpectedResult.parse(PERCENTS.get(random.nextInt(PERCENTS.size())) + "% школ-участниц");
            default:
                Unit unit = random.nextBoolean() ? Unit.PERCENT : Unit.COUNT;
                return new ExpectedResult(
                        text(random),
                        Optional.of(new Target(
                                "цель",
                                Comparison.AT_LEAST,
                                percent(random),
                                unit,
                                Optional.empty(),
                                Optional.empty())));
        }
    }

    static Monitoring plantOne(Monitoring m, Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return m.withReports(change(
                        m.reports(),
                        random,
                        r -> random.nextBoolean()
                                ? r.withReporter(text(random))
                                : ReportSubmission.builder()
                                        .from(r)
                                        .period(range(random))
                                        .build(),
                        ReportSubmission.builder()
                                .period(range(random))
                                .reporter(text(random))
                                .submitted(LocalDate.of(2022, 3, 10))
                                .build()));
            case 1:
                return m.withMeasurements(change(
                        m.measurements(),
                        random,
                        x -> random.nextBoolean()
                                ? x.withResult(text(random))
                                : IndicatorMeasurement.builder()
                                        .from(x)
                                        .value(percent(random))
                                        .unit(random.nextInt(4) == 0 ? Unit.COUNT : Unit.PERCENT)
                                        .build(),
                        IndicatorMeasurement.builder()
                                .result(text(random))
                                .value(percent(random))
                                .unit(Unit.PERCENT)
                                .date(LocalDate.of(2022, 5, 1))
                                .build()));
            default:
                return m.withProgress(change(
                        m.progress(),
                        random,
                        p -> p.withActivity(text(random)),
                        ActivityProgress.builder()
                                .activity(text(random))
                                .status(io.github.eduroadmap.model.ActivityStatus.DONE)
                                .build()));
        }
    }
}
