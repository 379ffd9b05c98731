package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.EN;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.monitoring;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.month;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.report;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.roadmap;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.roadmap2022;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.run;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.section;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.violations;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.withResults;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of the coverage group, each with a passing and a failing fixture, in Russian and English. */
class CoverageRulesTests {

    static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

    static Share share(String label, String percent, Integer count) {
        return new Share(
                label, new BigDecimal(percent), Optional.ofNullable(count).map(BigDecimal::valueOf));
    }

    static Roadmap withFact(ContextFact fact) {
        return roadmap().period(DateRange.ofYear(2022)).addContext(fact).build();
    }

    @Nested
    class NotFull {

        static final String CODE = "coverage.not-full";

        @Test
        void passesFullCoverageAndTargetsOverOtherPopulations() {
            Roadmap r = roadmap2022(withResults(
                    month("Август 2022", java.time.Month.AUGUST, 2022),
                    "Размещение концептуальных документов (100% школ-участниц Проекта 500+)",
                    "Не менее 60% родителей вовлечены в вопросы сотрудничества со школой",
                    "Не менее 70% участников семинара удовлетворены",
                    "Вовлечение не менее 80% учителей с выявленными предметными и методическими дефицитами в"
                            + " различные формы наставничества",
                    "Вовлечение 100% учителей образовательных организаций в процесс адресной методической"
                            + " поддержки"));
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }

        @Test
        void reportsATargetBelow100PercentOfAllParticipants() {
            Roadmap r = roadmap2022(withResults(
                    month("Август 2022", java.time.Month.AUGUST, 2022),
                    "80% школ-участниц проекта приняли участие в семинаре",
                    "Скорректированы программы не менее 90% ШНОР"));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly(
                            "/sections/0/activities/0/results/0 [coverage.not-full] WARNING: целевой охват «80%"
                                    + " школ-участниц проекта» меньше 100%, хотя «школ-участниц проекта» — это все"
                                    + " участники программы и охвачен должен быть каждый",
                            "/sections/0/activities/0/results/1 [coverage.not-full] WARNING: целевой охват «не менее"
                                    + " 90% ШНОР» меньше 100%, хотя «ШНОР» — это все участники программы и охвачен"
                                    + " должен быть каждый");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly(
                            "/sections/0/activities/0/results/0 [coverage.not-full] WARNING: the coverage target \"80%"
                                    + " школ-участниц проекта\" is below 100%, though \"школ-участниц проекта\" are all"
                                    + " the participants of the programme and every one must be covered",
                            "/sections/0/activities/0/results/1 [coverage.not-full] WARNING: the coverage target \"не"
                                    + " менее 90% ШНОР\" is below 100%, though \"ШНОР\" are all the participants of the"
                                    + " programme and every one must be covered");
        }

        @Test
        void reportsTeachersWithDeficitsBelow100PercentWhereTheRoadmapDemandsAllOfThem() {
            Roadmap r = roadmap()
                    .period(DateRange.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 11, 30)))
                    .addSections(section(
                            withResults(
                                    month("Декабрь 2022", java.time.Month.DECEMBER, 2022),
                                    "Вовлечение 100% учителей с выявленными предметными и методическими дефицитами в"
                                            + " процесс адресного методического сопровождения"),
                            withResults(
                                    month("Декабрь 2022", java.time.Month.DECEMBER, 2022),
                                    "Вовлечение не менее 80% учителей с выявленными предметными и методическими"
                                            + " дефицитами в различные формы реализации наставничества")))
                    .build();
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly("/sections/0/activities/1/results/0 [coverage.not-full] WARNING: целевой охват «не"
                            + " менее 80% учителей с выявленными предметными и методическими дефицитами» меньше 100%,"
                            + " хотя /sections/0/activities/0/results/0 требует охватить 100% той же группы «учителей с"
                            + " выявленными предметными и методическими дефицитами»");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/1/results/0 [coverage.not-full] WARNING: the coverage"
                            + " target \"не менее 80% учителей с выявленными предметными и методическими дефицитами\" is"
                            + " below 100%, though /sections/0/activities/0/results/0 demands 100% of the same \"учителей"
                            + " с выявленными предметными и методическими дефицитами\"");
        }
    }

    @Nested
    class BelowTarget {

        static final String CODE = "coverage.below-target";
        static final String PARENTS = "Не менее 60% родителей вовлечены в вопросы сотрудничества со школой";

        final Roadmap roadmap = roadmap()
                .period(DateRange.ofYear(2021))
                .addSections(section(Activity.builder()
                        .id("parents")
                        .title("Родительские собрания")
                        .deadline(month("Июнь 2021", JUNE, 2021))
                        .addExecutors(new RoleExecutor("ОО"))
                        .addResults(ExpectedResult.parse(PARENTS))
                        .build()))
                .build();

        IndicatorMeasurement measured(String result, String value, Unit unit, LocalDate date, String scope) {
            IndicatorMeasurement.Builder b = IndicatorMeasurement.builder()
                    .result(result)
                    .value(new BigDecimal(value))
                    .unit(unit)
                    .date(date);
            if (scope != null) {
                b.scope(scope);
            }
            return b.build();
        }

        @Test
        void passesAMeasurementThatMeetsTheTarget() {
            Monitoring m = monitoring()
                    .addMeasurements(measured(
                            "/sections/0/activities/0/results/0", "60", Unit.PERCENT, LocalDate.of(2021, 7, 1), null))
                    .build();
            assertThat(run(CODE, RU, LocalDate.of(2021, 12, 31), roadmap, m)).isEmpty();
        }

        @Test
        void reportsTheLatestMeasurementBelowTheTarget() {
            Monitoring m = monitoring()
                    .addMeasurements(measured(
                            "/sections/0/activities/0/results/0", "64", Unit.PERCENT, LocalDate.of(2021, 9, 30), null))
                    .addMeasurements(measured(
                            "/sections/0/activities/0/results/0", "55", Unit.PERCENT, LocalDate.of(2021, 7, 1), null))
                    .build();
            assertThat(run(CODE, RU, LocalDate.of(2021, 12, 31), roadmap, m))
                    .as("the latest, 64%, meets it")
                    .isEmpty();
            Monitoring inOrder =
                    m.withMeasurements(m.measurements().get(1), m.measurements().get(0));
            assertThat(run(CODE, RU, LocalDate.of(2021, 12, 31), roadmap, inOrder))
                    .as("the latest by date, not by place")
                    .isEmpty();
            assertThat(run(CODE, RU, LocalDate.of(2021, 8, 1), roadmap, m))
                    .containsExactly(
                            "monitoring#/measurements/1/value [coverage.below-target] WARNING: по данным мониторинга на"
                                    + " 01.07.2021 показатель /sections/0/activities/0/results/0 составляет 55%, целевое значение"
                                    + " «Не менее 60% родителей» не достигнуто");
            assertThat(run(CODE, EN, LocalDate.of(2021, 8, 1), roadmap, m))
                    .containsExactly(
                            "monitoring#/measurements/1/value [coverage.below-target] WARNING: as of 2021-07-01 the"
                                    + " monitoring measures 55% for /sections/0/activities/0/results/0, which misses the target"
                                    + " \"Не менее 60% родителей\"");
        }

        @Test
        void comparesEachScopeSeparately() {
            Monitoring m = monitoring()
                    .addMeasurements(measured(
                            "parents/results/0",
                            "48.5",
                            Unit.PERCENT,
                            LocalDate.of(2021, 7, 1),
                            "Надеждинский муниципальный район"))
                    .addMeasurements(
                            measured("parents/results/0", "75", Unit.PERCENT, LocalDate.of(2021, 7, 2), "Артемовский"))
                    .build();
            assertThat(run(CODE, RU, LocalDate.of(2021, 12, 31), roadmap, m))
                    .containsExactly(
                            "monitoring#/measurements/0/value [coverage.below-target] WARNING: по данным мониторинга на"
                                    + " 01.07.2021 показатель /sections/0/activities/0/results/0 в «Надеждинский муниципальный"
                                    + " район» составляет 48.5%, целевое значение «Не менее 60% родителей» не достигнуто");
            assertThat(run(CODE, EN, LocalDate.of(2021, 12, 31), roadmap, m))
                    .containsExactly(
                            "monitoring#/measurements/0/value [coverage.below-target] WARNING: as of 2021-07-01 the"
                                    + " monitoring measures 48.5% in \"Надеждинский муниципальный район\" for"
                                    + " /sections/0/activities/0/results/0, which misses the target \"Не менее 60% родителей\"");
        }

        @Test
        void waitsForTheActivitysDueDateAndIgnoresOtherUnitsAndUnknownResults() {
            Monitoring m = monitoring()
                    .addMeasurements(measured(
                            "/sections/0/activities/0/results/0", "40", Unit.PERCENT, LocalDate.of(2021, 6, 1), null))
                    .addMeasurements(measured(
                            "/sections/0/activities/0/results/0", "3", Unit.COUNT, LocalDate.of(2021, 6, 2), "Артем"))
                    .addMeasurements(measured(
                            "/sections/0/activities/0/results/7", "3", Unit.PERCENT, LocalDate.of(2021, 6, 2), null))
                    .build();
            assertThat(run(CODE, RU, LocalDate.of(2021, 6, 30), roadmap, m))
                    .as("due on 30 June: not yet short")
                    .isEmpty();
            assertThat(violations(CODE, LocalDate.of(2021, 7, 1), roadmap, Optional.of(m)))
                    .extracting(v -> v.pointer().toString(), Violation::severity)
                    .containsExactly(tuple("/measurements/0/value", Severity.WARNING));
        }

        @Test
        void computesTheShareOfParticipantSchoolsThatReported() {
            Roadmap r = roadmap()
                    .period(DateRange.ofYear(2022))
                    .addParticipants(
                            school("МОАУ «Калининская СОШ»"),
                            school("МОУ «Нижнеильиновская СОШ»"),
                            school("МОБУ «Поярковская СОШ № 1»"),
                            school("МОУ «Дим СОШ»"))
                    .addSections(section(withResults(
                            month("март", MARCH, null),
                            "Размещение документов, подтвержденных кураторами, для проведения мониторинга (100%"
                                    + " школ-участниц Проекта 500+)")))
                    .build();
            DateRange march = DateRange.ofMonth(YearMonth.of(2022, 3));
            Monitoring half = monitoring()
                    .addReports(report(march, "МОАУ «Калининская СОШ»", LocalDate.of(2022, 3, 30)))
                    .addReports(report(march, "МОУ \"Дим СОШ\"", LocalDate.of(2022, 3, 31)))
                    .build();
            assertThat(run(CODE, RU, LocalDate.of(2022, 4, 15), r, half))
                    .containsExactly("/sections/0/activities/0/results/0 [coverage.below-target] WARNING: за 2022-03"
                            + " отчитались 2 из 4 школ-участниц (50%), целевое значение «100% школ-участниц Проекта"
                            + " 500+» не достигнуто");
            assertThat(run(CODE, EN, LocalDate.of(2022, 4, 15), r, half))
                    .containsExactly("/sections/0/activities/0/results/0 [coverage.below-target] WARNING: 2 of 4"
                            + " participant schools reported for 2022-03 (50%), which misses the target \"100%"
                            + " школ-участниц Проекта 500+\"");
            Monitoring all = half.withReports(
                    report(march, "МОАУ «Калининская СОШ»", LocalDate.of(2022, 3, 30)),
                    report(march, "МОУ «Нижнеильиновская СОШ»", LocalDate.of(2022, 3, 30)),
                    report(march, "МОБУ «Поярковская СОШ № 1»", LocalDate.of(2022, 3, 30)),
                    report(march, "МОУ «Дим СОШ»", LocalDate.of(2022, 3, 30)));
            assertThat(run(CODE, RU, LocalDate.of(2022, 4, 15), r, all)).isEmpty();
            assertThat(run(CODE, RU, LocalDate.of(2022, 3, 31), r, half))
                    .as("due on 31 March")
                    .isEmpty();
        }

        Participant school(String name) {
            return Participant.builder().kind(ParticipantKind.SCHOOL).name(name).build();
        }

        @Test
        void saysNothingWithoutMonitoring() {
            assertThat(run(CODE, RU, LocalDate.of(2021, 12, 31), roadmap)).isEmpty();
        }
    }

    @Nested
    class Sum {

        static final String CODE = "shares.sum";

        ContextFact fact(boolean partition, Share... shares) {
            return ContextFact.builder()
                    .text("16 общеобразовательных организаций")
                    .total(BigDecimal.valueOf(16))
                    .addShares(shares)
                    .partition(partition)
                    .build();
        }

        @Test
        void passesSharesThatSumTo100OrWithinTheirRounding() {
            assertThat(run(
                            CODE,
                            RU,
                            AS_OF,
                            withFact(fact(
                                    true,
                                    share("городские округа", "75", null),
                                    share("сельские территории", "25", 4)))))
                    .isEmpty();
            assertThat(run(
                            CODE,
                            RU,
                            AS_OF,
                            withFact(fact(
                                    true, share("a", "33", null), share("b", "33", null), share("c", "33", null)))))
                    .isEmpty();
            assertThat(run(
                            CODE,
                            RU,
                            AS_OF,
                            withFact(fact(false, share("ЕГЭ", "52.8", null), share("ОГЭ", "71.2", null)))))
                    .as("not a partition")
                    .isEmpty();
        }

        @Test
        void reportsSharesOfAWholeThatDoNotSumTo100() {
            Roadmap r = withFact(
                    fact(true, share("городские округа", "75", null), share("сельские территории", "26", null)));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly(
                            "/context/0/shares [shares.sum] ERROR: доли целого (75, 26%) в сумме дают 101%, а не"
                                    + " 100%");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly(
                            "/context/0/shares [shares.sum] ERROR: the shares of a whole (75, 26%) sum to 101%,"
                                    + " not 100%");
            assertThat(violations(
                            CODE,
                            AS_OF,
                            withFact(fact(
                                    true,
                                    share("a", "33.3", null),
                                    share("b", "33.3", null),
                                    share("c", "33.2", null))),
                            Optional.empty()))
                    .extracting(v -> v.arguments().get("sum"))
                    .containsExactly(new BigDecimal("99.8"));
        }
    }

    @Nested
    class Count {

        static final String CODE = "shares.count";

        ContextFact fact(Share... shares) {
            return ContextFact.builder()
                    .text("16 общеобразовательных организаций")
                    .total(BigDecimal.valueOf(16))
                    .addShares(shares)
                    .partition(true)
                    .build();
        }

        @Test
        void passesCountsThatAgreeWithTheRoundedPercentage() {
            assertThat(run(
                            CODE,
                            RU,
                            AS_OF,
                            withFact(fact(share("городские округа", "75", 12), share("сельские территории", "25", 4)))))
                    .isEmpty();
            assertThat(run(CODE, RU, AS_OF, withFact(fact(share("a", "31", 5), share("b", "69", 11)))))
                    .as("5 of 16 is 31.25%, printed 31%")
                    .isEmpty();
            assertThat(run(
                            CODE,
                            RU,
                            AS_OF,
                            roadmap()
                                    .addContext(ContextFact.builder()
                                            .text("ШНОР – 36% (176)")
                                            .addShares(share("ШНОР", "36", 176))
                                            .build())
                                    .build()))
                    .as("no total")
                    .isEmpty();
        }

        @Test
        void reportsACountThatDisagreesWithPercentTimesTotal() {
            Roadmap r = withFact(fact(share("городские округа", "75", 12), share("сельские территории", "25", 5)));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly(
                            "/context/0/shares/1/count [shares.count] WARNING: доля «сельские территории» в 25%"
                                    + " от 16 — это 4, а указано 5");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly(
                            "/context/0/shares/1/count [shares.count] WARNING: the share \"сельские территории\""
                                    + " of 25% of 16 is 4, but the count given is 5");
        }
    }
}
