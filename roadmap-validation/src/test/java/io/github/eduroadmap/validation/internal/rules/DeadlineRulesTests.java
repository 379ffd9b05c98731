package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.EN;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.activity;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.by;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.dates;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.monitoring;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.month;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.monthly;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.months;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.onRequest;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.roadmap;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.roadmap2022;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.run;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.section;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.throughout;
import static io.github.eduroadmap.validation.internal.rules.DomainRuleFixtures.violations;
import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.ApprovalDocument;
import io.github.eduroadmap.model.ApprovalKind;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of the deadline group, each with a passing and a failing fixture, in Russian and English. */
class DeadlineRulesTests {

    static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

    @Nested
    class Unparsed {

        static final String CODE = "deadline.unparsed";

        @Test
        void passesDeadlinesThatWereUnderstood() {
            Roadmap r = roadmap2022(activity(month("Август 2022", AUGUST, 2022)), activity(throughout()));
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }

        @Test
        void reportsWordsNoRuleUnderstands() {
            Roadmap r = roadmap2022(
                    activity(month("Август 2022", AUGUST, 2022)),
                    activity(new Deadline.Unparsed("О 1 А О  О  Л Л 1 \\jl.0j.202l")));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly(
                            "/sections/0/activities/1/deadline [deadline.unparsed] WARNING: срок «О 1 А О  О  Л"
                                    + " Л 1 \\jl.0j.202l» не распознан: в этих словах не читается ни дата, ни период");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/1/deadline [deadline.unparsed] WARNING: the deadline \"О 1"
                            + " А О  О  Л Л 1 \\jl.0j.202l\" is not understood: these words read as no date or period");
        }

        @Test
        void quotesTheUnparsedPartOfACombinedDeadline() {
            Deadline combined = new Deadline.Combined(
                    "Ежемесячно / Сентяьбрь", List.of(monthly("Ежемесячно", null), new Deadline.Unparsed("Сентяьбрь")));
            Roadmap r = roadmap2022(activity(combined));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly("/sections/0/activities/0/deadline [deadline.unparsed] WARNING: часть «Сентяьбрь»"
                            + " срока «Ежемесячно / Сентяьбрь» не распознана");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/0/deadline [deadline.unparsed] WARNING: the part"
                            + " \"Сентяьбрь\" of the deadline \"Ежемесячно / Сентяьбрь\" is not understood");
        }

        @Test
        void checksTheDeadlinesOfReportingRequirements() {
            Roadmap r = roadmap()
                    .reporting(List.of(ReportingRequirement.builder()
                            .deadline(new Deadline.Unparsed("к 10 числу"))
                            .build()))
                    .build();
            assertThat(violations(CODE, AS_OF, r, Optional.empty()))
                    .extracting(v -> v.pointer().toString(), Violation::arguments)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("/reporting/0/deadline", Map.of("text", "к 10 числу")));
        }

        @Test
        void leavesAnEmptyCellToTheNoDeadlineRule() {
            Roadmap r = roadmap2022(activity(new Deadline.Unparsed(" ")));
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }
    }

    @Nested
    class IllOrdered {

        static final String CODE = "deadline.ill-ordered";

        @Test
        void passesSpansInOrderAndSpansOfMonthsWithoutYears() {
            Roadmap r = roadmap2022(
                    activity(dates("01.04.2021-31.05.2021", LocalDate.of(2021, 4, 1), LocalDate.of(2021, 5, 31))),
                    activity(months("ноябрь - февраль", NOVEMBER, null, FEBRUARY, null)),
                    activity(months("Ноябрь 2022-август 2023", NOVEMBER, 2022, AUGUST, 2023)));
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }

        @Test
        void reportsASpanOfDatesThatEndsBeforeItStarts() {
            Roadmap r = roadmap2022(
                    activity(dates("31.05.2021-01.04.2021", LocalDate.of(2021, 5, 31), LocalDate.of(2021, 4, 1))));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly("/sections/0/activities/0/deadline [deadline.ill-ordered] ERROR: срок"
                            + " «31.05.2021-01.04.2021» заканчивается 01.04.2021, раньше, чем начинается (31.05.2021)");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/0/deadline [deadline.ill-ordered] ERROR: the deadline"
                            + " \"31.05.2021-01.04.2021\" ends on 2021-04-01, before it starts on 2021-05-31");
        }

        @Test
        void reportsASpanOfMonthsThatEndsBeforeItStartsInsideACombinedDeadline() {
            Deadline combined = new Deadline.Combined(
                    "Октябрь 2023 - май 2022 (по утвержденному графику)",
                    List.of(
                            months("Октябрь 2023 - май 2022", OCTOBER, 2023, MAY, 2022),
                            new Deadline.ByArrangement(
                                    "по утвержденному графику",
                                    io.github.eduroadmap.model.Arrangement.SCHEDULE,
                                    Optional.empty())));
            Roadmap r = roadmap2022(activity(combined));
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/0/deadline [deadline.ill-ordered] ERROR: the deadline"
                            + " \"Октябрь 2023 - май 2022\" ends on 2022-05-31, before it starts on 2023-10-01");
        }
    }

    @Nested
    class OutsidePeriod {

        static final String CODE = "deadline.outside-period";

        /** The period of the 2022-2023 education quality plan: December 2022 to November 2023. */
        Roadmap plan(Activity... activities) {
            return roadmap()
                    .period(DateRange.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 11, 30)))
                    .addSections(section(activities))
                    .build();
        }

        /** The rule skips recurring deadlines without counting their occurrences: this is why it may. */
        @Test
        void aRecurringDeadlineNeverReachesOutOfAWellOrderedPeriod() {
            SplittableRandom random = new SplittableRandom(193L);
            for (int run = 0; run < 3_000; run++) {
                LocalDate start = LocalDate.of(random.nextInt(-3, 10_003), 1, 1).plusDays(random.nextInt(0, 366));
                DateRange period = DateRange.of(start, start.plusDays(random.nextInt(0, 1_200)));
                Frequency frequency = Frequency.values()[random.nextInt(Frequency.values().length)];
                Optional<DueRule> due =
                        random.nextBoolean() ? Optional.empty() : Optional.of(new DueRule(random.nextInt(1, 29)));
                Deadline d = new Deadline.Recurring("ежемесячно", frequency, due);

                // no occurrence (a summer without a school quarter) is no extent, which lies nowhere
                assertThat(d.extent(period).map(period::contains).orElse(true))
                        .as("%s in %s", frequency, period)
                        .isTrue();
            }
        }

        @Test
        void passesDeadlinesWithinThePeriodAndPlacesAMonthWithoutAYearInIt() {
            Roadmap r = plan(
                    activity(month("март", MARCH, null)),
                    activity(months("Декабрь 2022 - февраль 2023", DECEMBER, 2022, FEBRUARY, 2023)),
                    activity(throughout()),
                    activity(monthly("Ежемесячно", 10)),
                    activity(onRequest("по запросу МОУО")),
                    activity(new Deadline.Unparsed("О 1 А О")));
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }

        @Test
        void saysWhichEndLiesOutsideAndThePeriod() {
            Roadmap r = plan(
                    activity(month("Сентябрь 2022", SEPTEMBER, 2022)),
                    activity(months("Ноябрь 2022- август 2023", NOVEMBER, 2022, AUGUST, 2023)),
                    activity(DomainRuleFixtures.throughout(2023)),
                    activity(months("Сентябрь 2022 – декабрь 2023", SEPTEMBER, 2022, DECEMBER, 2023)),
                    activity(month("Декабрь 2023", DECEMBER, 2023)));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly(
                            "/sections/0/activities/0/deadline [deadline.outside-period] WARNING: срок «Сентябрь 2022»"
                                    + " (01.09.2022 – 30.09.2022) целиком лежит до периода дорожной карты 01.12.2022 –"
                                    + " 30.11.2023",
                            "/sections/0/activities/1/deadline [deadline.outside-period] WARNING: срок «Ноябрь 2022-"
                                    + " август 2023» начинается 01.11.2022, раньше периода дорожной карты 01.12.2022 –"
                                    + " 30.11.2023",
                            "/sections/0/activities/2/deadline [deadline.outside-period] WARNING: срок «В течение 2023"
                                    + " года» заканчивается 31.12.2023, позже периода дорожной карты 01.12.2022 –"
                                    + " 30.11.2023",
                            "/sections/0/activities/3/deadline [deadline.outside-period] WARNING: срок «Сентябрь 2022 –"
                                    + " декабрь 2023» (01.09.2022 – 31.12.2023) выходит за период дорожной карты"
                                    + " 01.12.2022 – 30.11.2023 с обеих сторон",
                            "/sections/0/activities/4/deadline [deadline.outside-period] WARNING: срок «Декабрь 2023»"
                                    + " (01.12.2023 – 31.12.2023) целиком лежит после периода дорожной карты 01.12.2022 –"
                                    + " 30.11.2023");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly(
                            "/sections/0/activities/0/deadline [deadline.outside-period] WARNING: the deadline"
                                    + " \"Сентябрь 2022\" (2022-09-01 to 2022-09-30) lies wholly before the roadmap period"
                                    + " 2022-12-01 to 2023-11-30",
                            "/sections/0/activities/1/deadline [deadline.outside-period] WARNING: the deadline \"Ноябрь"
                                    + " 2022- август 2023\" starts on 2022-11-01, before the roadmap period 2022-12-01 to"
                                    + " 2023-11-30",
                            "/sections/0/activities/2/deadline [deadline.outside-period] WARNING: the deadline \"В"
                                    + " течение 2023 года\" ends on 2023-12-31, after the roadmap period 2022-12-01 to"
                                    + " 2023-11-30",
                            "/sections/0/activities/3/deadline [deadline.outside-period] WARNING: the deadline"
                                    + " \"Сентябрь 2022 – декабрь 2023\" (2022-09-01 to 2023-12-31) reaches outside the"
                                    + " roadmap period 2022-12-01 to 2023-11-30 at both ends",
                            "/sections/0/activities/4/deadline [deadline.outside-period] WARNING: the deadline"
                                    + " \"Декабрь 2023\" (2023-12-01 to 2023-12-31) lies wholly after the roadmap period"
                                    + " 2022-12-01 to 2023-11-30");
        }

        @Test
        void fallsBackToTheYearOfTheApprovalDate() {
            Roadmap r = roadmap()
                    .approval(ApprovalDocument.builder()
                            .kind(ApprovalKind.ORDER)
                            .date(LocalDate.of(2021, 3, 1))
                            .build())
                    .addSections(section(
                            activity(by("До 20 января 2022", LocalDate.of(2022, 1, 20))),
                            activity(month("март", MARCH, null))))
                    .build();
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/0/deadline [deadline.outside-period] WARNING: the deadline"
                            + " \"До 20 января 2022\" (2022-01-20 to 2022-01-20) lies wholly after the roadmap period"
                            + " 2021-01-01 to 2021-12-31");
        }

        @Test
        void checksNothingWithoutAPeriod() {
            Roadmap r = roadmap()
                    .addSections(section(activity(month("Сентябрь 2022", SEPTEMBER, 2022))))
                    .build();
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }
    }

    @Nested
    class Overdue {

        static final String CODE = "activity.overdue";

        final Roadmap roadmap = roadmap2022(
                activity("Круглый стол кураторов и муниципальных координаторов", month("Август 2022", AUGUST, 2022)),
                Activity.builder()
                        .id("seminar")
                        .title("Семинар")
                        .deadline(by("до 10.04.2022", LocalDate.of(2022, 4, 10)))
                        .addExecutors(new RoleExecutor("МОУО"))
                        .build(),
                activity(onRequest("по запросу МОУО")));

        ActivityProgress progress(String activity, ActivityStatus status, LocalDate asOf) {
            ActivityProgress.Builder b =
                    ActivityProgress.builder().activity(activity).status(status);
            if (asOf != null) {
                b.asOf(asOf);
            }
            return b.build();
        }

        @Test
        void reportsAnActivityStillInProgressAfterItsDueDate() {
            Monitoring m = monitoring()
                    .addProgress(
                            progress("/sections/0/activities/0", ActivityStatus.IN_PROGRESS, LocalDate.of(2022, 9, 15)))
                    .build();
            assertThat(run(CODE, RU, LocalDate.of(2022, 10, 1), roadmap, m))
                    .containsExactly(
                            "monitoring#/progress/0/status [activity.overdue] WARNING: мероприятие /sections/0/activities/0"
                                    + " «Круглый стол кураторов и муниципальных координаторов» со сроком 31.08.2022 не"
                                    + " выполнено: по данным мониторинга на 15.09.2022 оно ещё выполняется");
            assertThat(run(CODE, EN, LocalDate.of(2022, 10, 1), roadmap, m))
                    .containsExactly("monitoring#/progress/0/status [activity.overdue] WARNING: the activity"
                            + " /sections/0/activities/0 \"Круглый стол кураторов и муниципальных координаторов\" was"
                            + " due on 2022-08-31, but the monitoring shows it still in progress as of 2022-09-15");
        }

        @Test
        void saysWhenAnOverdueActivityHasNotStarted() {
            Monitoring m = monitoring()
                    .addProgress(progress("seminar", ActivityStatus.PLANNED, LocalDate.of(2022, 4, 1)))
                    .build();
            assertThat(run(CODE, EN, LocalDate.of(2022, 4, 30), roadmap, m))
                    .containsExactly("monitoring#/progress/0/status [activity.overdue] WARNING: the activity"
                            + " /sections/0/activities/1 \"Семинар\" was due on 2022-04-11, but the monitoring shows it"
                            + " not started as of 2022-04-01");
            assertThat(run(CODE, RU, LocalDate.of(2022, 4, 30), roadmap, m))
                    .containsExactly(
                            "monitoring#/progress/0/status [activity.overdue] WARNING: мероприятие /sections/0/activities/1"
                                    + " «Семинар» со сроком 11.04.2022 не выполнено: по данным мониторинга на 01.04.2022 оно ещё"
                                    + " не начато");
        }

        @Test
        void movesADueDateOnADayOffToTheNextWorkingDayAndCountsItToTheEnd() {
            // 10 April 2022 is a Sunday: the term ends on Monday 11 April, at midnight.
            Monitoring m = monitoring()
                    .addProgress(progress("seminar", ActivityStatus.IN_PROGRESS, null))
                    .build();
            assertThat(run(CODE, EN, LocalDate.of(2022, 4, 11), roadmap, m)).isEmpty();
            assertThat(violations(CODE, LocalDate.of(2022, 4, 12), roadmap, Optional.of(m)))
                    .extracting(v -> v.arguments().get("due"))
                    .containsExactly(LocalDate.of(2022, 4, 11));
        }

        @Test
        void passesActivitiesDoneOrCancelledOrNotYetDueOrWithoutDates() {
            Monitoring m = monitoring()
                    .addProgress(progress("/sections/0/activities/0", ActivityStatus.DONE, LocalDate.of(2022, 8, 30)))
                    .addProgress(progress("seminar", ActivityStatus.CANCELLED, LocalDate.of(2022, 3, 1)))
                    .addProgress(progress("/sections/0/activities/2", ActivityStatus.IN_PROGRESS, null))
                    .build();
            assertThat(run(CODE, RU, AS_OF, roadmap, m)).isEmpty();
            Monitoring early = monitoring()
                    .addProgress(progress("/sections/0/activities/0", ActivityStatus.IN_PROGRESS, null))
                    .build();
            assertThat(run(CODE, RU, LocalDate.of(2022, 8, 31), roadmap, early))
                    .as("due today is not overdue")
                    .isEmpty();
        }

        @Test
        void takesTheLatestRecordByDateNotByPlace() {
            Monitoring m = monitoring()
                    .addProgress(progress("/sections/0/activities/0", ActivityStatus.DONE, LocalDate.of(2022, 9, 20)))
                    .addProgress(
                            progress("/sections/0/activities/0", ActivityStatus.IN_PROGRESS, LocalDate.of(2022, 7, 1)))
                    .build();
            assertThat(run(CODE, RU, AS_OF, roadmap, m)).isEmpty();
            assertThat(violations(CODE, LocalDate.of(2022, 9, 10), roadmap, Optional.of(m)))
                    .as("a record dated after the as-of date is not known yet")
                    .extracting(v -> v.pointer().toString())
                    .containsExactly("/progress/1/status");
        }

        @Test
        void speaksOnlyAsOfTheMonitoringDocumentsOwnDate() {
            Monitoring m = monitoring()
                    .asOf(LocalDate.of(2022, 8, 20))
                    .addProgress(progress("/sections/0/activities/0", ActivityStatus.IN_PROGRESS, null))
                    .build();
            assertThat(run(CODE, RU, AS_OF, roadmap, m)).isEmpty();
        }

        @Test
        void saysNothingOfActivitiesWithoutARecordOrWithoutMonitoring() {
            Monitoring m = monitoring()
                    .addProgress(progress("/sections/9/activities/0", ActivityStatus.IN_PROGRESS, null))
                    .addProgress(progress("no-such-id", ActivityStatus.IN_PROGRESS, null))
                    .build();
            assertThat(run(CODE, RU, AS_OF, roadmap, m)).isEmpty();
            assertThat(run(CODE, RU, AS_OF, roadmap)).isEmpty();
        }
    }

    @Nested
    class Chronology {

        static final String CODE = "deadline.chronology";

        @Test
        void passesActivitiesInDateOrderAndSpansThatNest() {
            Roadmap r = roadmap2022(
                    activity(month("Август 2022", AUGUST, 2022)),
                    activity(month("Август 2022", AUGUST, 2022)),
                    activity(months("Сентябрь - октябрь", SEPTEMBER, null, OCTOBER, null)),
                    activity(months("март-декабрь", MARCH, null, DECEMBER, null)),
                    activity(month("май", MAY, null)));
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }

        @Test
        void reportsAnActivityThatStartsAndEndsBeforeThePreviousOne() {
            Roadmap r = roadmap2022(
                    activity(month("Август 2022", AUGUST, 2022)),
                    activity(months("Сентябрь - октябрь", SEPTEMBER, null, OCTOBER, null)),
                    activity(months("Август - сентябрь", AUGUST, null, SEPTEMBER, null)));
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly(
                            "/sections/0/activities/2/deadline [deadline.chronology] INFO: мероприятие со сроком"
                                    + " «Август - сентябрь» (01.08.2022 – 30.09.2022) стоит после мероприятия"
                                    + " /sections/0/activities/1 со сроком «Сентябрь - октябрь» (01.09.2022 – 31.10.2022), хотя"
                                    + " начинается и заканчивается раньше");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/2/deadline [deadline.chronology] INFO: the activity due"
                            + " \"Август - сентябрь\" (2022-08-01 to 2022-09-30) comes after the activity"
                            + " /sections/0/activities/1 due \"Сентябрь - октябрь\" (2022-09-01 to 2022-10-31), though it"
                            + " starts and ends earlier");
        }

        @Test
        void skipsDeadlinesOfTheWholePeriodOrWithoutDatesAndComparesAcrossThem() {
            Roadmap r = roadmap2022(
                    activity(month("сентябрь", SEPTEMBER, null)),
                    activity(throughout()),
                    activity(monthly("Ежемесячно", null)),
                    activity(onRequest("по запросу МОУО")),
                    activity(month("март", MARCH, null)));
            assertThat(violations(CODE, AS_OF, r, Optional.empty()))
                    .extracting(v -> v.pointer().toString(), v -> v.arguments().get("previous"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "/sections/0/activities/4/deadline", "/sections/0/activities/0"));
        }

        @Test
        void comparesOnlyWithinASection() {
            Roadmap r = roadmap()
                    .period(DateRange.ofYear(2022))
                    .addSections(
                            section(activity(month("сентябрь", SEPTEMBER, null))),
                            section(activity(month("март", MARCH, null))))
                    .build();
            assertThat(run(CODE, RU, AS_OF, r)).isEmpty();
        }

        @Test
        void usesTheDatedPartsOfACombinedDeadlineAndSkipsMonthsWithoutAYearWhenThereIsNoPeriod() {
            Deadline combined = new Deadline.Combined(
                    "Февраль-апрель 2022 (по утвержденному графику)",
                    List.of(
                            months("Февраль-апрель 2022", FEBRUARY, null, APRIL, 2022),
                            new Deadline.ByArrangement(
                                    "по утвержденному графику",
                                    io.github.eduroadmap.model.Arrangement.SCHEDULE,
                                    Optional.empty())));
            Roadmap r = roadmap()
                    .addSections(section(
                            activity(month("Август 2022", AUGUST, 2022)),
                            activity(month("май", MAY, null)),
                            activity(combined)))
                    .build();
            assertThat(violations(CODE, AS_OF, r, Optional.empty()))
                    .extracting(v -> v.pointer().toString(), v -> v.arguments().get("previous"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "/sections/0/activities/2/deadline", "/sections/0/activities/0"));
        }
    }

    @Nested
    class NoDeadline {

        static final String CODE = "activity.no-deadline";

        @Test
        void passesActivitiesWithADeadline() {
            assertThat(run(CODE, RU, AS_OF, roadmap2022(activity(onRequest("по запросу МОУО")))))
                    .isEmpty();
        }

        @Test
        void reportsAnActivityWithAnEmptyDeadlineCell() {
            Roadmap r = roadmap2022(
                    activity(month("Август 2022", AUGUST, 2022)),
                    Activity.builder()
                            .title("Проведение педагогических советов в ОО по вопросам повышения качества образования")
                            .addExecutors(new RoleExecutor("ОО"))
                            .build());
            assertThat(run(CODE, RU, AS_OF, r))
                    .containsExactly(
                            "/sections/0/activities/1 [activity.no-deadline] WARNING: у мероприятия «Проведение"
                                    + " педагогических советов в ОО по вопросам повышения…» не указан срок исполнения");
            assertThat(run(CODE, EN, AS_OF, r))
                    .containsExactly("/sections/0/activities/1 [activity.no-deadline] WARNING: the activity"
                            + " \"Проведение педагогических советов в ОО по вопросам повышения…\" has no deadline");
            assertThat(violations(CODE, AS_OF, r, Optional.empty()))
                    .extracting(Violation::severity)
                    .containsExactly(Severity.WARNING);
        }
    }
}
