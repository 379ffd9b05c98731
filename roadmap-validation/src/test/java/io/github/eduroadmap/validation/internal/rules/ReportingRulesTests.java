package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.EN;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.monitoring;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.monthly;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.report;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.roadmap;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.run;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationKind;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of the reporting group over the reporting duty of the 2021 regional roadmap: municipal authorities
 * report "ежемесячно в срок до 10 числа месяца, следующего за отчетным".
 */
class ReportingRulesTests {

    static final String NADEZHDINSKY = "Управление образованием администрации Надеждинского муниципального района";
    static final String ARTEM = "Управление образования администрации Артемовского городского округа";

    static ReportingRequirement requirement(Deadline deadline, String reporter) {
        ReportingRequirement.Builder b = ReportingRequirement.builder().deadline(deadline);
        if (reporter != null) {
            b.reporter(reporter);
        }
        return b.build();
    }

    /** The 2021 regional roadmap's duty: МОУО report monthly by the 10th of the following month. */
    static Roadmap roadmap2021() {
        return roadmap()
                .period(DateRange.ofYear(2021))
                .addOrganisations(Organisation.builder()
                        .abbreviation("МОУО")
                        .name("муниципальные органы управления образованием")
                        .kind(OrganisationKind.MUNICIPAL_AUTHORITY)
                        .build())
                .addReporting(requirement(
                        monthly("ежемесячно в срок до 10 числа месяца, следующего за отчетным", 10), "МОУО"))
                .build();
    }

    static DateRange month(int year, int month) {
        return DateRange.ofMonth(YearMonth.of(year, month));
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class Late {

        static final String CODE = "reporting.late";

        @Test
        void passesAReportOnTheDueDateMovedByArticle193() {
            // 10 April 2021 is a Saturday: the March report is due on Monday 12 April.
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 3), NADEZHDINSKY, day(2021, 4, 12)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021(), m)).isEmpty();
        }

        @Test
        void reportsAReportOneDayAfterTheMovedDueDate() {
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 3), NADEZHDINSKY, day(2021, 4, 13)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021(), m))
                    .containsExactly(
                            "monitoring#/reports/0/submitted [reporting.late] WARNING: отчёт «" + NADEZHDINSKY + "» за"
                                    + " 2021-03 представлен 13.04.2021, позже срока 12.04.2021 (10.04.2021 — нерабочий день,"
                                    + " срок перенесён на ближайший рабочий день по ст. 193 ГК РФ), с опозданием на 1 дн."
                                    + " (календарных)");
            assertThat(run(CODE, EN, day(2021, 12, 31), roadmap2021(), m))
                    .containsExactly(
                            "monitoring#/reports/0/submitted [reporting.late] WARNING: the report of \"" + NADEZHDINSKY
                                    + "\" for 2021-03 was submitted on 2021-04-13, 1 calendar day(s) after its due date"
                                    + " 2021-04-12 (2021-04-10 is a day off: the term moves to the next working day, Civil Code"
                                    + " art. 193)");
        }

        @Test
        void countsCalendarDaysAfterADueDateThatDidNotMove() {
            // 10 March 2021 is a Wednesday.
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 15)))
                    .addReports(report(month(2021, 2), NADEZHDINSKY, day(2021, 3, 10)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021(), m))
                    .containsExactly(
                            "monitoring#/reports/0/submitted [reporting.late] WARNING: отчёт «" + ARTEM + "» за 2021-02"
                                    + " представлен 15.03.2021, позже срока 10.03.2021, с опозданием на 5 дн. (календарных)");
            assertThat(run(CODE, EN, day(2021, 12, 31), roadmap2021(), m))
                    .containsExactly(
                            "monitoring#/reports/0/submitted [reporting.late] WARNING: the report of \"" + ARTEM + "\""
                                    + " for 2021-02 was submitted on 2021-03-15, 5 calendar day(s) after its due date 2021-03-10");
            assertThat(violations(CODE, day(2021, 12, 31), roadmap2021(), Optional.of(m)))
                    .extracting(v -> v.arguments().get("days"), Violation::severity)
                    .containsExactly(tuple(5L, Severity.WARNING));
        }

        @Test
        void movesTheDueDatesOfTheCalendarVectors() {
            // The 10th moved to the next working day in 2021, and the months it does not move.
            int[][] moved = {{1, 11}, {4, 12}, {5, 11}, {7, 12}, {10, 11}};
            for (int month = 2; month <= 12; month++) {
                int dueMonth = month;
                int dueDay = 10;
                for (int[] v : moved) {
                    if (v[0] == dueMonth) {
                        dueDay = v[1];
                    }
                }
                Monitoring onTime = monitoring()
                        .addReports(report(month(2021, month - 1), ARTEM, day(2021, month, dueDay)))
                        .build();
                Monitoring oneLate = monitoring()
                        .addReports(report(month(2021, month - 1), ARTEM, day(2021, month, dueDay + 1)))
                        .build();
                assertThat(violations(CODE, day(2021, 12, 31), roadmap2021(), Optional.of(onTime)))
                        .as("report for 2021-%02d on the %d", month - 1, dueDay)
                        .isEmpty();
                assertThat(violations(CODE, day(2021, 12, 31), roadmap2021(), Optional.of(oneLate)))
                        .as("report for 2021-%02d on the %d", month - 1, dueDay + 1)
                        .extracting(
                                v -> v.arguments().get("due"),
                                v -> v.arguments().get("days"))
                        .containsExactly(tuple(day(2021, month, dueDay), 1L));
            }
        }

        @Test
        void judgesOnlyTheEarliestOfRepeatedReports() {
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 20)))
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 9)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021(), m)).isEmpty();
        }

        @Test
        void usesTheValidatorsDueDayWhenTheRequirementStatesNone() {
            Roadmap r = roadmap()
                    .period(DateRange.ofYear(2021))
                    .addReporting(requirement(monthly("Ежемесячно", null), "МОУО"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 10)))
                    .build();
            RoadmapValidator fifth = RoadmapValidator.builder()
                    .only(CODE)
                    .asOf(day(2021, 12, 31))
                    .locale(EN)
                    .discoverRules(false)
                    .reportingDueDay(5)
                    .build();
            assertThat(fifth.validate(r, m).violations())
                    .extracting(
                            v -> v.arguments().get("due"), v -> v.arguments().get("days"))
                    .containsExactly(tuple(day(2021, 3, 5), 5L));
            assertThat(run(CODE, EN, day(2021, 12, 31), r, m))
                    .as("the 10th by default")
                    .isEmpty();
        }

        @Test
        void dueDatesOfQuarterlyReportsFollowTheQuarter() {
            Roadmap r = roadmap()
                    .period(DateRange.ofYear(2021))
                    .addReporting(requirement(
                            new Deadline.Recurring("Ежеквартально", Frequency.QUARTERLY, Optional.empty()), "Комитет"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(DateRange.of(day(2021, 1, 1), day(2021, 3, 31)), "Комитет", day(2021, 4, 13)))
                    .build();
            assertThat(run(CODE, EN, day(2021, 12, 31), r, m))
                    .containsExactly(
                            "monitoring#/reports/0/submitted [reporting.late] WARNING: the report of \"Комитет\" for"
                                    + " 2021-Q1 was submitted on 2021-04-13, 1 calendar day(s) after its due date 2021-04-12"
                                    + " (2021-04-10 is a day off: the term moves to the next working day, Civil Code art."
                                    + " 193)");
        }

        @Test
        void readsTheRecurringPartOfACombinedDeadline() {
            Roadmap r = roadmap()
                    .period(DateRange.ofYear(2021))
                    .addReporting(requirement(
                            new Deadline.Combined(
                                    "Ежемесячно /по запросу МОУО",
                                    List.of(
                                            monthly("Ежемесячно", null),
                                            new Deadline.ByArrangement(
                                                    "по запросу МОУО", Arrangement.REQUEST, Optional.of("МОУО")))),
                            "ОО"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 9), "МБОУ СОШ № 1", day(2021, 10, 12)))
                    .build();
            // 10 October 2021 is a Sunday: due on Monday the 11th.
            assertThat(violations(CODE, day(2021, 12, 31), r, Optional.of(m)))
                    .extracting(
                            v -> v.arguments().get("due"), v -> v.arguments().get("days"))
                    .containsExactly(tuple(day(2021, 10, 11), 1L));
        }

        @Test
        void checksLatenessWithoutARoadmapPeriod() {
            Roadmap r = roadmap()
                    .addReporting(requirement(monthly("ежемесячно до 10 числа", 10), "МОУО"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 3), ARTEM, day(2021, 4, 13)))
                    .addReports(report(month(2021, 5), ARTEM, day(2021, 6, 10)))
                    .build();
            assertThat(violations(CODE, day(2021, 12, 31), r, Optional.of(m)))
                    .extracting(v -> v.pointer().toString(), v -> v.arguments().get("days"))
                    .containsExactly(tuple("/reports/0/submitted", 1L));
            assertThat(run("reporting.missing", RU, day(2021, 12, 31), r, m))
                    .as("the periods are unknown: nothing is missing")
                    .isEmpty();
        }

        @Test
        void saysWhenTheDueDateIsAnEstimate() {
            Roadmap r = roadmap()
                    .period(DateRange.ofYear(2027))
                    .addReporting(requirement(monthly("ежемесячно до 10 числа", 10), "МОУО"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2027, 1), ARTEM, day(2027, 2, 12)))
                    .build();
            assertThat(run(CODE, RU, day(2027, 12, 31), r, m))
                    .containsExactly(
                            "monitoring#/reports/0/submitted [reporting.late] WARNING: отчёт «" + ARTEM + "» за 2027-01"
                                    + " представлен 12.02.2027, позже срока 10.02.2027 (установлен на 10.02.2027), с опозданием"
                                    + " на 2 дн. (календарных); срок вычислен приблизительно: в производственном календаре нет"
                                    + " данных за 2027 год, учтены только выходные и праздники ст. 112 ТК РФ");
            assertThat(run(CODE, EN, day(2027, 12, 31), r, m))
                    .containsExactly(
                            "monitoring#/reports/0/submitted [reporting.late] WARNING: the report of \"" + ARTEM + "\""
                                    + " for 2027-01 was submitted on 2027-02-12, 2 calendar day(s) after its due date 2027-02-10"
                                    + " (set for 2027-02-10); the due date is an estimate: the production calendar has no data"
                                    + " for 2027, only weekends and the holidays of Labour Code art. 112 are counted");
        }

        @Test
        void saysNothingWithoutMonitoring() {
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021())).isEmpty();
        }
    }

    @Nested
    class Missing {

        static final String CODE = "reporting.missing";

        @Test
        void passesWhenEveryReporterReportedForEveryPeriodDue() {
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 1), ARTEM, day(2021, 2, 8)))
                    .addReports(report(month(2021, 1), NADEZHDINSKY, day(2021, 2, 10)))
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 9)))
                    .addReports(report(month(2021, 2), NADEZHDINSKY, day(2021, 3, 20)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 3, 31), roadmap2021(), m)).isEmpty();
        }

        @Test
        void reportsAReporterWhoDidNotReportForAPeriodDue() {
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 1), ARTEM, day(2021, 2, 8)))
                    .addReports(report(month(2021, 1), NADEZHDINSKY, day(2021, 2, 10)))
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 9)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 3, 31), roadmap2021(), m))
                    .containsExactly("/reporting/0 [reporting.missing] ERROR: нет отчёта «" + NADEZHDINSKY + "» за"
                            + " 2021-02, хотя срок его представления (10.03.2021) истёк");
            assertThat(run(CODE, EN, day(2021, 3, 31), roadmap2021(), m))
                    .containsExactly("/reporting/0 [reporting.missing] ERROR: no report of \"" + NADEZHDINSKY + "\" for"
                            + " 2021-02, though it was due on 2021-03-10");
        }

        @Test
        void waitsUntilTheEndOfTheMovedDueDate() {
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 9)))
                    .addReports(report(month(2021, 2), NADEZHDINSKY, day(2021, 3, 10)))
                    .addReports(report(month(2021, 3), ARTEM, day(2021, 4, 9)))
                    .build();
            Roadmap r = roadmap()
                    .from(roadmap2021())
                    .period(DateRange.of(day(2021, 2, 1), day(2021, 12, 31)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 4, 12), r, m)).as("due today").isEmpty();
            assertThat(run(CODE, RU, day(2021, 4, 13), r, m))
                    .containsExactly("/reporting/0 [reporting.missing] ERROR: нет отчёта «" + NADEZHDINSKY + "» за"
                            + " 2021-03, хотя срок его представления (12.04.2021) истёк (10.04.2021 — нерабочий день,"
                            + " срок перенесён на ближайший рабочий день по ст. 193 ГК РФ)");
            assertThat(run(CODE, EN, day(2021, 4, 13), r, m))
                    .containsExactly("/reporting/0 [reporting.missing] ERROR: no report of \"" + NADEZHDINSKY + "\" for"
                            + " 2021-03, though it was due on 2021-04-12 (2021-04-10 is a day off: the term moves to the"
                            + " next working day, Civil Code art. 193)");
        }

        @Test
        void speaksOnlyAsOfTheMonitoringDocumentsOwnDate() {
            Monitoring m = monitoring()
                    .asOf(day(2021, 2, 28))
                    .addReports(report(month(2021, 1), ARTEM, day(2021, 2, 8)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021(), m)).isEmpty();
        }

        @Test
        void expectsTheRequirementsReporterWhenNobodyReported() {
            Monitoring m = monitoring().build();
            assertThat(violations(CODE, day(2021, 4, 1), roadmap2021(), Optional.of(m)))
                    .extracting(
                            v -> v.arguments().get("reporter"),
                            v -> v.arguments().get("period"))
                    .containsExactly(tuple("МОУО", "2021-01"), tuple("МОУО", "2021-02"));
            Roadmap unnamed = roadmap()
                    .period(DateRange.ofYear(2021))
                    .addReporting(requirement(monthly("ежемесячно", 10), null))
                    .build();
            assertThat(run(CODE, RU, day(2021, 2, 11), unnamed, m))
                    .containsExactly("/reporting/0 [reporting.missing] ERROR: за 2021-01 нет ни одного отчёта, хотя"
                            + " срок их представления (10.02.2021) истёк");
            assertThat(run(CODE, EN, day(2021, 2, 11), unnamed, m))
                    .containsExactly("/reporting/0 [reporting.missing] ERROR: no report at all for 2021-01, though it"
                            + " was due on 2021-02-10");
        }

        @Test
        void expectsEveryParticipantOfTheKindTheRequirementNames() {
            Roadmap r = roadmap()
                    .period(DateRange.ofYear(2022))
                    .addParticipants(
                            Participant.builder()
                                    .kind(ParticipantKind.SCHOOL)
                                    .name("МОАУ «Калининская СОШ»")
                                    .build(),
                            Participant.builder()
                                    .kind(ParticipantKind.SCHOOL)
                                    .name("МОУ «Нижнеильиновская СОШ»")
                                    .build(),
                            Participant.builder()
                                    .kind(ParticipantKind.CURATOR)
                                    .name("Иванова И.И.")
                                    .build())
                    .addReporting(requirement(monthly("ежемесячно до 5 числа", 5), "школы-участницы"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2022, 1), "МОАУ \"Калининская СОШ\"", day(2022, 2, 4)))
                    .build();
            assertThat(violations(CODE, day(2022, 2, 8), r, Optional.of(m)))
                    .extracting(
                            v -> v.arguments().get("reporter"),
                            v -> v.arguments().get("period"))
                    .containsExactly(tuple("МОУ «Нижнеильиновская СОШ»", "2022-01"));
        }

        @Test
        void handlesAPeriodSpanningTwoYears() {
            // December 2022 to November 2023; 10 June 2023 is a Saturday and 12 June a holiday: due on the 13th.
            Roadmap r = roadmap()
                    .period(DateRange.of(day(2022, 12, 1), day(2023, 11, 30)))
                    .addReporting(requirement(monthly("ежемесячно до 10 числа", 10), "МОУО"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2022, 12), ARTEM, day(2023, 1, 10)))
                    .addReports(report(month(2023, 5), ARTEM, day(2023, 6, 13)))
                    .addReports(report(month(2023, 5), NADEZHDINSKY, day(2023, 6, 14)))
                    .build();
            assertThat(violations(CODE, day(2023, 7, 1), r, Optional.of(m)))
                    .extracting(
                            v -> v.arguments().get("reporter"),
                            v -> v.arguments().get("period"))
                    .containsExactlyInAnyOrder(
                            tuple(ARTEM, "2023-01"),
                            tuple(ARTEM, "2023-02"),
                            tuple(ARTEM, "2023-03"),
                            tuple(ARTEM, "2023-04"),
                            tuple(NADEZHDINSKY, "2022-12"),
                            tuple(NADEZHDINSKY, "2023-01"),
                            tuple(NADEZHDINSKY, "2023-02"),
                            tuple(NADEZHDINSKY, "2023-03"),
                            tuple(NADEZHDINSKY, "2023-04"));
            assertThat(violations("reporting.late", day(2023, 7, 1), r, Optional.of(m)))
                    .extracting(v -> v.pointer().toString(), v -> v.arguments().get("due"))
                    .containsExactly(tuple("/reports/2/submitted", day(2023, 6, 13)));
        }

        @Test
        void saysWhenTheDueDateIsAnEstimate() {
            // 10 January 2027 is a Sunday; without data for 2027 the term moves to Monday the 11th, an estimate.
            Roadmap r = roadmap()
                    .period(DateRange.of(day(2026, 12, 1), day(2027, 1, 31)))
                    .addReporting(requirement(monthly("ежемесячно до 10 числа", 10), "МОУО"))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2027, 1), ARTEM, day(2027, 2, 10)))
                    .build();
            assertThat(run(CODE, EN, day(2027, 3, 1), r, m))
                    .containsExactly("/reporting/0 [reporting.missing] ERROR: no report of \"" + ARTEM + "\" for"
                            + " 2026-12, though it was due on 2027-01-11 (set for 2027-01-10); the due date is an"
                            + " estimate: the production calendar has no data for 2027, only weekends and the holidays"
                            + " of Labour Code art. 112 are counted");
            assertThat(violations(CODE, day(2027, 3, 1), r, Optional.of(m)))
                    .extracting(v -> v.arguments().get("year"))
                    .containsExactly(2027);
        }
    }

    @Nested
    class OutsidePeriod {

        static final String CODE = "reporting.outside-period";

        @Test
        void passesReportsWithinOrOverlappingThePeriod() {
            Roadmap r = roadmap()
                    .from(roadmap2021())
                    .period(DateRange.of(day(2021, 2, 25), day(2021, 12, 12)))
                    .build();
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 9)))
                    .addReports(report(month(2021, 12), ARTEM, day(2022, 1, 10)))
                    .build();
            assertThat(run(CODE, RU, day(2022, 3, 1), r, m)).isEmpty();
            assertThat(run("reporting.late", RU, day(2022, 3, 1), r, m)).isEmpty();
        }

        @Test
        void reportsAReportForAPeriodOutsideTheRoadmapsAndDoesNotCountIt() {
            Monitoring m = monitoring()
                    .addReports(report(month(2020, 12), ARTEM, day(2021, 1, 20)))
                    .addReports(report(month(2021, 1), ARTEM, day(2021, 2, 9)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 2, 20), roadmap2021(), m))
                    .containsExactly("monitoring#/reports/0/period [reporting.outside-period] WARNING: отчёт «" + ARTEM
                            + "»" + " представлен за 2020-12, вне периода дорожной карты 01.01.2021 – 31.12.2021");
            assertThat(run(CODE, EN, day(2021, 2, 20), roadmap2021(), m))
                    .containsExactly("monitoring#/reports/0/period [reporting.outside-period] WARNING: the report of \""
                            + ARTEM + "\" is for 2020-12, outside the roadmap period 2021-01-01 to 2021-12-31");
            assertThat(run("reporting.late", RU, day(2021, 2, 20), roadmap2021(), m))
                    .isEmpty();
        }
    }

    @Nested
    class Duplicate {

        static final String CODE = "reporting.duplicate";

        @Test
        void passesOneReportPerReporterAndPeriod() {
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 1), ARTEM, day(2021, 2, 8)))
                    .addReports(report(month(2021, 1), NADEZHDINSKY, day(2021, 2, 8)))
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 8)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021(), m)).isEmpty();
        }

        @Test
        void reportsTheLaterOfTwoReportsByTheSameReporterForTheSamePeriod() {
            Monitoring m = monitoring()
                    .addReports(report(month(2021, 1), ARTEM, day(2021, 2, 15)))
                    .addReports(report(month(2021, 2), ARTEM, day(2021, 3, 8)))
                    .addReports(report(
                            month(2021, 1),
                            "управление  образования администрации Артемовского городского" + " округа",
                            day(2021, 2, 8)))
                    .build();
            assertThat(run(CODE, RU, day(2021, 12, 31), roadmap2021(), m))
                    .containsExactly("monitoring#/reports/0 [reporting.duplicate] WARNING: повторный отчёт «" + ARTEM
                            + "» за" + " 2021-01: отчёт за этот период уже представлен 08.02.2021 (/reports/2)");
            assertThat(run(CODE, EN, day(2021, 12, 31), roadmap2021(), m))
                    .containsExactly("monitoring#/reports/0 [reporting.duplicate] WARNING: a second report of \""
                            + ARTEM + "\" for"
                            + " 2021-01: the report for this period was submitted on 2021-02-08 (/reports/2)");
        }

        @Test
        void findsDuplicatesAmongReportsThatAnswerNoRequirement() {
            Monitoring m = monitoring()
                    .addReports(report(month(2020, 12), ARTEM, day(2021, 1, 11)))
                    .addReports(report(month(2020, 12), ARTEM, day(2021, 1, 12)))
                    .build();
            assertThat(violations(CODE, day(2021, 12, 31), roadmap2021(), Optional.of(m)))
                    .extracting(v -> v.pointer().toString(), v -> v.arguments().get("first"))
                    .containsExactly(tuple("/reports/1", "/reports/0"));
        }
    }
}
