package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.RoleExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Violation;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Small roadmaps and monitoring documents built in code, and a way to run one rule over them in ru and en. */
final class DomainRuleFixtures {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale EN = Locale.ENGLISH;
    static final RoadmapId ID = RoadmapId.of("fixture");

    private DomainRuleFixtures() {}

    /** Returns a builder of a roadmap with an id, a title and a level, nothing else. */
    static Roadmap.Builder roadmap() {
        return Roadmap.builder().id(ID).title("Дорожная карта").level(Level.REGIONAL);
    }

    /** Returns a roadmap of 2022 with one section of activities. */
    static Roadmap roadmap2022(Activity... activities) {
        return roadmap()
                .period(DateRange.ofYear(2022))
                .addSections(section(activities))
                .build();
    }

    /** Returns a section of activities. */
    static Section section(Activity... activities) {
        return Section.builder().title("Раздел").addActivities(activities).build();
    }

    /** Returns an activity with a deadline, an executor and a result. */
    static Activity activity(Deadline deadline) {
        return activity("Семинар", deadline);
    }

    /** Returns an activity with a title, a deadline, an executor and a result. */
    static Activity activity(String title, Deadline deadline) {
        return Activity.builder()
                .title(title)
                .deadline(deadline)
                .addExecutors(new RoleExecutor("муниципальный координатор"))
                .addResults(ExpectedResult.parse("Проведен семинар"))
                .build();
    }

    /** Returns an activity with results read from words. */
    static Activity withResults(Deadline deadline, String... results) {
        Activity.Builder b = Activity.builder()
                .title("Семинар")
                .deadline(deadline)
                .addExecutors(new RoleExecutor("муниципальный координатор"));
        for (String r : results) {
            b.addResults(ExpectedResult.parse(r));
        }
        return b.build();
    }

    /** Returns the deadline "a month", with or without its year, in its own words. */
    static Deadline month(String text, Month month, Integer year) {
        return new Deadline.InMonth(text, ref(month, year));
    }

    /** Returns the deadline "from one month to another", each with or without its year, in its own words. */
    static Deadline months(String text, Month from, Integer fromYear, Month to, Integer toYear) {
        return new Deadline.MonthSpan(text, ref(from, fromYear), ref(to, toYear));
    }

    /** Returns the deadline "from one date to another" in its own words. */
    static Deadline dates(String text, LocalDate from, LocalDate to) {
        return new Deadline.DateSpan(text, from, to);
    }

    /** Returns the deadline "by a date" in its own words. */
    static Deadline by(String text, LocalDate date) {
        return new Deadline.ByDate(text, date);
    }

    /** Returns the deadline "throughout the whole period". */
    static Deadline throughout() {
        return new Deadline.Throughout("в течение всего периода", Optional.empty());
    }

    /** Returns the deadline "throughout a year". */
    static Deadline throughout(int year) {
        return new Deadline.Throughout("В течение " + year + " года", Optional.of(Year.of(year)));
    }

    /** Returns the deadline "monthly", with or without a due day of the following month. */
    static Deadline monthly(String text, Integer dueDay) {
        return new Deadline.Recurring(
                text, Frequency.MONTHLY, Optional.ofNullable(dueDay).map(DueRule::new));
    }

    /** Returns the deadline "on request". */
    static Deadline onRequest(String text) {
        return new Deadline.ByArrangement(text, Arrangement.REQUEST, Optional.of("МОУО"));
    }

    private static MonthRef ref(Month month, Integer year) {
        return new MonthRef(month, Optional.ofNullable(year).map(Year::of));
    }

    /** Returns a builder of a monitoring document of the fixture roadmap. */
    static Monitoring.Builder monitoring() {
        return Monitoring.builder().roadmap(ID);
    }

    /** Returns a report. */
    static ReportSubmission report(DateRange period, String reporter, LocalDate submitted) {
        return ReportSubmission.builder()
                .period(period)
                .reporter(reporter)
                .submitted(submitted)
                .build();
    }

    /** Runs one rule and returns its violations as lines: pointer, code, severity and message. */
    static List<String> run(String code, Locale locale, LocalDate asOf, Roadmap roadmap) {
        return lines(validator(code, locale, asOf).validate(roadmap).violations());
    }

    /** Runs one rule over a roadmap and its monitoring and returns its violations as lines. */
    static List<String> run(String code, Locale locale, LocalDate asOf, Roadmap roadmap, Monitoring monitoring) {
        return lines(validator(code, locale, asOf).validate(roadmap, monitoring).violations());
    }

    /** Runs one rule and returns its violations. */
    static List<Violation> violations(String code, LocalDate asOf, Roadmap roadmap, Optional<Monitoring> monitoring) {
        RoadmapValidator v = validator(code, EN, asOf);
        return monitoring
                .map(m -> v.validate(roadmap, m))
                .orElseGet(() -> v.validate(roadmap))
                .violations();
    }

    static RoadmapValidator validator(String code, Locale locale, LocalDate asOf) {
        return RoadmapValidator.builder()
                .only(code)
                .asOf(asOf)
                .locale(locale)
                .discoverRules(false)
                .build();
    }

    private static List<String> lines(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.toList());
    }
}
