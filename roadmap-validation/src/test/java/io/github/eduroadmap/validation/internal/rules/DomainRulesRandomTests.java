package io.github.eduroadmap.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ActivityProgress;
import io.github.eduroadmap.model.ActivityStatus;
import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Level;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.model.MonthRef;
import io.github.eduroadmap.model.Participant;
import io.github.eduroadmap.model.ParticipantKind;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.model.ReportingRequirement;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.validation.RoadmapValidator;
import io.github.eduroadmap.validation.Rule;
import io.github.eduroadmap.validation.ValidationReport;
import io.github.eduroadmap.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random roadmaps and monitoring documents, odd ones included (spans that end before they start, periods
 * that do, reports for any period, references to nothing): the deadline, coverage and reporting rules never fail,
 * and every pointer they give into the roadmap names something that exists.
 */
class DomainRulesRandomTests {

    static final String[] RESULTS = {
        "100% школ-участниц Проекта 500+",
        "не менее 80% ШНОР",
        "Не менее 60% родителей вовлечены",
        "Вовлечение 100% учителей с выявленными предметными и методическими дефицитами",
        "Вовлечение не менее 50% учителей с выявленными предметными и методическими дефицитами",
        "120% школ-участниц",
        "Проведено 10 семинаров",
        "Диссеминация лучших практик"
    };

    static final String[] REPORTERS = {"МОУО", "Управление образования Артемовского ГО", "МОАУ «Калининская СОШ»", "ОО"
    };

    @Test
    void neverFailOnRandomRoadmaps() {
        List<String> codes = new ArrayList<>();
        for (Rule r : DeadlineRules.all()) {
            codes.add(r.code());
        }
        for (Rule r : CoverageRules.all()) {
            codes.add(r.code());
        }
        for (Rule r : ReportingRules.all()) {
            codes.add(r.code());
        }
        int violations = 0;
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            Roadmap roadmap = roadmap(rng);
            Monitoring monitoring = monitoring(rng, roadmap);
            RoadmapValidator v = RoadmapValidator.builder()
                    .only(codes.toArray(String[]::new))
                    .asOf(date(rng))
                    .locale(rng.nextBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("ru"))
                    .discoverRules(false)
                    .build();
            ValidationReport report = rng.nextBoolean() ? v.validate(roadmap, monitoring) : v.validate(roadmap);
            for (Violation x : report.violations()) {
                assertThat(x.code()).as("seed %d: %s", seed, x).isIn(codes);
                assertThat(x.message()).as("seed %d: %s", seed, x).doesNotContain("{");
                List<String> s = x.pointer().segments();
                if (!s.isEmpty() && s.get(0).equals("sections")) {
                    Section section = roadmap.sections().get(Integer.parseInt(s.get(1)));
                    if (s.size() > 3) {
                        Activity a = section.activities().get(Integer.parseInt(s.get(3)));
                        if (s.size() > 5 && s.get(4).equals("results")) {
                            assertThat(Integer.parseInt(s.get(5)))
                                    .isLessThan(a.results().size());
                        }
                    }
                }
            }
            violations += report.violations().size();
        }
        assertThat(violations).as("the random roadmaps have defects to find").isGreaterThan(300);
    }

    static LocalDate date(SplittableRandom rng) {
        return LocalDate.of(2019 + rng.nextInt(10), 1, 1).plusDays(rng.nextInt(365));
    }

    static DateRange range(SplittableRandom rng) {
        LocalDate a = date(rng);
        LocalDate b = rng.nextInt(10) == 0 ? a.minusDays(rng.nextInt(60)) : a.plusDays(rng.nextInt(500));
        return DateRange.of(a, b);
    }

    static MonthRef monthRef(SplittableRandom rng) {
        Month m = Month.of(1 + rng.nextInt(12));
        return rng.nextBoolean() ? MonthRef.of(m) : new MonthRef(m, Optional.of(Year.of(2019 + rng.nextInt(10))));
    }

    static Deadline deadline(SplittableRandom rng, int depth) {
        switch (rng.nextInt(depth > 0 ? 10 : 11)) {
            case 0:
                return new Deadline.OnDate("d", date(rng));
            case 1:
                return new Deadline.ByDate("до", date(rng));
            case 2:
                return new Deadline.OnDates("d, d", List.of(date(rng), date(rng)));
            case 3:
                return new Deadline.InMonth("m", monthRef(rng));
            case 4:
                return new Deadline.MonthSpan("m-m", monthRef(rng), monthRef(rng));
            case 5:
                DateRange r = range(rng);
                return new Deadline.DateSpan("d-d", r.start(), r.end());
            case 6:
                return new Deadline.Recurring(
                        "ежемесячно",
                        Frequency.values()[rng.nextInt(Frequency.values().length)],
                        rng.nextBoolean() ? Optional.empty() : Optional.of(new DueRule(1 + rng.nextInt(31))));
            case 7:
                return rng.nextBoolean()
                        ? new Deadline.Throughout("в течение", Optional.empty())
                        : new Deadline.Throughout("в течение", Optional.of(Year.of(2019 + rng.nextInt(10))));
            case 8:
                return new Deadline.ByArrangement("по запросу", Arrangement.REQUEST, Optional.empty());
            case 9:
                return new Deadline.Unparsed(rng.nextBoolean() ? "" : "О 1 А");
            default:
                return new Deadline.Combined("c", List.of(deadline(rng, depth + 1), deadline(rng, depth + 1)));
        }
    }

    static Roadmap roadmap(SplittableRandom rng) {
        Roadmap.Builder b = Roadmap.builder().id(RoadmapId.of("r")).title("Т").level(Level.REGIONAL);
        if (rng.nextInt(4) != 0) {
            b.period(range(rng));
        }
        for (int s = rng.nextInt(4); s > 0; s--) {
            Section.Builder section = Section.builder().title("Раздел");
            for (int a = rng.nextInt(8); a > 0; a--) {
                Activity.Builder activity = Activity.builder().title("Мероприятие " + a);
                if (rng.nextInt(8) != 0) {
                    activity.deadline(deadline(rng, 0));
                }
                for (int r = rng.nextInt(3); r > 0; r--) {
                    activity.addResults(ExpectedResult.parse(RESULTS[rng.nextInt(RESULTS.length)]));
                }
                if (rng.nextBoolean()) {
                    activity.id("a" + s + "-" + a);
                }
                section.addActivities(activity.build());
            }
            b.addSections(section.build());
        }
        for (int k = rng.nextInt(3); k > 0; k--) {
            ReportingRequirement.Builder r = ReportingRequirement.builder().deadline(deadline(rng, 0));
            if (rng.nextBoolean()) {
                r.reporter(REPORTERS[rng.nextInt(REPORTERS.length)]);
            }
            b.addReporting(r.build());
        }
        for (int p = rng.nextInt(4); p > 0; p--) {
            b.addParticipants(Participant.builder()
                    .kind(ParticipantKind.values()[rng.nextInt(ParticipantKind.values().length)])
                    .name(REPORTERS[rng.nextInt(REPORTERS.length)])
                    .build());
        }
        for (int c = rng.nextInt(3); c > 0; c--) {
            ContextFact.Builder f = ContextFact.builder().text("факт").partition(rng.nextBoolean());
            if (rng.nextBoolean()) {
                f.total(BigDecimal.valueOf(rng.nextInt(3) == 0 ? 0 : rng.nextInt(500)));
            }
            for (int sh = rng.nextInt(4); sh > 0; sh--) {
                f.addShares(new Share(
                        "доля",
                        BigDecimal.valueOf(rng.nextInt(2400) - 200, rng.nextInt(2)),
                        rng.nextBoolean() ? Optional.empty() : Optional.of(BigDecimal.valueOf(rng.nextInt(200)))));
            }
            b.addContext(f.build());
        }
        return b.build();
    }

    static Monitoring monitoring(SplittableRandom rng, Roadmap roadmap) {
        Monitoring.Builder m = Monitoring.builder().roadmap(roadmap.id());
        if (rng.nextBoolean()) {
            m.asOf(date(rng));
        }
        for (int i = rng.nextInt(40); i > 0; i--) {
            DateRange period = rng.nextBoolean() ? DateRange.ofMonth(java.time.YearMonth.from(date(rng))) : range(rng);
            m.addReports(ReportSubmission.builder()
                    .period(period)
                    .reporter(REPORTERS[rng.nextInt(REPORTERS.length)])
                    .submitted(date(rng))
                    .build());
        }
        int sections = roadmap.sections().size();
        for (int i = rng.nextInt(10); i > 0; i--) {
            String ref = "/sections/" + rng.nextInt(sections + 1) + "/activities/" + rng.nextInt(8);
            m.addProgress(ActivityProgress.builder()
                    .activity(rng.nextInt(5) == 0 ? "a1-" + rng.nextInt(4) : ref)
                    .status(ActivityStatus.values()[rng.nextInt(ActivityStatus.values().length)])
                    .build());
            m.addMeasurements(IndicatorMeasurement.builder()
                    .result(ref + "/results/" + rng.nextInt(3))
                    .value(BigDecimal.valueOf(rng.nextInt(130) - 10))
                    .unit(Unit.values()[rng.nextInt(Unit.values().length)])
                    .date(date(rng))
                    .build());
        }
        return m.build();
    }
}
