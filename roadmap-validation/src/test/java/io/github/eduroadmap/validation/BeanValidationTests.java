package io.github.eduroadmap.validation;

import static io.github.eduroadmap.validation.Fixtures.roadmap;
import static io.github.eduroadmap.validation.Fixtures.withActivity;
import static io.github.eduroadmap.validation.Fixtures.withSection;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.Person;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Term;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.validation.internal.BeanValidation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structure through Bean Validation: for each code, roadmaps that break one constraint are reported with the exact
 * code, document, pointer and message in Russian and English, and the valid fixture passes.
 */
class BeanValidationTests {

    static final Locale RU = Locale.forLanguageTag("ru");

    /** A broken roadmap (and monitoring), where the violation must be, and what it says. */
    record Case(String name, Roadmap roadmap, Optional<Monitoring> monitoring, Document document, String pointer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case roadmapCase(String name, Roadmap roadmap, String pointer) {
        return new Case(name, roadmap, Optional.empty(), Document.ROADMAP, pointer);
    }

    static Case monitoringCase(String name, UnaryOperator<Monitoring> change, String pointer) {
        return new Case(
                name, roadmap(), Optional.of(change.apply(Fixtures.monitoring())), Document.MONITORING, pointer);
    }

    static ValidationReport validate(String code, Locale locale, Roadmap roadmap, Optional<Monitoring> monitoring) {
        RoadmapValidator v = RoadmapValidator.builder()
                .only(code)
                .asOf(Fixtures.AS_OF)
                .locale(locale)
                .build();
        return monitoring.map(m -> v.validate(roadmap, m)).orElseGet(() -> v.validate(roadmap));
    }

    /** Asserts that the case gives exactly one violation of the code, with these messages. */
    static Violation assertOne(String code, Case c, String ru, String en) {
        List<Violation> russian =
                validate(code, RU, c.roadmap(), c.monitoring()).violations();
        List<Violation> english =
                validate(code, Locale.ENGLISH, c.roadmap(), c.monitoring()).violations();
        assertThat(russian).hasSize(1);
        assertThat(english).hasSize(1);
        Violation inRussian = russian.get(0);
        for (Violation v : List.of(inRussian, english.get(0))) {
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.document()).isEqualTo(c.document());
            assertThat(v.pointer()).hasToString(c.pointer());
        }
        assertThat(inRussian.message()).isEqualTo(ru);
        assertThat(english.get(0).message()).isEqualTo(en);
        assertThat(english.get(0).arguments()).isEqualTo(inRussian.arguments());
        return inRussian;
    }

    @Test
    void theValidFixturesHaveNoStructuralViolation() {
        RoadmapValidator v = RoadmapValidator.builder()
                .only(BeanValidation.CODES.keySet().toArray(String[]::new))
                .asOf(Fixtures.AS_OF)
                .build();
        assertThat(v.validate(roadmap(), Fixtures.monitoring()).violations()).isEmpty();
    }

    @Test
    void everyCodeIsAnErrorByDefaultAndConfigurable() {
        assertThat(RoadmapValidator.builder().discoverRules(false).build().rules())
                .containsAllEntriesOf(BeanValidation.CODES);
        Roadmap blank = roadmap().withTitle(" ");
        RoadmapValidator lenient = RoadmapValidator.builder()
                .only("structure.blank")
                .severity("structure.blank", Severity.WARNING)
                .build();
        assertThat(lenient.validate(blank).violations())
                .extracting(Violation::severity)
                .containsExactly(Severity.WARNING);
        RoadmapValidator without = RoadmapValidator.builder()
                .disable("structure.blank")
                .discoverRules(false)
                .asOf(Fixtures.AS_OF)
                .build();
        assertThat(without.validate(blank).violations())
                .extracting(Violation::code)
                .doesNotContain("structure.blank");
    }

    @Nested
    class Blank {
        static final String CODE = "structure.blank";

        static Stream<Case> cases() {
            return Stream.of(
                    roadmapCase("roadmap title", roadmap().withTitle("  "), "/title"),
                    roadmapCase("section title", withSection(0, s -> s.withTitle("")), "/sections/0/title"),
                    roadmapCase(
                            "activity title",
                            withActivity(0, 1, a -> a.withTitle(" \t")),
                            "/sections/0/activities/1/title"),
                    roadmapCase(
                            "objective id",
                            roadmap()
                                    .withObjectives(
                                            roadmap().objectives().get(0),
                                            roadmap().objectives().get(1).withId("")),
                            "/objectives/1/id"),
                    roadmapCase(
                            "objective title",
                            roadmap()
                                    .withObjectives(
                                            roadmap().objectives().get(0).withTitle(" "),
                                            roadmap().objectives().get(1)),
                            "/objectives/0/title"),
                    roadmapCase(
                            "organisation name",
                            roadmap()
                                    .withOrganisations(
                                            roadmap().organisations().get(0).withName("")),
                            "/organisations/0/name"),
                    roadmapCase(
                            "term abbreviation",
                            roadmap().withTerms(new Term(" ", "школы с низкими результатами")),
                            "/terms/0/abbreviation"),
                    roadmapCase("term meaning", roadmap().withTerms(new Term("ШНОР", "")), "/terms/0/meaning"),
                    roadmapCase(
                            "participant name",
                            roadmap()
                                    .withParticipants(
                                            roadmap().participants().get(0).withName(" ")),
                            "/participants/0/name"),
                    roadmapCase(
                            "participant's head",
                            roadmap()
                                    .withParticipants(
                                            roadmap().participants().get(0).withHead(Person.named(""))),
                            "/participants/0/head/name"),
                    roadmapCase(
                            "signatory",
                            roadmap().withApproval(roadmap().approval().get().withSignatory(Person.named(" "))),
                            "/approval/signatory/name"),
                    roadmapCase(
                            "context fact",
                            roadmap().withContext(roadmap().context().get(0).withText("")),
                            "/context/0/text"),
                    roadmapCase(
                            "share label",
                            roadmap()
                                    .withContext(roadmap()
                                            .context()
                                            .get(0)
                                            .withShares(
                                                    roadmap()
                                                            .context()
                                                            .get(0)
                                                            .shares()
                                                            .get(0),
                                                    new Share(" ", new BigDecimal("25"), Optional.empty()))),
                            "/context/0/shares/1/label"),
                    roadmapCase(
                            "role executor",
                            withActivity(0, 1, a -> a.withExecutors(new RoleExecutor(" "))),
                            "/sections/0/activities/1/executors/0"),
                    roadmapCase(
                            "organisation executor",
                            withActivity(
                                    0,
                                    0,
                                    a -> a.withExecutors(
                                            new RoleExecutor("куратор"), new OrganisationExecutor("", ""))),
                            "/sections/0/activities/0/executors/1"),
                    roadmapCase(
                            "result",
                            withActivity(0, 1, a -> a.withResults(ExpectedResult.ofText(""))),
                            "/sections/0/activities/1/results/0"),
                    monitoringCase(
                            "reporter",
                            m -> m.withReports(m.reports().get(0).withReporter(" ")),
                            "/reports/0/reporter"),
                    monitoringCase(
                            "measured result",
                            m -> m.withMeasurements(m.measurements().get(0).withResult("")),
                            "/measurements/0/result"),
                    monitoringCase(
                            "activity of progress",
                            m -> m.withProgress(m.progress().get(0).withActivity(" ")),
                            "/progress/0/activity"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void isReportedWhereTheTextIsBlank(Case c) {
            assertOne(CODE, c, "не должно быть пустым", "must not be blank");
        }

        @Test
        void textWithWordsPasses() {
            assertThat(validate(CODE, RU, roadmap(), Optional.of(Fixtures.monitoring()))
                            .violations())
                    .isEmpty();
        }
    }

    @Nested
    class Empty {
        static final String CODE = "structure.empty";

        @Test
        void aRoadmapWithoutSectionsIsReported() {
            Violation v = assertOne(
                    CODE,
                    roadmapCase("no sections", roadmap().withSections(List.of()), ""),
                    "в дорожной карте нет ни одного раздела и ни одного мероприятия",
                    "the roadmap has no section and no activity");
            assertThat(v.arguments()).isEmpty();
        }

        @Test
        void aRoadmapWithASectionPasses() {
            assertThat(validate(
                                    CODE,
                                    RU,
                                    roadmap().withSections(roadmap().sections().get(1)),
                                    Optional.empty())
                            .violations())
                    .isEmpty();
        }
    }

    @Nested
    class NotOneLine {
        static final String CODE = "structure.not-one-line";

        static Stream<Case> cases() {
            Objective first = roadmap().objectives().get(0);
            Objective second = roadmap().objectives().get(1);
            return Stream.of(
                    roadmapCase(
                            "objective id", roadmap().withObjectives(first.withId("1\n"), second), "/objectives/0/id"),
                    roadmapCase(
                            "objective number",
                            roadmap().withObjectives(first, second.withNumber("2.\r\n")),
                            "/objectives/1/number"),
                    roadmapCase("section number", withSection(1, s -> s.withNumber("I.\nII.")), "/sections/1/number"),
                    roadmapCase(
                            "section objective",
                            withSection(0, s -> s.withObjective("1\u2028")),
                            "/sections/0/objective"),
                    roadmapCase(
                            "activity id", withActivity(0, 0, a -> a.withId("a-1\r")), "/sections/0/activities/0/id"),
                    roadmapCase(
                            "activity number",
                            withActivity(1, 0, a -> a.withNumber("1\n")),
                            "/sections/1/activities/0/number"),
                    roadmapCase(
                            "activity objective",
                            withActivity(0, 1, a -> a.withObjective("2\u2029")),
                            "/sections/0/activities/1/objective"),
                    roadmapCase(
                            "organisation abbreviation",
                            roadmap()
                                    .withOrganisations(
                                            roadmap().organisations().get(0).withAbbreviation("МО\nУО")),
                            "/organisations/0/abbreviation"),
                    roadmapCase(
                            "term abbreviation",
                            roadmap().withTerms(new Term("ШН\u0085ОР", "школы")),
                            "/terms/0/abbreviation"),
                    roadmapCase("programme", roadmap().withProgramme("500+\nЭффективная школа"), "/programme"),
                    roadmapCase(
                            "approval number",
                            roadmap().withApproval(roadmap().approval().get().withNumber("23\n4")),
                            "/approval/number"),
                    monitoringCase(
                            "measured result",
                            m -> m.withMeasurements(
                                    m.measurements().get(0).withResult("/sections/0\n/activities/0/results/0")),
                            "/measurements/0/result"),
                    monitoringCase(
                            "activity of progress",
                            m -> m.withProgress(m.progress().get(0).withActivity("a-1\n")),
                            "/progress/0/activity"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void isReportedWhereAnIdNumberOrAbbreviationBreaksTheLine(Case c) {
            assertOne(
                    CODE,
                    c,
                    "должно быть записано в одну строку, без переносов",
                    "must be one line of text, without line breaks");
        }

        @Test
        void titlesMayHaveSeveralLines() {
            Roadmap r = roadmap()
                    .withTitle("ДОРОЖНАЯ КАРТА\nкраевого проекта")
                    .withApproval(ApprovalDocument.builder()
                            .from(roadmap().approval().get())
                            .title("Об утверждении\nдорожной карты")
                            .build());
            assertThat(validate(CODE, RU, r, Optional.of(Fixtures.monitoring())).violations())
                    .isEmpty();
        }
    }

    @Nested
    class Negative {
        static final String CODE = "structure.negative";

        static Stream<Case> cases() {
            ContextFact fact = roadmap().context().get(0);
            return Stream.of(
                    roadmapCase(
                            "total", roadmap().withContext(fact.withTotal(new BigDecimal("-16"))), "/context/0/total"),
                    roadmapCase(
                            "share count",
                            roadmap()
                                    .withContext(fact.withShares(
                                            fact.shares().get(0),
                                            new Share(
                                                    "сельские",
                                                    new BigDecimal("25"),
                                                    Optional.of(new BigDecimal("-4"))))),
                            "/context/0/shares/1/count"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void isReportedWhereACountIsNegative(Case c) {
            Violation v = assertOne(CODE, c, "должно быть больше или равно 0", "must be greater than or equal to 0");
            assertThat(v.arguments().get("value")).isInstanceOf(BigDecimal.class);
            assertThat((BigDecimal) v.arguments().get("value")).isNegative();
        }

        @Test
        void zeroPasses() {
            ContextFact fact = roadmap().context().get(0);
            Roadmap r = roadmap()
                    .withContext(fact.withTotal(BigDecimal.ZERO)
                            .withShares(new Share("все", new BigDecimal("100"), Optional.of(BigDecimal.ZERO))));
            assertThat(validate(CODE, RU, r, Optional.empty()).violations()).isEmpty();
        }
    }

    @Nested
    class PeriodOrder {
        static final String CODE = "structure.period-order";

        @Test
        void aRoadmapPeriodThatEndsBeforeItStartsIsReported() {
            Violation v = assertOne(
                    CODE,
                    roadmapCase(
                            "period",
                            roadmap().withPeriod(DateRange.of(LocalDate.of(2022, 12, 31), LocalDate.of(2022, 1, 1))),
                            "/period"),
                    "период заканчивается 01.01.2022, раньше своего начала 31.12.2022",
                    "the period ends on 2022-01-01, before it starts on 2022-12-31");
            assertThat(v.arguments())
                    .containsExactly(
                            Map.entry("start", LocalDate.of(2022, 12, 31)), Map.entry("end", LocalDate.of(2022, 1, 1)));
        }

        @Test
        void aReportPeriodThatEndsBeforeItStartsIsReportedInTheMonitoringDocument() {
            assertOne(
                    CODE,
                    monitoringCase(
                            "report period",
                            m -> m.withReports(ReportSubmission.builder()
                                    .from(m.reports().get(0))
                                    .period(DateRange.of(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 3, 1)))
                                    .build()),
                            "/reports/0/period"),
                    "период заканчивается 01.03.2022, раньше своего начала 31.03.2022",
                    "the period ends on 2022-03-01, before it starts on 2022-03-31");
        }

        @Test
        void aOneDayPeriodAndNoPeriodPass() {
            LocalDate day = LocalDate.of(2022, 5, 1);
            assertThat(validate(CODE, RU, roadmap().withPeriod(DateRange.ofDay(day)), Optional.empty())
                            .violations())
                    .isEmpty();
            assertThat(validate(CODE, RU, roadmap().withPeriod(Optional.empty()), Optional.empty())
                            .violations())
                    .isEmpty();
        }
    }

    @Nested
    class DuplicateId {
        static final String CODE = "structure.duplicate-id";

        @Test
        void aSecondObjectiveWithTheSameIdIsReported() {
            Objective first = roadmap().objectives().get(0);
            Violation v = assertOne(
                    CODE,
                    roadmapCase(
                            "objective",
                            roadmap()
                                    .withObjectives(
                                            first, roadmap().objectives().get(1).withId("1")),
                            "/objectives/1/id"),
                    "идентификатор «1» уже использован выше",
                    "the id \"1\" is already used above");
            assertThat(v.arguments()).containsExactly(Map.entry("value", "1"));
        }

        @Test
        void anActivityIdUsedInAnotherSectionIsReported() {
            assertOne(
                    CODE,
                    roadmapCase("activity", withActivity(1, 0, a -> a.withId("a-1")), "/sections/1/activities/0/id"),
                    "идентификатор «a-1» уже использован выше",
                    "the id \"a-1\" is already used above");
        }

        @Test
        void everyLaterUseIsReportedOnce() {
            Objective o = roadmap().objectives().get(0);
            Roadmap r = roadmap().withObjectives(o, o, o);
            assertThat(validate(CODE, RU, r, Optional.empty()).violations())
                    .extracting(v -> v.pointer().toString())
                    .containsExactly("/objectives/1/id", "/objectives/2/id");
        }

        @Test
        void objectivesAndActivitiesHaveIdsOfTheirOwnAndActivitiesNeedNone() {
            Roadmap r = withActivity(0, 0, a -> a.withId("1"));
            r = r.withSections(
                    r.sections().get(0),
                    r.sections()
                            .get(1)
                            .withActivities(Activity.builder()
                                    .title("без идентификатора")
                                    .build()));
            assertThat(validate(CODE, RU, r, Optional.empty()).violations()).isEmpty();
        }
    }

    @Nested
    class PercentOutOfRange {
        static final String CODE = "percent.out-of-range";

        static Stream<Object[]> cases() {
            ContextFact fact = roadmap().context().get(0);
            return Stream.of(
                    new Object[] {
                        roadmapCase(
                                "share above 100",
                                roadmap()
                                        .withContext(fact.withShares(
                                                new Share("городские", new BigDecimal("101"), Optional.empty()),
                                                fact.shares().get(1))),
                                "/context/0/shares/0/percent"),
                        "101"
                    },
                    new Object[] {
                        roadmapCase(
                                "share below 0",
                                roadmap()
                                        .withContext(fact.withShares(
                                                fact.shares().get(0),
                                                new Share("сельские", new BigDecimal("-0.5"), Optional.empty()))),
                                "/context/0/shares/1/percent"),
                        "-0.5"
                    },
                    new Object[] {
                        roadmapCase(
                                "target in percent",
                                withActivity(0, 1, a -> a.withResults(ExpectedResult.parse("150% школ-участниц"))),
                                "/sections/0/activities/1/results/0"),
                        "150"
                    },
                    new Object[] {
                        monitoringCase(
                                "measurement in percent",
                                m -> m.withMeasurements(m.measurements().get(0).withValue(new BigDecimal("120.5"))),
                                "/measurements/0/value"),
                        "120.5"
                    });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void isReportedWhereAPercentageLeaves0To100(Case c, String value) {
            Violation v = assertOne(
                    CODE,
                    c,
                    "процент " + value + " выходит за пределы от 0 до 100",
                    "the percentage " + value + " is outside 0 to 100");
            assertThat(v.arguments()).containsExactly(Map.entry("value", new BigDecimal(value)));
        }

        @Test
        void bothEndsAndOtherUnitsPass() {
            ContextFact fact = roadmap().context().get(0);
            Roadmap r = withActivity(0, 1, a -> a.withResults(ExpectedResult.parse("не менее 150 школ")))
                    .withContext(fact.withShares(
                            new Share("все", new BigDecimal("100"), Optional.empty()),
                            new Share("никто", new BigDecimal("0.0"), Optional.empty())));
            Monitoring m = Fixtures.monitoring()
                    .withMeasurements(IndicatorMeasurement.builder()
                            .from(Fixtures.monitoring().measurements().get(0))
                            .value(new BigDecimal("150"))
                            .unit(Unit.COUNT)
                            .build());
            assertThat(r.sections().get(0).activities().get(1).results().get(0).target())
                    .hasValueSatisfying(t -> assertThat(t.unit()).isEqualTo(Unit.COUNT));
            assertThat(validate(CODE, RU, r, Optional.of(m)).violations()).isEmpty();
        }
    }

    @Test
    void participantsWithoutHeadAndApprovalsWithoutSignatoryPass() {
        Roadmap r = roadmap()
                .withParticipants(Participant.builder()
                        .from(roadmap().participants().get(0))
                        .head(Optional.empty())
                        .build())
                .withApproval(Optional.empty());
        assertThat(validate("structure.blank", RU, r, Optional.empty()).violations())
                .isEmpty();
    }
}
