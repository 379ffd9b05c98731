package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equality and hashing of every value type of the model: two values built alike are equal and hash alike, and
 * changing any one field makes them unequal.
 */
class ValueEqualityTests {

    /** A value type: how to build a sample twice, and every single-field change of it. */
    record Case(String type, Supplier<Object> sample, List<Object> variants) {
        @Override
        public String toString() {
            return type;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valuesBuiltAlikeAreEqualAndHashAlike(Case c) {
        Object a = c.sample().get();
        Object b = c.sample().get();
        assertThat(a).isNotSameAs(b).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a).isNotEqualTo(null).isNotEqualTo(new Object());
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changingAnyOneFieldMakesAValueUnequal(Case c) {
        Object a = c.sample().get();
        assertThat(c.variants()).isNotEmpty();
        for (Object variant : c.variants()) {
            assertThat(variant).as("variant %s", variant).isNotEqualTo(a);
            assertThat(a).as("variant %s", variant).isNotEqualTo(variant);
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        add(cases, "RoadmapId", () -> RoadmapId.of("a"), List.of(RoadmapId.of("b")));
        add(
                cases,
                "DateRange",
                () -> DateRange.ofYear(2022),
                List.of(
                        DateRange.of(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 12, 31)),
                        DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 30))));
        add(
                cases,
                "MonthRef",
                () -> MonthRef.of(YearMonth.of(2022, 8)),
                List.of(
                        MonthRef.of(Month.AUGUST),
                        MonthRef.of(YearMonth.of(2022, 9)),
                        MonthRef.of(YearMonth.of(2023, 8))));
        add(cases, "DueRule", () -> new DueRule(10), List.of(new DueRule(15)));
        add(
                cases,
                "Occurrence",
                () -> new Occurrence(DateRange.ofYear(2021), LocalDate.of(2021, 12, 31)),
                List.of(
                        new Occurrence(DateRange.ofYear(2022), LocalDate.of(2021, 12, 31)),
                        new Occurrence(DateRange.ofYear(2021), LocalDate.of(2021, 12, 30))));
        add(
                cases,
                "Target",
                ValueEqualityTests::target,
                List.of(
                        new Target(
                                "x",
                                Comparison.AT_LEAST,
                                BigDecimal.valueOf(60),
                                Unit.PERCENT,
                                Optional.of("родителей"),
                                Optional.empty()),
                        new Target(
                                "не менее 60% родителей",
                                Comparison.AT_MOST,
                                BigDecimal.valueOf(60),
                                Unit.PERCENT,
                                Optional.of("родителей"),
                                Optional.empty()),
                        new Target(
                                "не менее 60% родителей",
                                Comparison.AT_LEAST,
                                new BigDecimal("60.5"),
                                Unit.PERCENT,
                                Optional.of("родителей"),
                                Optional.empty()),
                        new Target(
                                "не менее 60% родителей",
                                Comparison.AT_LEAST,
                                BigDecimal.valueOf(60),
                                Unit.COUNT,
                                Optional.of("родителей"),
                                Optional.empty()),
                        new Target(
                                "не менее 60% родителей",
                                Comparison.AT_LEAST,
                                BigDecimal.valueOf(60),
                                Unit.PERCENT,
                                Optional.empty(),
                                Optional.empty()),
                        new Target(
                                "не менее 60% родителей",
                                Comparison.AT_LEAST,
                                BigDecimal.valueOf(60),
                                Unit.PERCENT,
                                Optional.of("родителей"),
                                Optional.of("в квартал"))));
        add(
                cases,
                "ExpectedResult",
                () -> new ExpectedResult("не менее 60% родителей", Optional.of(target())),
                List.of(
                        new ExpectedResult("не менее 60% родителей", Optional.empty()),
                        new ExpectedResult("иное", Optional.of(target()))));
        add(
                cases,
                "OrganisationExecutor",
                () -> new OrganisationExecutor("МОУО", "МОУО"),
                List.of(
                        new OrganisationExecutor("ОО", "МОУО"),
                        new OrganisationExecutor("МОУО", "муниципальные органы (далее - МОУО)"),
                        new RoleExecutor("МОУО")));
        add(
                cases,
                "RoleExecutor",
                () -> new RoleExecutor("муниципальный координатор"),
                List.of(new RoleExecutor("Кураторы проекта"), OrganisationExecutor.of("муниципальный координатор")));
        add(
                cases,
                "PersonExecutor",
                () -> new PersonExecutor("Н.Е. Байрачный", Optional.empty(), "Н.Е. Байрачный"),
                List.of(
                        new PersonExecutor("К.А. Федоренко", Optional.empty(), "Н.Е. Байрачный"),
                        new PersonExecutor("Н.Е. Байрачный", Optional.of("директор"), "Н.Е. Байрачный"),
                        new PersonExecutor("Н.Е. Байрачный", Optional.empty(), "Байрачный Н.Е.")));
        add(
                cases,
                "Territory",
                () -> Territory.municipality("Приморский край", "Михайловский район"),
                List.of(
                        Territory.region("Приморский край"),
                        Territory.municipality("Хабаровский край", "Михайловский район")));
        add(
                cases,
                "Person",
                () -> Person.of("О.В. Шатохина", "Начальник"),
                List.of(
                        Person.named("О.В. Шатохина"),
                        Person.of("О.В. Шатохина", "Заместитель"),
                        Person.of("М.В. Шкуратская", "Начальник")));
        add(
                cases,
                "Term",
                () -> new Term("ШНОР", "школы с низкими результатами"),
                List.of(new Term("ШНСУ", "школы с низкими результатами"), new Term("ШНОР", "иное")));
        add(
                cases,
                "Share",
                () -> new Share("городские округа", BigDecimal.valueOf(75), Optional.empty()),
                List.of(
                        new Share("сельские территории", BigDecimal.valueOf(75), Optional.empty()),
                        new Share("городские округа", BigDecimal.valueOf(25), Optional.empty()),
                        new Share("городские округа", BigDecimal.valueOf(75), Optional.of(BigDecimal.valueOf(12)))));
        deadlines(cases);
        extensionValues(cases);
        aggregates(cases);
        monitoring(cases);
        return cases.stream();
    }

    private static void add(List<Case> cases, String type, Supplier<Object> sample, List<Object> variants) {
        cases.add(new Case(type, sample, variants));
    }

    private static Target target() {
        return new Target(
                "не менее 60% родителей",
                Comparison.AT_LEAST, BigDecimal.valueOf(60), Unit.PERCENT, Optional.of("родителей"), Optional.empty());
    }

    private static void deadlines(List<Case> cases) {
        LocalDate d1 = LocalDate.of(2021, 3, 1);
        LocalDate d2 = LocalDate.of(2021, 5, 31);
        add(
                cases,
                "Deadline.OnDate",
                () -> new Deadline.OnDate("01.03.2021", d1),
                List.of(
                        new Deadline.OnDate("1 марта 2021", d1),
                        new Deadline.OnDate("01.03.2021", d2),
                        new Deadline.ByDate("01.03.2021", d1)));
        add(
                cases,
                "Deadline.ByDate",
                () -> new Deadline.ByDate("до 01.03.2021", d1),
                List.of(
                        new Deadline.ByDate("до 1 марта", d1),
                        new Deadline.ByDate("до 01.03.2021", d2),
                        new Deadline.OnDate("до 01.03.2021", d1)));
        add(
                cases,
                "Deadline.OnDates",
                () -> new Deadline.OnDates("a", List.of(d1, d2)),
                List.of(
                        new Deadline.OnDates("b", List.of(d1, d2)),
                        new Deadline.OnDates("a", List.of(d2, d1)),
                        new Deadline.OnDates("a", List.of(d1))));
        add(
                cases,
                "Deadline.InMonth",
                () -> new Deadline.InMonth("март", MonthRef.of(Month.MARCH)),
                List.of(
                        new Deadline.InMonth("Март", MonthRef.of(Month.MARCH)),
                        new Deadline.InMonth("март", MonthRef.of(YearMonth.of(2022, 3)))));
        add(
                cases,
                "Deadline.MonthSpan",
                () -> new Deadline.MonthSpan("s", MonthRef.of(Month.SEPTEMBER), MonthRef.of(Month.OCTOBER)),
                List.of(
                        new Deadline.MonthSpan("t", MonthRef.of(Month.SEPTEMBER), MonthRef.of(Month.OCTOBER)),
                        new Deadline.MonthSpan("s", MonthRef.of(Month.AUGUST), MonthRef.of(Month.OCTOBER)),
                        new Deadline.MonthSpan("s", MonthRef.of(Month.SEPTEMBER), MonthRef.of(Month.NOVEMBER))));
        add(
                cases,
                "Deadline.DateSpan",
                () -> new Deadline.DateSpan("s", d1, d2),
                List.of(
                        new Deadline.DateSpan("t", d1, d2),
                        new Deadline.DateSpan("s", d2, d2),
                        new Deadline.DateSpan("s", d1, d1)));
        add(
                cases,
                "Deadline.Recurring",
                () -> new Deadline.Recurring("ежемесячно", Frequency.MONTHLY, Optional.of(new DueRule(10))),
                List.of(
                        new Deadline.Recurring("Ежемесячно", Frequency.MONTHLY, Optional.of(new DueRule(10))),
                        new Deadline.Recurring("ежемесячно", Frequency.QUARTERLY, Optional.of(new DueRule(10))),
                        new Deadline.Recurring("ежемесячно", Frequency.MONTHLY, Optional.empty())));
        add(
                cases,
                "Deadline.Throughout",
                () -> new Deadline.Throughout("В течение года", Optional.empty()),
                List.of(
                        new Deadline.Throughout("постоянно", Optional.empty()),
                        new Deadline.Throughout("В течение года", Optional.of(Year.of(2021)))));
        add(
                cases,
                "Deadline.ByArrangement",
                () -> new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.of("МОУО")),
                List.of(
                        new Deadline.ByArrangement("по запросу", Arrangement.REQUEST, Optional.of("МОУО")),
                        new Deadline.ByArrangement("по запросу МОУО", Arrangement.SCHEDULE, Optional.of("МОУО")),
                        new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.empty())));
        add(
                cases,
                "Deadline.Combined",
                () -> new Deadline.Combined("a / b", List.of(new Deadline.Unparsed("a"), new Deadline.Unparsed("b"))),
                List.of(
                        new Deadline.Combined("a/b", List.of(new Deadline.Unparsed("a"), new Deadline.Unparsed("b"))),
                        new Deadline.Combined(
                                "a / b", List.of(new Deadline.Unparsed("b"), new Deadline.Unparsed("a")))));
        add(
                cases,
                "Deadline.Unparsed",
                () -> new Deadline.Unparsed("О 1 А О"),
                List.of(new Deadline.Unparsed("О 1 А"), new Deadline.Throughout("О 1 А О", Optional.empty())));
    }

    private static void extensionValues(List<Case> cases) {
        add(cases, "ExtensionValue.Text", () -> ExtensionValue.of("a"), List.of(ExtensionValue.of("b")));
        add(
                cases,
                "ExtensionValue.Number",
                () -> ExtensionValue.of(new BigDecimal("1.0")),
                List.of(
                        ExtensionValue.of(new BigDecimal("1.00")),
                        ExtensionValue.of(new BigDecimal("2.0")),
                        ExtensionValue.of("1.0")));
        add(cases, "ExtensionValue.Bool", () -> ExtensionValue.of(true), List.of(ExtensionValue.of(false)));
        add(cases, "ExtensionValue.Null", ExtensionValue.Null::new, List.of(ExtensionValue.of("")));
        add(
                cases,
                "ExtensionValue.ListValue",
                () -> new ExtensionValue.ListValue(List.of(ExtensionValue.of("a"))),
                List.of(
                        new ExtensionValue.ListValue(List.of()),
                        new ExtensionValue.ListValue(List.of(ExtensionValue.of("a"), ExtensionValue.of("a")))));
        add(
                cases,
                "ExtensionValue.MapValue",
                () -> new ExtensionValue.MapValue(map("k", ExtensionValue.of("v"))),
                List.of(
                        new ExtensionValue.MapValue(map("k", ExtensionValue.of("w"))),
                        new ExtensionValue.MapValue(map("j", ExtensionValue.of("v")))));
    }

    private static Map<String, ExtensionValue> map(String k, ExtensionValue v) {
        Map<String, ExtensionValue> m = new LinkedHashMap<>();
        m.put(k, v);
        return m;
    }

    private static Activity activity() {
        return Activity.builder()
                .id("a-1")
                .number("1.")
                .title("Семинар")
                .deadline(Deadline.in(YearMonth.of(2022, 8)))
                .addExecutors(OrganisationExecutor.of("МОУО"))
                .addResults(ExpectedResult.ofText("Проведён"))
                .objective("1")
                .addNotes("примечание")
                .putExtensions("portal", ExtensionValue.of("x"))
                .build();
    }

    private static Section section() {
        return Section.builder()
                .number("I.")
                .title("Раздел")
                .objective("1")
                .addActivities(activity())
                .addNotes("n")
                .build();
    }

    private static Roadmap roadmap() {
        return Roadmap.builder()
                .id(RoadmapId.of("r"))
                .title("Дорожная карта")
                .level(Level.REGIONAL)
                .territory(Territory.region("Приморский край"))
                .programme("500+")
                .period(DateRange.ofYear(2022))
                .timeZone(ZoneId.of("Asia/Vladivostok"))
                .approval(ApprovalDocument.builder()
                        .kind(ApprovalKind.ORDER)
                        .number("234")
                        .build())
                .addGoals("Цель")
                .addObjectives(Objective.builder().id("1").title("Задача").build())
                .addOrganisations(Organisation.builder()
                        .abbreviation("МОУО")
                        .name("муниципальные органы")
                        .build())
                .addTerms(new Term("ШНОР", "школы"))
                .addParticipants(Participant.builder()
                        .kind(ParticipantKind.SCHOOL)
                        .name("МОУ «СОШ»")
                        .build())
                .addReporting(ReportingRequirement.builder()
                        .deadline(Deadline.every(Frequency.MONTHLY, Optional.of(new DueRule(10))))
                        .build())
                .addContext(ContextFact.builder()
                        .text("16 школ")
                        .total(BigDecimal.valueOf(16))
                        .build())
                .addColumns("№")
                .addSections(section())
                .addNotes("n")
                .putExtensions("k", ExtensionValue.of("v"))
                .build();
    }

    private static void aggregates(List<Case> cases) {
        Activity a = activity();
        add(
                cases,
                "Activity",
                ValueEqualityTests::activity,
                List.of(
                        a.withId("a-2"),
                        a.withNumber(Optional.empty()),
                        a.withTitle("Другое"),
                        a.withDeadline(Optional.empty()),
                        a.withExecutors(new RoleExecutor("МОУО")),
                        a.withResults(),
                        a.withObjective("2"),
                        a.withNotes(),
                        a.withExtensions(Map.of())));
        Section s = section();
        add(
                cases,
                "Section",
                ValueEqualityTests::section,
                List.of(
                        s.withNumber("II."),
                        s.withTitle("Другой"),
                        s.withObjective(Optional.empty()),
                        s.withActivities(),
                        s.withNotes(),
                        s.withExtensions(map("k", ExtensionValue.of(true)))));
        Objective o = Objective.builder().id("1").number("1.").title("Задача").build();
        add(
                cases,
                "Objective",
                () -> Objective.builder().id("1").number("1.").title("Задача").build(),
                List.of(
                        o.withId("2"),
                        o.withNumber(Optional.empty()),
                        o.withTitle("Другая"),
                        o.withExtensions(map("k", ExtensionValue.of(1 > 0)))));
        Organisation org = Organisation.builder()
                .abbreviation("МОУО")
                .name("органы")
                .kind(OrganisationKind.MUNICIPAL_AUTHORITY)
                .build();
        add(
                cases,
                "Organisation",
                () -> Organisation.builder()
                        .abbreviation("МОУО")
                        .name("органы")
                        .kind(OrganisationKind.MUNICIPAL_AUTHORITY)
                        .build(),
                List.of(
                        org.withAbbreviation(Optional.empty()),
                        org.withName("другие"),
                        org.withKind(OrganisationKind.OTHER),
                        org.withExtensions(map("inn", ExtensionValue.of("1")))));
        Participant p = Participant.builder()
                .kind(ParticipantKind.SCHOOL)
                .name("МОУ «СОШ»")
                .head(Person.named("И.И. Иванова"))
                .position("п")
                .organisation("о")
                .build();
        add(
                cases,
                "Participant",
                () -> Participant.builder()
                        .kind(ParticipantKind.SCHOOL)
                        .name("МОУ «СОШ»")
                        .head(Person.named("И.И. Иванова"))
                        .position("п")
                        .organisation("о")
                        .build(),
                List.of(
                        p.withKind(ParticipantKind.CURATOR),
                        p.withName("другая"),
                        p.withHead(Optional.empty()),
                        p.withPosition(Optional.empty()),
                        p.withOrganisation(Optional.empty()),
                        p.withExtensions(map("k", ExtensionValue.of("v")))));
        ApprovalDocument ap = approval();
        add(
                cases,
                "ApprovalDocument",
                ValueEqualityTests::approval,
                List.of(
                        ap.withKind(ApprovalKind.LETTER),
                        ap.withIssuer(Optional.empty()),
                        ap.withPlace(Optional.empty()),
                        ap.withNumber("235"),
                        ap.withDate(LocalDate.of(2022, 4, 21)),
                        ap.withDateText("20 апреля 2022"),
                        ap.withTitle(Optional.empty()),
                        ap.withAddressee("ФИОКО"),
                        ap.withSignatory(Optional.empty()),
                        ap.withBody(),
                        ap.withExtensions(map("k", ExtensionValue.of("v")))));
        ReportingRequirement rq = requirement();
        add(
                cases,
                "ReportingRequirement",
                ValueEqualityTests::requirement,
                List.of(
                        rq.withDeadline(Deadline.every(Frequency.QUARTERLY, Optional.empty())),
                        rq.withReporter(Optional.empty()),
                        rq.withRecipient(Optional.empty()),
                        rq.withSubject(Optional.empty()),
                        rq.withExtensions(map("k", ExtensionValue.of("v")))));
        ContextFact cf = fact();
        add(
                cases,
                "ContextFact",
                ValueEqualityTests::fact,
                List.of(
                        cf.withText("другое"),
                        cf.withTotal(Optional.empty()),
                        cf.withTotalOf(Optional.empty()),
                        cf.withShares(),
                        cf.withPartition(false),
                        cf.withExtensions(map("k", ExtensionValue.of("v")))));
        Roadmap r = roadmap();
        add(
                cases,
                "Roadmap",
                ValueEqualityTests::roadmap,
                List.of(
                        r.withId(RoadmapId.of("q")),
                        r.withTitle("Другая"),
                        r.withLevel(Level.MUNICIPAL),
                        r.withTerritory(Territory.NONE),
                        r.withProgramme(Optional.empty()),
                        r.withPeriod(DateRange.ofYear(2023)),
                        r.withTimeZone(Optional.empty()),
                        r.withApproval(Optional.empty()),
                        r.withGoals(),
                        r.withObjectives(),
                        r.withOrganisations(),
                        r.withTerms(),
                        r.withParticipants(),
                        r.withReporting(),
                        r.withContext(),
                        r.withColumns(),
                        r.withSections(),
                        r.withNotes(),
                        r.withExtensions(Map.of())));
    }

    private static ApprovalDocument approval() {
        return ApprovalDocument.builder()
                .kind(ApprovalKind.ORDER)
                .issuer("Отдел образования")
                .place("с. Поярково")
                .number("234")
                .date(LocalDate.of(2022, 4, 20))
                .title("Об утверждении")
                .signatory(Person.of("О.В. Шатохина", "Начальник"))
                .addBody("п р и к а з ы в а ю:")
                .build();
    }

    private static ReportingRequirement requirement() {
        return ReportingRequirement.builder()
                .deadline(Deadline.every(Frequency.MONTHLY, Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH)))
                .reporter("МОУО")
                .recipient("министерство")
                .subject("информация")
                .build();
    }

    private static ContextFact fact() {
        return ContextFact.builder()
                .text("16 школ")
                .total(BigDecimal.valueOf(16))
                .totalOf("школ")
                .addShares(new Share("городские", BigDecimal.valueOf(75), Optional.empty()))
                .partition(true)
                .build();
    }

    private static Monitoring monitoringDoc() {
        return Monitoring.builder()
                .roadmap(RoadmapId.of("r"))
                .title("Мониторинг")
                .asOf(LocalDate.of(2021, 12, 31))
                .addReports(report())
                .addMeasurements(measurement())
                .addProgress(progress())
                .build();
    }

    private static ReportSubmission report() {
        return ReportSubmission.builder()
                .period(DateRange.ofMonth(YearMonth.of(2021, 3)))
                .reporter("МОУО")
                .submitted(LocalDate.of(2021, 4, 12))
                .recipient("министерство")
                .document("исх. № 1")
                .note("n")
                .build();
    }

    private static IndicatorMeasurement measurement() {
        return IndicatorMeasurement.builder()
                .result("/sections/0/activities/0/results/0")
                .value(BigDecimal.valueOf(64))
                .unit(Unit.PERCENT)
                .date(LocalDate.of(2021, 6, 30))
                .scope("район")
                .source("анкетирование")
                .build();
    }

    private static ActivityProgress progress() {
        return ActivityProgress.builder()
                .activity("a-1")
                .status(ActivityStatus.DONE)
                .asOf(LocalDate.of(2021, 5, 31))
                .addEvidence("приказ № 12")
                .note("n")
                .build();
    }

    private static void monitoring(List<Case> cases) {
        Monitoring m = monitoringDoc();
        add(
                cases,
                "Monitoring",
                ValueEqualityTests::monitoringDoc,
                List.of(
                        m.withRoadmap(RoadmapId.of("q")),
                        m.withTitle(Optional.empty()),
                        m.withAsOf(Optional.empty()),
                        m.withReports(),
                        m.withMeasurements(),
                        m.withProgress(),
                        m.withExtensions(map("k", ExtensionValue.of("v")))));
        ReportSubmission rs = report();
        add(
                cases,
                "ReportSubmission",
                ValueEqualityTests::report,
                List.of(
                        rs.withPeriod(DateRange.ofMonth(YearMonth.of(2021, 4))),
                        rs.withReporter("ОО"),
                        rs.withSubmitted(LocalDate.of(2021, 4, 13)),
                        rs.withRecipient(Optional.empty()),
                        rs.withDocument(Optional.empty()),
                        rs.withNote(Optional.empty()),
                        rs.withExtensions(map("k", ExtensionValue.of("v")))));
        IndicatorMeasurement im = measurement();
        add(
                cases,
                "IndicatorMeasurement",
                ValueEqualityTests::measurement,
                List.of(
                        im.withResult("a-1/results/0"),
                        im.withValue(BigDecimal.valueOf(65)),
                        im.withUnit(Unit.COUNT),
                        im.withDate(LocalDate.of(2021, 7, 1)),
                        im.withScope(Optional.empty()),
                        im.withSource(Optional.empty()),
                        im.withExtensions(map("k", ExtensionValue.of("v")))));
        ActivityProgress ap = progress();
        add(
                cases,
                "ActivityProgress",
                ValueEqualityTests::progress,
                List.of(
                        ap.withActivity("a-2"),
                        ap.withStatus(ActivityStatus.CANCELLED),
                        ap.withAsOf(Optional.empty()),
                        ap.withEvidence(),
                        ap.withNote(Optional.empty()),
                        ap.withExtensions(map("k", ExtensionValue.of("v")))));
    }
}
